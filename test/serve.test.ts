// `rasid serve` as `npm start` runs it: a fresh database is seeded with the demo articles and their stories, the
// dashboard and the API are served, SIGTERM stops it cleanly, and a second start serves what is stored.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'rasid');
const dir = mkdtempSync(join(tmpdir(), 'rasid-serve-'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `rasid serve ARGS` and resolves with the URL it prints, the process and its stderr so far. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; proc: ChildProcess; err: () => string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    running.push(proc);
    let err = '';
    proc.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving .* on (http:\/\/[^/\s]+)\//.exec(err);
      if (m) resolve({ url: m[1] as string, proc, err: () => err });
    });
    proc.on('exit', (code) => reject(new Error(`rasid serve exited with ${code}: ${err}`)));
  });
}

function exited(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.on('exit', (code) => resolve(code))));
}

describe('rasid serve', () => {
  const db = join(dir, 'rasid.db');

  it('npm start is rasid serve on rasid.db, port 8080, seeded from examples/demo', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe('node bin/rasid serve --db rasid.db --port 8080 --seed examples/demo');
  });

  it('seeds an empty database with the demo articles and their stories, serves the dashboard and the API, stops on SIGTERM', async () => {
    const s = await serve(['--db', db, '--port', '0', '--seed', join(ROOT, 'examples', 'demo')], { RASID_TOKEN: 'tok' });
    expect(s.err()).toMatch(/is empty; analysing/);
    expect(s.err()).toMatch(/stored 18 articles; [1-9]\d* stor(y|ies)/);
    expect(s.err()).toMatch(/POST \/api\/ingest enabled/);
    const stats = (await (await fetch(`${s.url}/api/stats`)).json()) as { articles: number; events: number; stories: number };
    expect(stats.articles).toBe(18);
    expect(stats.events).toBeGreaterThan(50);
    expect(stats.stories).toBeGreaterThan(0);
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/<html lang="ar" dir="rtl">/);
    const story = (await (await fetch(`${s.url}/api/stories`)).json()) as { items: { outlets: string[] }[] };
    expect(story.items.some((x) => x.outlets.length >= 2)).toBe(true);
    s.proc.kill('SIGTERM');
    expect(await exited(s.proc)).toBe(0);
    expect(s.err()).toMatch(/stopping/);
  });

  it('a second start serves what is stored without seeding again', async () => {
    const s = await serve(['--db', db, '--port', '0', '--seed', join(ROOT, 'examples', 'demo')]);
    expect(s.err()).not.toMatch(/is empty/);
    expect(s.err()).not.toMatch(/ingest enabled/);
    expect(((await (await fetch(`${s.url}/api/stats`)).json()) as { articles: number }).articles).toBe(18);
    const ingest = await fetch(`${s.url}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"articles":[{"text":"نص"}]}' });
    expect(ingest.status).toBe(403);
    s.proc.kill('SIGINT');
    expect(await exited(s.proc)).toBe(0);
  });

  it('refuses a bad port, and a port already in use, with a usage error', async () => {
    const bad = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', 'http'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    bad.stderr.on('data', (d: Buffer) => (err += d.toString()));
    expect(await exited(bad)).toBe(1);
    expect(err).toMatch(/E_USAGE\s+--port must be a whole number/);

    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const busy = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err2 = '';
    busy.stderr.on('data', (d: Buffer) => (err2 += d.toString()));
    expect(await exited(busy)).toBe(1);
    expect(err2).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
    blocker.close();
  });
});
