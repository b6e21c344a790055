// Scale-out throughput on this machine, in one run: the same articles through 1 worker, 2 workers and 1 worker with
// 2 analysis threads (NATS JetStream → rasid worker → PostgreSQL), with per-job latency from the workers' histograms,
// then the latency of single articles queued one at a time (queue to stored). Run: npm run bench:queue
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { arabicArticles } from '../src/test-support/arabic-articles.js';
import { admin, count, NATS_HOST, PG_URL, startWorker, uniqueName, until } from '../src/test-support/queue-harness.js';
import { contentHash } from '../src/store/index.js';
import { parseQueueUrl } from '../src/queue/config.js';
import { articleJob, jobMessageId } from '../src/queue/jobs.js';
import { histogramQuantile, sample } from '../src/queue/metrics.js';
import { JobQueue } from '../src/queue/nats.js';

const N = Number(process.env.RASID_BENCH_ARTICLES ?? 1500);

interface Run {
  label: string;
  /** CPU seconds the worker processes (their threads included) spent per article: independent of the machine's load. */
  cpuMs: number;
  /** CPU the PostgreSQL sessions of the workers spent per article (the database's share of the work). */
  dbCpuMs: number;
  seconds: number;
  perSecond: number;
  p50: number | null;
  p95: number | null;
}

/** Sums the histograms of several workers' /metrics texts into one. */
function mergedHistogram(texts: string[], name: string): string {
  const sums = new Map<string, number>();
  for (const t of texts) {
    for (const line of t.split('\n')) {
      const m = new RegExp(`^(${name}_bucket\\{le="[^"]+"\\}) (\\S+)$`).exec(line);
      if (m) sums.set(m[1]!, (sums.get(m[1]!) ?? 0) + Number(m[2]));
    }
  }
  return [...sums].map(([k, v]) => `${k} ${v}`).join('\n');
}

async function withQueue<T>(tag: string, fn: (q: JobQueue, queue: string, db: string, schema: string) => Promise<T>): Promise<T> {
  const schema = uniqueName(tag);
  const queue = `nats://${NATS_HOST}/${schema}`;
  const db = `${PG_URL}?schema=${schema}&application_name=${schema}`;
  const q = await JobQueue.open(parseQueueUrl(queue));
  try {
    return await fn(q, queue, db, schema);
  } finally {
    await q.destroy();
    await q.close();
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  }
}

async function throughput(label: string, workers: number, extra: string[]): Promise<Run> {
  return withQueue('bench', async (q, queue, db, schema) => {
    const ws = await Promise.all(Array.from({ length: workers }, (_, i) => startWorker(queue, db, `b${i}`, extra)));
    try {
      const articles = arabicArticles(N, schema);
      const cpu0 = ws.reduce((t, w) => t + cpuSeconds(w.p.child.pid!), 0);
      const db0 = await sessionCpu(schema);
      const t0 = performance.now();
      await q.publishMany(articles.map((a) => { const job = articleJob(a); return { job, msgId: jobMessageId(job, contentHash(a)) }; }));
      await until(`${N} articles stored`, async () => (await count(`SELECT count(*) AS n FROM ${schema}.articles`)) >= N, 600_000, 100);
      const seconds = (performance.now() - t0) / 1000;
      const cpuMs = ((ws.reduce((t, w) => t + cpuSeconds(w.p.child.pid!), 0) - cpu0) * 1000) / N;
      const db1 = await sessionCpu(schema);
      let dbCpu = 0;
      for (const [pid, c] of db1) dbCpu += c - (db0.get(pid) ?? 0);
      const dbCpuMs = (dbCpu * 1000) / N;
      const texts = await Promise.all(ws.map(async (w) => (await fetch(`${w.metrics}/metrics`)).text()));
      const done = texts.reduce((s, t) => s + (sample(t, 'rasid_jobs_done_total') ?? 0), 0);
      if (done < N) throw new Error(`${label}: ${done} jobs done for ${N} articles`);
      const h = mergedHistogram(texts, 'rasid_job_duration_seconds');
      return {
        label, seconds, perSecond: N / seconds, cpuMs, dbCpuMs,
        p50: histogramQuantile(h, 'rasid_job_duration_seconds', 0.5), p95: histogramQuantile(h, 'rasid_job_duration_seconds', 0.95),
      };
    } finally {
      for (const w of ws) w.p.kill('SIGTERM');
      await Promise.all(ws.map((w) => w.p.exited));
    }
  });
}

