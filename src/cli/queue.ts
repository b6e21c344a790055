// `rasid queue status|retry|delete` and `rasid ingest --queue`: the queue seen and fed from the command line.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { ReadOptions } from '../ingest/sources.js';
import { parseQueueUrl } from '../queue/config.js';
import { enqueueInputs } from '../queue/enqueue.js';
import { jobLabel } from '../queue/jobs.js';
import { JobQueue, type QueueStatus } from '../queue/nats.js';
import { rejectionSummary, type Io } from './output.js';
import { positiveInt, QUEUE_URL_HELP } from './worker.js';

export const QUEUE_HELP = `Usage: rasid queue status --queue URL [--dead N] [--json]
       rasid queue retry --queue URL
       rasid queue delete --queue URL --yes

  status    jobs waiting, in flight (taken, not yet answered), handed out again, workers waiting for work,
            and the latest dead letters with their error
  retry     put every dead letter back on the queue (after fixing what made it fail)
  delete    delete the queue: its jobs and its dead letters

Options:
${QUEUE_URL_HELP}
  --dead N                 dead letters listed by status (default 10)
  --json                   print the status as JSON
  -h, --help               this help
`;

const fmt = (n: number): string => n.toLocaleString('en-US');

/** The status as people read it. */
export function statusText(s: QueueStatus, display: string): string {
  const lines = [
    `queue ${s.queue} (${display})`,
    `  pending       ${fmt(s.pending).padStart(9)}  jobs waiting to be taken`,
    `  in flight     ${fmt(s.inFlight).padStart(9)}  taken by a worker, not yet answered (handed to another after ${s.ackWaitMs / 1000} s of silence)`,
    `  redelivered   ${fmt(s.redelivered).padStart(9)}  handed out again (retries, silent workers)`,
    `  waiting pulls ${fmt(s.waitingWorkers).padStart(9)}  workers waiting for work`,
    `  queued        ${fmt(s.queued).padStart(9)}  jobs ever queued`,
    `  dead          ${fmt(s.dead).padStart(9)}  jobs that failed for good`,
  ];
  if (s.deadLetters.length > 0) {
    lines.push(`dead letters (newest first${s.dead > s.deadLetters.length ? `, ${s.deadLetters.length} of ${fmt(s.dead)}` : ''}):`);
    for (const d of s.deadLetters) {
      const what = d.job ? `${d.job.kind} ${jobLabel(d.job)}` : `not a job: ${JSON.stringify((d.raw ?? '').slice(0, 60))}`;
      lines.push(`  #${d.seq} ${d.failedAt} ${what}`);
      lines.push(`      ${d.error.code}  ${d.error.message}  (${d.attempts} attempt${d.attempts === 1 ? '' : 's'}, worker ${d.worker})`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function runQueue(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      queue: { type: 'string' },
      dead: { type: 'string' },
      json: { type: 'boolean' },
      yes: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const sub = positionals[0];
  if (values.help || sub === undefined) { io.out(QUEUE_HELP); return sub === undefined && !values.help ? 1 : 0; }
  if (positionals.length > 1) throw new UsageError(`rasid queue ${sub} takes no further arguments (got "${positionals.slice(1).join(' ')}").`);
  if (!['status', 'retry', 'delete'].includes(sub)) throw new UsageError(`Unknown queue command "${sub}": use status, retry or delete.`);
  if (!values.queue) throw new UsageError(`rasid queue ${sub} needs --queue nats://host:port/NAME.`);
  const cfg = parseQueueUrl(values.queue);
  const dead = positiveInt('dead', values.dead, 10, 10_000);
  if (sub === 'delete' && !values.yes) throw new UsageError('rasid queue delete removes every queued job and dead letter: add --yes to confirm.');
  const queue = await JobQueue.open(cfg, 'rasid-cli');
  try {
    if (sub === 'status') {
      const s = await queue.status(dead);
      io.out(values.json ? JSON.stringify(s) + '\n' : statusText(s, cfg.display));
    } else if (sub === 'retry') {
      const r = await queue.retryDead();
      io.out(`put ${fmt(r.requeued)} dead letter${r.requeued === 1 ? '' : 's'} back on ${cfg.name}${r.dropped ? `; removed ${fmt(r.dropped)} that held no job` : ''}\n`);
    } else {
      await queue.destroy();
      io.out(`deleted queue ${cfg.name}\n`);
    }
    return 0;
  } finally {
    await queue.close();
  }
}

/** `rasid ingest --queue URL INPUTS…`: queues the inputs instead of analysing them here. */
export async function runEnqueue(inputs: readonly string[], read: ReadOptions, queueUrl: string, io: Io, json: boolean): Promise<number> {
  const cfg = parseQueueUrl(queueUrl);
  const queue = await JobQueue.open(cfg, 'rasid-ingest');
  try {
    if (inputs.length === 0 && io.stdinIsTTY) io.err('rasid: reading articles from standard input (end with Ctrl-D)\n');
    const started = performance.now();
    const s = await enqueueInputs(queue, inputs, read);
    const secs = (performance.now() - started) / 1000;
    if (json) {
      io.out(JSON.stringify({ queue: cfg.name, articles: s.articles, urls: s.urls, duplicates: s.duplicates, rejected: s.rejected.map((r) => ({ origin: r.origin, ...r.error.toJSON() })), seconds: secs }) + '\n');
    } else {
      io.out(
        `queued ${fmt(s.articles)} article${s.articles === 1 ? '' : 's'} and ${fmt(s.urls)} URL${s.urls === 1 ? '' : 's'} on ${cfg.name}` +
          `, ${fmt(s.duplicates)} already queued, ${fmt(s.rejected.length)} rejected, in ${secs.toFixed(1)} s\n`,
      );
    }
    if (s.rejected.length === 0) return 0;
    io.err(rejectionSummary(s.rejected, s.articles + s.urls + s.duplicates + s.rejected.length));
    return 2;
  } finally {
    await queue.close();
  }
}
