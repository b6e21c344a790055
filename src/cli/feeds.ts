// `rasid feeds add|list|remove` (the polled feeds, kept in the store) and `rasid scheduler` (queues their polls).
import { parseArgs } from 'node:util';
import { RasidError, UsageError } from '../errors.js';
import { isUrl } from '../ingest/fetch.js';
import { formatDuration, parseDuration, parseQueueUrl, splitDbUrl } from '../queue/config.js';
import { openFeedState, type FeedState } from '../queue/feed-state.js';
import { JobQueue } from '../queue/nats.js';
import { Scheduler } from '../queue/scheduler.js';
import { DEFAULT_DB, openStore, storeResources } from '../store/index.js';
import { loadTextResources } from '../text/index.js';
import type { Io } from './output.js';
import { onSignals, QUEUE_URL_HELP, withApplicationName } from './worker.js';

export const FEEDS_HELP = `Usage: rasid feeds add URL --every DURATION [--offline] [--db URL|PATH]
       rasid feeds list [--db URL|PATH] [--json]
       rasid feeds remove URL [--db URL|PATH]

The RSS, Atom and JSON feeds that rasid polls (kept in the store, so every scheduler and worker sees them).
\`rasid scheduler\` queues a poll of each feed when it is due; a worker fetches the feed with a conditional
request (If-None-Match / If-Modified-Since: an unchanged feed costs one 304) and queues only the items it has
not taken before, so an item is ingested once however often the feed is polled.

Options:
  --every DURATION         how often to poll: 30s, 10m, 1h, 1h30m (adding a feed again changes its period)
  --offline                analyse the text each item carries instead of fetching the item's page
  --db URL|PATH            the store (default ${DEFAULT_DB}); postgres://…[?schema=NAME] for workers on several machines
  --json                   list as JSON
  -h, --help               this help
`;

export const SCHEDULER_HELP = `Usage: rasid scheduler --queue URL --db URL|PATH [--tick DURATION]

Queues a poll job for every feed that is due (rasid feeds add), every tick, until SIGTERM or Ctrl-C. Several
schedulers may run for redundancy: each due feed is taken by one of them, and a poll queued twice is kept once.

Options:
${QUEUE_URL_HELP}
  --db URL|PATH            the store holding the feeds (the workers' store)
  --tick DURATION          how often due feeds are looked for (default 5s)
  -h, --help               this help
`;

/** Opens the store once (to migrate it to the schema with feeds), then its feed state. */
async function openFeeds(dbValue: string | undefined, appName: string): Promise<{ feeds: FeedState; where: string }> {
  const { db, schema } = splitDbUrl(dbValue ?? DEFAULT_DB);
  const url = withApplicationName(db, appName);
  const store = await openStore(url, storeResources(loadTextResources(), null), schema ? { schema } : {});
  await store.close();
  return { feeds: await openFeedState(url, schema), where: dbValue ?? DEFAULT_DB };
}

const when = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function runFeeds(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      every: { type: 'string' },
      offline: { type: 'boolean' },
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) { io.out(FEEDS_HELP); return sub === undefined && !values.help ? 1 : 0; }
  if (!['add', 'list', 'remove'].includes(sub)) throw new UsageError(`Unknown feeds command "${sub}": use add, list or remove.`);
  if (sub === 'list' && rest.length > 0) throw new UsageError('rasid feeds list takes no URL.');
  if (sub !== 'list' && (rest.length !== 1 || !isUrl(rest[0]!))) throw new UsageError(`rasid feeds ${sub} needs one http(s) URL of a feed.`);
  let everyMs = 0;
  if (sub === 'add') {
    if (values.every === undefined) throw new UsageError('rasid feeds add needs --every, e.g. --every 10m.');
    everyMs = parseDuration(values.every, '--every');
    if (everyMs < 1000) throw new UsageError('--every must be at least 1s.');
  }
  const { feeds, where } = await openFeeds(values.db, 'rasid-feeds');
  try {
    if (sub === 'add') {
      const url = rest[0]!;
      const r = await feeds.add(url, everyMs, Boolean(values.offline));
      io.out(`${r === 'added' ? 'added' : 'updated'} ${url}: polled every ${formatDuration(everyMs)}${values.offline ? ', items read from the feed\'s text' : ''} (${where})\n`);
    } else if (sub === 'remove') {
      const url = rest[0]!;
      if (!(await feeds.remove(url))) throw new RasidError('E_FEED_UNKNOWN', `${url} is not a polled feed in ${where}.`);
      io.out(`removed ${url}\n`);
    } else {
      const list = await feeds.list();
      if (values.json) io.out(JSON.stringify(list) + '\n');
      else if (list.length === 0) io.out(`no polled feeds in ${where}; add one with rasid feeds add URL --every 10m\n`);
      else {
        for (const f of list) {
          io.out(
            `${f.url}\n  every ${formatDuration(f.everyMs)}${f.offline ? ' (offline)' : ''}, next poll ${when(f.nextPollMs)}, ${f.items} item${f.items === 1 ? '' : 's'} taken` +
              `${f.lastPolledAt ? `, last polled ${f.lastPolledAt}: ${f.lastStatus}${f.lastError ? ` (${f.lastError})` : ''}` : ', not polled yet'}` +
              `${f.etag ? `, ETag ${f.etag}` : ''}${f.lastModified ? `, Last-Modified ${f.lastModified}` : ''}\n`,
          );
        }
      }
    }
    return 0;
  } finally {
    await feeds.close();
  }
}

export async function runScheduler(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      queue: { type: 'string' },
      db: { type: 'string' },
      tick: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(SCHEDULER_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid scheduler takes no arguments (got "${positionals.join(' ')}"); add feeds with rasid feeds add.`);
  if (!values.queue) throw new UsageError('rasid scheduler needs --queue nats://host:port/NAME.');
  if (!values.db) throw new UsageError('rasid scheduler needs --db: the store that holds the feeds (the workers\' store).');
  const cfg = parseQueueUrl(values.queue);
  const tickMs = values.tick === undefined ? 5000 : parseDuration(values.tick, '--tick');
  const log = (line: string): void => io.err(`rasid scheduler: ${line}\n`);
  let scheduler: Scheduler | null = null;
  let stopRequested = false;
  const removeSignals = onSignals((signal) => { stopRequested = true; log(`${signal}: stopping`); scheduler?.stop(); });
  let queue: JobQueue | null = null;
  let feeds: FeedState | null = null;
  try {
    queue = await JobQueue.open(cfg, 'rasid-scheduler');
    feeds = (await openFeeds(values.db, 'rasid-scheduler')).feeds;
    scheduler = new Scheduler({ queue, feeds, tickMs, log });
    if (stopRequested) scheduler.stop();
    log(`ready: queue ${cfg.display}, ${(await feeds.list()).length} feeds, tick ${formatDuration(tickMs)}`);
    await scheduler.run();
    return 0;
  } finally {
    removeSignals();
    await queue?.close();
    await feeds?.close();
  }
}