/** Articles queued one at a time (20 a second) to one idle worker: time from publishing to the stored row. */
async function trickle(n: number): Promise<{ p50: number; p95: number }> {
  return withQueue('trickle', async (q, queue, db, schema) => {
    const w = await startWorker(queue, db, 't0');
    try {
      const articles = arabicArticles(n, schema);
      const sent = new Map<string, number>();
      for (const a of articles) {
        const job = articleJob(a);
        sent.set(a.id, Date.now());
        await q.publish(job, jobMessageId(job, contentHash(a)));
        await new Promise((r) => setTimeout(r, 50));
      }
      await until('the trickle stored', async () => (await count(`SELECT count(*) AS n FROM ${schema}.articles`)) >= n, 60_000, 100);
      const rows = await admin(async (c) => (await c.query(`SELECT id, stored_at FROM ${schema}.articles`)).rows as { id: string; stored_at: string }[]);
      const lat = rows.map((r) => (Date.parse(r.stored_at) - sent.get(r.id)!) / 1000).sort((a, b) => a - b);
      return { p50: lat[Math.floor(lat.length * 0.5)]!, p95: lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.95))]! };
    } finally {
      w.p.kill('SIGTERM');
      await w.p.exited;
    }
  });
}

/** user + system CPU seconds of a process so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** CPU seconds so far of each PostgreSQL session opened with this application name (same machine). */
async function sessionCpu(app: string): Promise<Map<number, number>> {
  const pids = await admin(async (c) => (await c.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [app])).rows.map((r) => Number(r.pid)));
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      out.set(pid, cpuSeconds(pid));
    } catch {
      // the session ended meanwhile
    }
  }
  return out;
}

const ms = (s: number | null): string => (s === null ? '—' : `${Math.round(s * 1000)} ms`);

// the setups alternate over the rounds, so that a change in the machine's load touches each alike; medians reported
const ROUNDS = Number(process.env.RASID_BENCH_ROUNDS ?? 3);
const SETUPS: [string, number, string[]][] = [['1 worker', 1, []], ['2 workers', 2, []], ['1 worker, --concurrency 2', 1, ['--concurrency', '2']]];
const load0 = loadavg()[0]!;
const all: Run[][] = SETUPS.map(() => []);
for (let r = 0; r < ROUNDS; r++) for (let k = 0; k < SETUPS.length; k++) all[k]!.push(await throughput(...SETUPS[k]!));
const median = (xs: Run[]): Run => [...xs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(xs.length / 2)]!;
const runs = all.map(median);
const t = await trickle(200);
const load1 = loadavg()[0]!;

console.log(`queue → worker → PostgreSQL, ${N} short Arabic articles, batches of 16, ${NATS_HOST}, ${cpus().length} cores, median of ${ROUNDS} alternating rounds; load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`);
console.log('setup                          seconds  articles/s  job p50  job p95  CPU/article: worker  PostgreSQL');
for (const r of runs) {
  console.log(`${r.label.padEnd(30)} ${r.seconds.toFixed(1).padStart(7)} ${r.perSecond.toFixed(1).padStart(11)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)} ${r.cpuMs.toFixed(1).padStart(17)} ms ${r.dbCpuMs.toFixed(1).padStart(8)} ms`);
}
console.log(`ratio 2 workers / 1 worker: ${(runs[1]!.perSecond / runs[0]!.perSecond).toFixed(2)}; 1 worker with 2 threads / 1 worker: ${(runs[2]!.perSecond / runs[0]!.perSecond).toFixed(2)}`);
console.log(`one article at a time (20/s, 1 idle worker), queued → stored: p50 ${ms(t.p50)}, p95 ${ms(t.p95)}`);
console.log('(job latency: from a worker taking the job to its answer, batch included; quantiles interpolated in the histogram buckets)');
