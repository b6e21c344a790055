// `rasid worker`: takes jobs from the queue, analyses the articles and writes them to the store until SIGTERM.
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { loadResources } from '../pipeline/index.js';
import { inlineExtractor, workerExtractor, type Extractor } from '../store/extract.js';
import { openStore, storeResources, type Store } from '../store/index.js';
import { loadTextResources } from '../text/index.js';
import { parseQueueUrl, splitDbUrl } from '../queue/config.js';
import { openFeedState, type FeedState } from '../queue/feed-state.js';
import { serveMetrics, WorkerMetrics } from '../queue/metrics.js';
import { JobQueue } from '../queue/nats.js';
import { Worker } from '../queue/worker.js';
import type { Io } from './output.js';

export const QUEUE_URL_HELP = `  --queue URL              the queue: nats://host:port[,host2:port…]/NAME, with optional settings
                           ?ack_wait=30s (a silent worker's jobs go to another after this long),
                           &attempts=5 (deliveries before a job is dead-lettered), &retry=1s, &retry_max=5m
                           (backoff between attempts, doubling), &replicas=3 (copies kept by a NATS cluster)`;

export const WORKER_HELP = `Usage: rasid worker --queue URL --db URL|PATH [options]

Takes jobs from the queue (articles, page and feed URLs, feed polls), analyses the articles and writes them
to the store, one transaction per batch. Run as many as you like, on as many machines: each job is done by one
worker; a job whose worker dies is handed to another after the queue's ack wait. Writes are idempotent (an
article already stored is skipped by its content hash), so a job done twice is stored once. A job that fails is
retried with growing delays; a job that cannot succeed (bad input) or fails every attempt goes to the dead-letter
queue with its error (rasid queue status). SIGTERM or Ctrl-C: the batch at hand is finished, no new job is taken.

Options:
${QUEUE_URL_HELP}
  --db URL|PATH            the store: postgres://user@host:port/db (add ?schema=NAME for another schema than
                           public), or a SQLite file for workers on one machine
  --concurrency N          analysis threads (default 1: on the worker's own thread); each loads the pipeline once
  --batch N                articles analysed and written together, in one transaction (default 16)
  --metrics-port P         serve GET /metrics (Prometheus text) and GET /health on port P (0: any free port)
  --metrics-host ADDR      the address they listen on (default 127.0.0.1; 0.0.0.0 to be scraped from elsewhere)
  --name NAME              the worker's name in logs and dead letters (default host:pid)
  --wait SECONDS           how long a write waits for a lock on the store before it is retried (default 5)
  --max-bytes N            refuse pages and feeds larger than N bytes (default 16777216)
  --timeout SECONDS        time limit of one HTTP request (default 15)
  -h, --help               this help

Logs go to stderr. Exit codes: 0 stopped on a signal, 1 usage error, 2 the queue or the store cannot be opened.
`;

export function positiveInt(name: string, v: string | undefined, dflt: number, max = 1_000_000): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not "${v}".`);
  return n;
}

function seconds(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number of seconds ≥ 0, not "${v}".`);
  return n;
}

/** A postgres URL with `application_name` set (unless given), so the server's session list names the process. */
export function withApplicationName(db: string, name: string): string {
  if (!/^postgres(ql)?:\/\//i.test(db) || /[?&]application_name=/.test(db)) return db;
  return `${db}${db.includes('?') ? '&' : '?'}application_name=${encodeURIComponent(name)}`;
}

/** Calls `onStop` at the first SIGTERM or SIGINT; a second one ends the process at once. Returns the remover. */
export function onSignals(onStop: (signal: string) => void): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
    stopping = true;
    onStop(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return () => { process.off('SIGTERM', handler); process.off('SIGINT', handler); };
}

export async function runWorker(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      queue: { type: 'string' },
      db: { type: 'string' },
      concurrency: { type: 'string' },
      batch: { type: 'string' },
      'metrics-port': { type: 'string' },
      'metrics-host': { type: 'string' },
      name: { type: 'string' },
      wait: { type: 'string' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(WORKER_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid worker takes no arguments (got "${positionals.join(' ')}"); queue inputs with rasid ingest --queue.`);
  if (!values.queue) throw new UsageError('rasid worker needs --queue nats://host:port/NAME.');
  if (!values.db) throw new UsageError('rasid worker needs --db: postgres://user@host:port/database (or a SQLite file on one machine).');
  const cfg = parseQueueUrl(values.queue);
  const concurrency = positiveInt('concurrency', values.concurrency, 1, 256);
  const batch = positiveInt('batch', values.batch, 16, 10_000);
  const wait = seconds('wait', values.wait, 5);
  const maxBytes = positiveInt('max-bytes', values['max-bytes'], 16 * 1024 * 1024, 2 ** 31);
  const timeoutMs = Math.round(seconds('timeout', values.timeout, 15) * 1000) || 15_000;
  let metricsPort: number | null = null;
  if (values['metrics-port'] !== undefined) {
    metricsPort = Number(values['metrics-port']);
    if (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535) throw new UsageError(`--metrics-port must be a port number (0 to 65535), not "${values['metrics-port']}".`);
  }
  const id = values.name ?? `${hostname()}:${process.pid}`;
  const log = (line: string): void => io.err(`rasid worker ${id}: ${line}\n`);
  const { db, schema } = splitDbUrl(values.db);

  let queue: JobQueue | null = null;
  let store: Store | null = null;
  let feeds: FeedState | null = null;
  let extractor: Extractor | null = null;
  let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | null = null;
  let stop = (): void => undefined;
  let stopRequested = false;
  const removeSignals = onSignals((signal) => { stopRequested = true; log(`${signal}: finishing the jobs at hand, taking no new one`); stop(); });
  try {
    queue = await JobQueue.open(cfg, `rasid-worker ${id}`);
    // one process: the text layer serves both the store's search terms and (inline) the pipeline
    const resources = concurrency === 1 ? loadResources() : null;
    store = await openStore(withApplicationName(db, 'rasid-worker'), storeResources(resources?.text ?? loadTextResources(), null), {
      busyTimeout: Math.round(wait * 1000), ...(schema ? { schema } : {}),
    });
    feeds = await openFeedState(withApplicationName(db, 'rasid-worker'), schema);
    extractor = resources ? inlineExtractor(resources) : workerExtractor(concurrency);
    const metrics = new WorkerMetrics();
    const worker = new Worker({ id, queue, store, extractor, feeds, metrics, batch, maxBytes, timeoutMs, log });
    stop = () => worker.stop();
    if (stopRequested) worker.stop();
    queue.onState((s) => log(`queue connection ${s}`));
    if (metricsPort !== null) {
      metricsServer = await serveMetrics(metricsPort, values['metrics-host'] ?? '127.0.0.1', () => metrics.render({ up: !worker.stopping, queueConnected: queue!.state === 'connected' }), () => worker.health());
    }
    log(`ready: queue ${cfg.display}, store ${store.backend}${schema ? ` (schema ${schema})` : ''}, ${concurrency} analysis thread${concurrency === 1 ? '' : 's'}, batches of ${batch}${metricsServer ? `, metrics ${metricsServer.url}/metrics` : ''}`);
    await worker.run();
    log(`stopped: ${metrics.done.total()} jobs done, ${metrics.failed.total()} dead-lettered, ${metrics.retried.total()} retried`);
    return 0;
  } finally {
    removeSignals();
    await queue?.close();
    await extractor?.close();
    await feeds?.close();
    await store?.close();
    if (metricsServer) await new Promise((r) => metricsServer!.server.close(r));
  }
}
