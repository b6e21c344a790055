// What the queue tests and benchmark share: unique queue and schema names, worker processes of ./bin/rasid, a
// private nats-server to restart, and waiting on the database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The project folder (the one holding bin/rasid), found upwards from this file (compiled copies live deeper). */
export const ROOT = ((): string => {
  for (let d = dirname(fileURLToPath(import.meta.url)); d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'bin', 'rasid'))) return d;
  throw new Error('bin/rasid not found above src/test-support');
})();
export const BIN = join(ROOT, 'bin', 'rasid');
/** The test database; RASID_TEST_PG overrides it. */
export const PG_URL = process.env.RASID_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';
/** The machine's NATS server (JetStream on); RASID_TEST_NATS overrides it. */
export const NATS_HOST = process.env.RASID_TEST_NATS ?? '127.0.0.1:4222';

/** A name unique to this run, usable as a queue name and a Postgres schema. */
export const uniqueName = (tag: string): string => `rq_${tag}_${process.pid}_${Date.now().toString(36)}`;

export function rasid(args: string[], input?: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function count(sql: string): Promise<number> {
  return admin(async (c) => Number((await c.query(sql)).rows[0]?.n ?? 0));
}

/** Polls `check` every `everyMs` until it is true; throws after `timeoutMs` with `what`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 200): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Every process a test started, so that a failing test leaves none behind (`killStarted`). */
const started = new Set<{ kill(): void }>();

/** Kills what the tests of this file started and is still running. */
export async function killStarted(): Promise<void> {
  for (const p of [...started]) p.kill();
  started.clear();
}

/** A `rasid worker` (or any rasid command) running as a child process, with its stderr kept. */
export class RasidProcess {
  readonly child: ChildProcess;
  stderr = '';
  stdout = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => { this.stderr += d; });
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => { this.stdout += d; });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    const handle = { kill: () => this.kill('SIGKILL') };
    started.add(handle);
    void this.exited.then(() => started.delete(handle));
  }

  /** Resolves once stderr matches `re` (or rejects when the process ends first). */
  async waitFor(re: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const end = Date.now() + timeoutMs;
    let done = false;
    void this.exited.then(() => { done = true; });
    for (;;) {
      const m = re.exec(this.stderr);
      if (m) return m;
      if (done) throw new Error(`process ended before ${re}: ${this.stderr}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }
}

/** Starts a worker and waits until it is ready; resolves to it and its metrics URL (when asked for). */
export async function startWorker(queue: string, db: string, name: string, extra: string[] = []): Promise<{ p: RasidProcess; metrics: string }> {
  const p = new RasidProcess(['worker', '--queue', queue, '--db', db, '--name', name, '--metrics-port', '0', ...extra]);
  const m = await p.waitFor(/ready: .*metrics (http:\/\/[^\s]+)\/metrics/, 60_000);
  return { p, metrics: m[1]! };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A nats-server of this test alone (JetStream, its own store folder), to be killed and started again. */
export class PrivateNats {
  readonly dir = mkdtempSync(join(tmpdir(), 'rasid-nats-'));
  proc: ChildProcess | null = null;
  readonly #exited = new Map<ChildProcess, Promise<void>>();
  constructor(readonly port: number, readonly binary = process.env.RASID_NATS_SERVER ?? (existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server')) {}

  async start(): Promise<void> {
    const p = spawn(this.binary, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.proc = p;
    this.#exited.set(p, new Promise((r) => p.once('exit', () => r())));
    const handle = { kill: () => { if (p.exitCode === null) p.kill('SIGKILL'); } };
    started.add(handle);
    p.once('exit', () => started.delete(handle));
    let log = '';
    p.stderr!.setEncoding('utf8').on('data', (d: string) => { log += d; });
    await until('nats-server to accept connections', () => /Server is ready/.test(log) || p.exitCode !== null, 20_000, 50);
    if (p.exitCode !== null) throw new Error(`nats-server did not start: ${log}`);
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p) return;
    const gone = this.#exited.get(p)!;
    if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await gone;
  }
}
