// A worker's counters and latency histogram in the Prometheus text format, served with a health check over HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JobKind } from './jobs.js';

/** Upper bounds (seconds) of the latency histogram's buckets. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 10, 30, 60] as const;

type Labels = Record<string, string>;
const key = (l: Labels): string => Object.keys(l).sort().map((k) => `${k}="${l[k]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',');

class Counter {
  readonly values = new Map<string, number>();
  constructor(readonly name: string, readonly help: string) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = key(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels: Labels = {}): number {
    return this.values.get(key(labels)) ?? 0;
  }
  total(): number {
    let t = 0;
    for (const v of this.values.values()) t += v;
    return t;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, v] of this.values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines.join('\n');
  }
}

class Histogram {
  readonly counts: number[] = LATENCY_BUCKETS.map(() => 0);
  sum = 0;
  count = 0;
  constructor(readonly name: string, readonly help: string) {}
  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= LATENCY_BUCKETS[i]!) this.counts[i]!++;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    LATENCY_BUCKETS.forEach((b, i) => lines.push(`${this.name}_bucket{le="${b}"} ${this.counts[i]}`));
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`, `${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines.join('\n');
  }
}

/** What one worker counts. */
export class WorkerMetrics {
  readonly done = new Counter('rasid_jobs_done_total', 'Jobs completed and acknowledged, by kind.');
  readonly failed = new Counter('rasid_jobs_failed_total', 'Jobs moved to the dead-letter queue, by kind and error code.');
  readonly retried = new Counter('rasid_jobs_retried_total', 'Jobs handed back to the queue to be tried again later, by kind.');
  readonly articles = new Counter('rasid_articles_total', 'Articles written by this worker, by outcome (inserted, new-version, duplicate).');
  readonly latency = new Histogram('rasid_job_duration_seconds', 'Time from taking a job to answering it, in seconds.');
  readonly started = Date.now();
  inFlight = 0;

  jobDone(kind: JobKind, seconds: number): void {
    this.done.inc({ kind });
    this.latency.observe(seconds);
  }

  jobFailed(kind: JobKind | 'unknown', code: string, seconds: number): void {
    this.failed.inc({ kind, code });
    this.latency.observe(seconds);
  }

  render(extra: { up: boolean; queueConnected: boolean }): string {
    return [
      this.done.render(),
      this.failed.render(),
      this.retried.render(),
      this.articles.render(),
      this.latency.render(),
      '# HELP rasid_jobs_in_flight Jobs taken by this worker and not yet answered.',
      '# TYPE rasid_jobs_in_flight gauge',
      `rasid_jobs_in_flight ${this.inFlight}`,
      '# HELP rasid_worker_up 1 while the worker takes jobs, 0 once it stops.',
      '# TYPE rasid_worker_up gauge',
      `rasid_worker_up ${extra.up ? 1 : 0}`,
      '# HELP rasid_queue_connected 1 while the connection to the queue is up.',
      '# TYPE rasid_queue_connected gauge',
      `rasid_queue_connected ${extra.queueConnected ? 1 : 0}`,
      '# HELP rasid_worker_uptime_seconds Seconds since the worker started.',
      '# TYPE rasid_worker_uptime_seconds gauge',
      `rasid_worker_uptime_seconds ${((Date.now() - this.started) / 1000).toFixed(3)}`,
      '',
    ].join('\n');
  }
}

/** Reads one sample of a Prometheus text (`name{labels} value`); labels must match exactly when given. */
export function sample(text: string, name: string, labels?: Labels): number | null {
  const want = labels ? `${name}{${key(labels)}}` : name;
  let total: number | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const sp = line.lastIndexOf(' ');
    const head = line.slice(0, sp);
    if (head === want || (!labels && head.startsWith(`${name}{`))) total = (total ?? 0) + Number(line.slice(sp + 1));
  }
  return total;
}

/** A quantile estimated from a rendered histogram, by linear interpolation inside the bucket (as PromQL does). */
export function histogramQuantile(text: string, name: string, q: number): number | null {
  const buckets: { le: number; n: number }[] = [];
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`).exec(line);
    if (m) buckets.push({ le: m[1] === '+Inf' ? Infinity : Number(m[1]), n: Number(m[2]) });
  }
  const total = buckets.at(-1)?.n ?? 0;
  if (total === 0) return null;
  const rank = q * total;
  let prevLe = 0, prevN = 0;
  for (const b of buckets) {
    if (b.n >= rank) {
      if (b.le === Infinity) return prevLe;
      return prevLe + (b.le - prevLe) * ((rank - prevN) / Math.max(1, b.n - prevN));
    }
    prevLe = b.le;
    prevN = b.n;
  }
  return prevLe;
}

export interface Health {
  ok: boolean;
  body: Record<string, unknown>;
}

/** Serves GET /metrics (Prometheus text) and GET /health (JSON; 200 when healthy, 503 otherwise). */
export async function serveMetrics(port: number, host: string, metrics: () => string, health: () => Health): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(metrics());
    } else if (path === '/health' || path === '/healthz') {
      const h = health();
      res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(h.body) + '\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('GET /metrics or /health\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  return { server, url: `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}` };
}
