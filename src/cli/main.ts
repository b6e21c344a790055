// The `rasid` command: dispatches to sub-commands and maps typed errors to messages and exit codes.
import { readFileSync } from 'node:fs';
import { extractionJsonSchema } from '../contract/extraction.js';
import { RasidError } from '../errors.js';
import { EXTRACT_HELP, runExtract } from './extract.js';
import { formatError, type Io, processIo } from './output.js';
import { runTokens, TOKENS_HELP } from './tokens.js';
import { KB_HELP, runKb } from './kb.js';
import { EVAL_HELP, runEval } from './eval.js';
import { EVAL_NER_HELP, NER_HELP, runEvalNer, runNer } from './ner.js';
import { loadKnowledgeBase } from '../kb/compile.js';
import { INGEST_HELP, runIngest } from './ingest.js';
import { runSearch, SEARCH_HELP } from './search.js';
import { runServe, SERVE_HELP } from './serve.js';
import { runWorker, WORKER_HELP } from './worker.js';
import { QUEUE_HELP, runQueue } from './queue.js';
import { FEEDS_HELP, runFeeds, runScheduler, SCHEDULER_HELP } from './feeds.js';
import { EXPORT_HELP, runExport } from './export.js';
import { runStories, STORIES_HELP } from './stories.js';

export const HELP = `rasid — Arabic news to structured, sourced, geolocated event data

Usage: rasid <command> [options]

Commands:
  extract [PATH|URL...]
                      analyse articles (.txt, .jsonl, web pages, feeds, directories, URLs or stdin)
                      and print rasid.extraction/1 records
  tokens [FILE...]    show tokens, sentences, numbers and dates with their offsets
  schema              print the JSON Schema of the rasid.extraction/1 record
  kb lookup|stats|validate
                      look names up in the knowledge base, count it, check it
  eval GOLD_DIR       score the extraction against gold annotations (entities, linking, events, quotes)
  ner --conll IN | ner [FILE...] | ner train --conll FILE --out PATH
                      tag names with the statistical recogniser (CoNLL tokens or articles); train it
  eval-ner --conll FILE
                      score the recogniser on CoNLL gold tags (P/R/F1 per type, exact spans)
  ingest [PATH|URL...]
                      analyse articles and keep them in the store (SQLite file or PostgreSQL)
  search "QUERY"      Arabic-aware full-text search of the store, with event filters
  stories             group stored articles into stories (near-duplicates, one event told by several
                      outlets, each outlet's counts and stance side by side), save and list them
  export --format jsonl|csv|geojson
                      write stored records, one CSV row per event, or GeoJSON of located events
  serve               serve the HTTP API and the dashboard (--db, --port, --host, --seed)
  worker              take jobs from the queue (ingest --queue) and write them to the store
  queue status|retry|delete
                      the queue's counts and dead letters; put dead letters back
  feeds add|list|remove
                      the feeds polled through the queue (--every 10m)
  scheduler           queue a poll of each feed when it is due
  help [COMMAND]      show help for a command

Options:
  -h, --help          show help
  -v, --version       show the version

Run \`rasid <command> --help\` for the options of each command.
`;

const HELPS: Record<string, string> = {
  extract: EXTRACT_HELP,
  tokens: TOKENS_HELP,
  kb: KB_HELP,
  eval: EVAL_HELP,
  ner: NER_HELP,
  'eval-ner': EVAL_NER_HELP,
  ingest: INGEST_HELP,
  search: SEARCH_HELP,
  serve: SERVE_HELP,
  worker: WORKER_HELP,
  queue: QUEUE_HELP,
  feeds: FEEDS_HELP,
  scheduler: SCHEDULER_HELP,
  stories: STORIES_HELP,
  export: EXPORT_HELP,
  schema: 'Usage: rasid schema\n\nPrints the JSON Schema (draft 2020-12) of the rasid.extraction/1 record.\n',
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        io.out(HELP);
        return 0;
      case 'help': {
        const topic = rest[0];
        io.out(topic && HELPS[topic] ? (HELPS[topic] as string) : HELP);
        return 0;
      }
      case '-v':
      case '--version':
        io.out(`${version()}\n`);
        return 0;
      case 'extract':
        return await runExtract(rest, io);
      case 'tokens':
        return await runTokens(rest, io);
      case 'kb':
        return runKb(rest, io, (text) => loadKnowledgeBase(text));
      case 'eval':
        return runEval(rest, io);
      case 'ner':
        return runNer(rest, io);
      case 'eval-ner':
        return runEvalNer(rest, io);
      case 'ingest':
        return await runIngest(rest, io);
      case 'search':
        return await runSearch(rest, io);
      case 'serve':
        return await runServe(rest, io);
      case 'worker':
        return await runWorker(rest, io);
      case 'queue':
        return await runQueue(rest, io);
      case 'feeds':
        return await runFeeds(rest, io);
      case 'scheduler':
        return await runScheduler(rest, io);
      case 'stories':
        return await runStories(rest, io);
      case 'export':
        return await runExport(rest, io);
      case 'schema':
        if (rest.includes('-h') || rest.includes('--help')) { io.out(HELPS.schema as string); return 0; }
        if (rest.length > 0) throw new RasidError('E_USAGE', `rasid schema takes no arguments (got "${rest.join(' ')}").`);
        io.out(JSON.stringify(extractionJsonSchema(), null, 2) + '\n');
        return 0;
      default:
        throw new RasidError('E_USAGE', `Unknown command "${command}". Commands: extract, tokens, schema, kb, eval, ner, eval-ner, ingest, search, stories, export, serve, worker, queue, feeds, scheduler, help.`);
    }
  } catch (err) {
    if (err instanceof RasidError) {
      io.err(`rasid: error\n${formatError(err)}`);
      return err.code === 'E_USAGE' ? 1 : err.code === 'E_DATA_INVALID' || err.code.startsWith('E_MODEL_') ? 3 : 2;
    }
    // parseArgs reports unknown options and missing values with its own error codes.
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`rasid: error\n${formatError(new RasidError('E_USAGE', (err as Error).message))}`);
      return 1;
    }
    throw err;
  }
}
