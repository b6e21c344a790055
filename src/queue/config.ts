// The queue URL (nats://host:port/NAME?…), durations written 30s / 10m / 1h, and the names of streams and subjects.
import { QueueError, UsageError } from '../errors.js';

/** What a queue URL says: where the NATS servers are, the queue's name and how jobs are retried. */
export interface QueueConfig {
  /** host:port of each server (a cluster may list several, comma-separated). */
  servers: string[];
  /** The queue's name: its streams are `<name>_jobs` and `<name>_dead`, its subjects `<name>.jobs.*` and `<name>.dead`. */
  name: string;
  /** How long a job may stay unanswered before the server hands it to another worker (a worker that died). */
  ackWaitMs: number;
  /** Deliveries of one job before it goes to the dead-letter queue. */
  maxAttempts: number;
  /** Delay before the first retry; each further retry waits twice as long, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Copies of each stream kept by a NATS cluster (1 on a single server), set when the streams are created. */
  replicas: number;
  /** The URL without credentials, for messages. */
  display: string;
  user?: string;
  pass?: string;
}

export const DEFAULT_QUEUE_NAME = 'rasid';
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads a duration: a number with a unit (ms, s, m, h, d), several parts allowed ("1h30m"). Throws on anything else.
 * @example parseDuration('10m') // 600000
 */
export function parseDuration(text: string, what = 'duration'): number {
  const t = text.trim().toLowerCase();
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let at = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    at = re.lastIndex;
  }
  if (t === '' || at !== t.length || !(total > 0)) {
    throw new UsageError(`${what} "${text}" is not a duration; write it as 30s, 10m, 1h or 1h30m.`);
  }
  return Math.round(total);
}

/** A duration for people: 600000 → "10m", 90000 → "1m30s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  let s = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [u, n] of [['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (s >= n) { parts.push(`${Math.floor(s / n)}${u}`); s %= n; }
  }
  if (s > 0 || parts.length === 0) parts.push(`${s}s`);
  return parts.join('');
}

/**
 * Reads a queue URL: `nats://[user:pass@]host[:port][,host2[:port]…][/NAME][?ack_wait=30s&attempts=5&retry=1s&retry_max=5m&replicas=1]`.
 * The name defaults to "rasid"; the port to 4222.
 * @example parseQueueUrl('nats://127.0.0.1:4222/news?ack_wait=10s').ackWaitMs // 10000
 */
export function parseQueueUrl(url: string): QueueConfig {
  const bad = (why: string): QueueError => new QueueError('E_QUEUE_URL', `--queue "${redact(url)}": ${why}.`);
  const m = /^nats:\/\/(?:([^:@/]+)(?::([^@/]*))?@)?([^/?#]+)(?:\/([^?#]*))?(?:\?([^#]*))?$/i.exec(url.trim());
  if (!m) throw bad('not a nats:// URL');
  const [, user, pass, hosts, path, query] = m;
  const servers = hosts!.split(',').map((h) => h.replace(/^nats:\/\//i, '').trim()).filter((h) => h !== '');
  for (const h of servers) if (!/^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/i.test(h)) throw bad(`"${h}" is not host:port`);
  const name = path === undefined || path === '' ? DEFAULT_QUEUE_NAME : decodeURIComponent(path);
  if (!NAME.test(name)) throw bad(`the queue name "${name}" may hold only letters, digits, - and _ (at most 64)`);
  const cfg: QueueConfig = {
    servers: servers.map((h) => (/:\d+$/.test(h) && !/^\[[^\]]*\]$/.test(h) ? h : `${h}:4222`)),
    name,
    ackWaitMs: 30_000,
    maxAttempts: 5,
    retryBaseMs: 1000,
    retryMaxMs: 300_000,
    replicas: 1,
    display: redact(url.trim()),
    ...(user !== undefined ? { user: decodeURIComponent(user) } : {}),
    ...(pass !== undefined ? { pass: decodeURIComponent(pass) } : {}),
  };
  for (const [k, v] of new URLSearchParams(query ?? '')) {
    try {
      if (k === 'ack_wait') cfg.ackWaitMs = parseDuration(v, 'ack_wait');
      else if (k === 'retry') cfg.retryBaseMs = parseDuration(v, 'retry');
      else if (k === 'retry_max') cfg.retryMaxMs = parseDuration(v, 'retry_max');
      else if (k === 'attempts') {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 100) throw bad(`attempts must be a whole number from 1 to 100, not "${v}"`);
        cfg.maxAttempts = n;
      } else if (k === 'replicas') {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 5) throw bad(`replicas must be a whole number from 1 to 5, not "${v}"`);
        cfg.replicas = n;
      } else throw bad(`unknown setting "${k}" (known: ack_wait, attempts, retry, retry_max, replicas)`);
    } catch (err) {
      if (err instanceof UsageError) throw bad(err.message);
      throw err;
    }
  }
  if (cfg.ackWaitMs < 1000) throw bad('ack_wait must be at least 1s');
  return cfg;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Stream and subject names of a queue. */
export function queueNames(name: string) {
  return {
    jobsStream: `${name}_jobs`,
    deadStream: `${name}_dead`,
    jobsSubjects: `${name}.jobs.*`,
    jobSubject: (kind: string) => `${name}.jobs.${kind}`,
    deadSubject: `${name}.dead`,
    consumer: 'workers',
  };
}

/** The delay before retry number `attempt` (1 = the first retry): doubling from `base`, at most `max`, ±20 % jitter. */
export function retryDelay(attempt: number, base: number, max: number, random: () => number = Math.random): number {
  const d = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.round(d * (0.8 + 0.4 * random())));
}

/** A --db value for PostgreSQL may carry `?schema=NAME`; it is taken off the URL and given to the store apart. */
export function splitDbUrl(db: string): { db: string; schema?: string } {
  if (!/^postgres(ql)?:\/\//i.test(db)) return { db };
  const q = db.indexOf('?');
  if (q < 0) return { db };
  const params = new URLSearchParams(db.slice(q + 1));
  const schema = params.get('schema');
  if (schema === null) return { db };
  params.delete('schema');
  const rest = params.toString();
  return { db: db.slice(0, q) + (rest ? `?${rest}` : ''), schema };
}
