// `rasid serve`: the HTTP API and the dashboard over a store; with --seed, first fills an empty store.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { readArticles } from '../ingest/sources.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction, type Pipeline } from '../pipeline/index.js';
import { createApp, listen, WebAssets, type RunningServer } from '../server/index.js';
import { contentHash, DEFAULT_DB, openStore, storeResources, type ArticleRecord, type Store } from '../store/index.js';
import type { KeyFn } from '../store/rows.js';
import { buildStories, digest, STORY_DEFAULTS, type ArticleDigest } from '../stories/index.js';
import { metaOf } from './common.js';
import { rejectionSummary, type Io } from './output.js';

export const SERVE_HELP = `Usage: rasid serve [options]

Serves the HTTP API (/api/…, described at /api/openapi.json) and the dashboard.
  --db PATH|URL      the store: a SQLite file (default ${DEFAULT_DB}) or postgres://user@host:port/db
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --seed PATH        when the store holds no article, first analyse and store these inputs (files or
                     directories, as rasid extract reads them); repeatable
  -h, --help         this help

Environment:
  RASID_TOKEN        enables POST /api/ingest for clients sending Authorization: Bearer <RASID_TOKEN>

Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
`;

const SEED_BATCH = 50;

/** Recomputes the stories over every stored article (as `rasid stories` does); returns how many there are. */
export async function rebuildStories(store: Store, key: KeyFn): Promise<number> {
  const digests: ArticleDigest[] = [];
  for await (const x of store.extractions({})) digests.push(digest(x, { key, shingle: STORY_DEFAULTS.shingle, hashes: STORY_DEFAULTS.hashes }));
  const stories = buildStories(digests, STORY_DEFAULTS);
  await store.replaceStories(stories);
  return stories.length;
}

/** Analyses the inputs and stores them in batches; returns how many articles were stored. */
export async function seedStore(store: Store, pipeline: Pipeline, paths: readonly string[], io: Io): Promise<number> {
  const rejected: Parameters<typeof rejectionSummary>[0] = [];
  let batch: ArticleRecord[] = [];
  let stored = 0;
  let total = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const res = await store.putArticles(batch);
    stored += res.filter((r) => r.status !== 'duplicate').length;
    batch = [];
  };
  for (const item of readArticles(paths)) {
    total++;
    if (!item.ok) {
      rejected.push(item);
      continue;
    }
    const a = item.article;
    const extraction = toExtraction(analyse(pipeline, a.text, metaOf(a)));
    batch.push({ extraction, hash: contentHash({ url: a.url, outlet: a.outlet, title: a.title, published: a.published, text: a.text }) });
    if (batch.length >= SEED_BATCH) await flush();
  }
  await flush();
  if (rejected.length) io.err(rejectionSummary(rejected, total));
  return stored;
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Starts the server; resolves once it is listening, with it and a function that stops it and closes the store. */
export async function startServe(argv: string[], io: Io): Promise<{ server: RunningServer; stop: () => Promise<void> } | null> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return null;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const token = process.env.RASID_TOKEN?.trim() || null;

  const resources = loadResources();
  const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
  const sr = storeResources(resources.text, resources.kb);
  const store = await openStore(values.db, sr);
  try {
    if (values.seed?.length && (await store.stats()).articles === 0) {
      io.err(`rasid: ${values.db} is empty; analysing ${values.seed.join(', ')}…\n`);
      const n = await seedStore(store, pipeline, values.seed, io);
      const stories = await rebuildStories(store, sr.key);
      io.err(`rasid: stored ${n} article${n === 1 ? '' : 's'}; ${stories} stor${stories === 1 ? 'y' : 'ies'} told by several of them.\n`);
    }
    const web = WebAssets.load();
    if (!web) io.err('rasid: the dashboard is not built (run `npm run build`); serving the API only.\n');
    const { app } = createApp({ pipeline, store, key: sr.key, token, web, version: version() });
    const server = await listen(app, port, values.host).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${values.host} is already in use.`, 'Stop the program using it, or choose another port with --port.');
      if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new UsageError(`Cannot listen on "${values.host}": no such address on this machine.`);
      throw err;
    });
    io.err(`rasid: serving ${values.db} on ${server.url}/ (API: ${server.url}/api/openapi.json)${token ? '; POST /api/ingest enabled' : ''}\n`);
    return {
      server,
      stop: async () => {
        await server.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** `rasid serve`: runs until SIGINT or SIGTERM; resolves to the exit code. */
export async function runServe(argv: string[], io: Io): Promise<number> {
  const running = await startServe(argv, io);
  if (!running) return 0;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
  io.err('rasid: stopping.\n');
  await running.stop();
  return 0;
}
