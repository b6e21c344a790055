// Scale-out against the machine's real NATS (JetStream) and PostgreSQL: worker processes of ./bin/rasid, killed,
// stopped, cut off from the database and from the queue; every article must end up stored exactly once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesJsonl, arabicArticles } from '../test-support/arabic-articles.js';
import {
  admin, count, freePort, killStarted, NATS_HOST, PG_URL, PrivateNats, rasid, startWorker, uniqueName, until,
} from '../test-support/queue-harness.js';
import { parseQueueUrl } from './config.js';
import { articleJob, jobMessageId } from './jobs.js';
import { sample } from './metrics.js';
import { JobQueue } from './nats.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-scale-'));
const cleanups: (() => Promise<void>)[] = [];
// stopping the processes and dropping the streams and schemas takes a while on a busy machine
afterAll(async () => {
  await killStarted();
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** A fresh queue and schema, removed after the file's tests. */
function fixture(tag: string, host = NATS_HOST, settings = 'ack_wait=3s&retry=300ms&retry_max=2s', ownServer = false) {
  const name = uniqueName(tag);
  const queue = `nats://${host}/${name}?${settings}`;
  // the application name marks this run's worker sessions, so the test can cut exactly those from the server side
  const db = `${PG_URL}?schema=${name}&application_name=${name}`;
  cleanups.push(async () => {
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`));
  });
  // a queue on a server of the test's own goes with the server
  if (!ownServer) {
    cleanups.push(async () => {
      const q = await JobQueue.open(parseQueueUrl(queue));
      await q.destroy();
      await q.close();
    });
  }
  return { name, queue, db };
}

const metricsOf = async (url: string): Promise<string> => (await fetch(`${url}/metrics`)).text();

describe('rasid worker on NATS JetStream and PostgreSQL', () => {
  it('3 workers, 3,000 articles: one killed with SIGKILL and started again, sessions cut, table locked, one stopped with SIGTERM — each article stored exactly once, poison in the dead letters', async () => {
    const f = fixture('main');
    const N = 3000;
    const articles = arabicArticles(N, f.name);
    const file = join(dir, `${f.name}.jsonl`);
    writeFileSync(file, articlesJsonl(articles));

    const workers = await Promise.all([0, 1, 2].map((i) => startWorker(f.queue, f.db, `w${i}`, ['--wait', '1'])));
    const t0 = Date.now();
    const enq = rasid(['ingest', '--queue', f.queue, file, '--json']);
    expect(enq.err).toBe('');
    expect(JSON.parse(enq.out)).toMatchObject({ articles: N, urls: 0, duplicates: 0, rejected: [] });

    // poison: an article whose date makes the analysis throw, and a message that is no job at all
    const q = await JobQueue.open(parseQueueUrl(f.queue));
    const poison = articleJob({ ...articles[0]!, id: `${f.name}-poison`, published: '2024-02-30', origin: 'poison.jsonl:1' });
    await q.publish(poison, jobMessageId(poison, 'poison'));
    const nc = await connect({ servers: NATS_HOST });
    await nc.jetstream().publish(`${f.name}.jobs.article`, new TextEncoder().encode('{"v":1,"kind":"article","article":{"text":42}}'));
    await nc.close();
    // the same article queued again: the queue drops it as a duplicate
    expect(rasid(['ingest', '--queue', f.queue, file, '--json']).out).toMatch(/"articles":0,"urls":0,"duplicates":3000/);

    const stored = (): Promise<number> => count(`SELECT count(*) AS n FROM ${f.name}.articles`);

    // 1. kill -9 a worker mid-run, start it again
    await until('600 articles stored', async () => (await stored()) >= 600, 120_000);
    workers[1]!.p.kill('SIGKILL');
    expect((await workers[1]!.p.exited).signal).toBe('SIGKILL');
    workers[1] = await startWorker(f.queue, f.db, 'w1-again', ['--wait', '1']);

    // 2. the server ends every session of the workers (as a database restart would)
    await until('1,300 articles stored', async () => (await stored()) >= 1300, 120_000);
    const cut = await admin(async (c) => (await c.query('SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE application_name = $1', [f.name])).rows.length);
    expect(cut).toBeGreaterThan(0);

    // 3. another session holds the table longer than the workers wait for locks: their writes fail and are retried
    await until('1,900 articles stored', async () => (await stored()) >= 1900, 120_000);
    await admin(async (c) => {
      await c.query('BEGIN');
      await c.query(`LOCK TABLE ${f.name}.articles IN EXCLUSIVE MODE`);
      await new Promise((r) => setTimeout(r, 1800));
      await c.query('COMMIT');
    });

    // 4. SIGTERM one worker: it finishes the batch at hand, takes no new job and exits 0 well within the ack wait
    await until('2,300 articles stored', async () => (await stored()) >= 2300, 120_000);
    const stopAt = Date.now();
    workers[2]!.p.kill('SIGTERM');
    const ended = await workers[2]!.p.exited;
    expect(ended.code, workers[2]!.p.stderr).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    expect(workers[2]!.p.stderr).toMatch(/SIGTERM: finishing the jobs at hand/);
    expect(workers[2]!.p.stderr).toMatch(/stopped: \d+ jobs done/);

    await until('every article stored and the queue empty', async () => {
      if ((await stored()) < N) return false;
      const s = await q.status(0);
      return s.pending === 0 && s.inFlight === 0;
    }, 150_000, 500);
    const seconds = (Date.now() - t0) / 1000;

    // exactly once: every id, no id twice, no second version, children consistent with the counts
    const rows = await admin(async (c) => (await c.query(`SELECT id FROM ${f.name}.articles`)).rows.map((r) => String(r.id)));
    expect(rows.length).toBe(N);
    expect(new Set(rows)).toEqual(new Set(articles.map((a) => a.id)));
    expect(await count(`SELECT count(DISTINCT hash) AS n FROM ${f.name}.articles`)).toBe(N);
    expect(await count(`SELECT count(*) AS n FROM ${f.name}.article_versions`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM ${f.name}.events`)).toBe(await count(`SELECT sum(n_events) AS n FROM ${f.name}.articles`));
    expect(await count(`SELECT count(*) AS n FROM ${f.name}.articles WHERE id = '${f.name}-poison'`)).toBe(0);

    // the dead letters hold the two poison messages with their errors, and nothing else
    const dead = await q.deadLetters();
    expect(dead.map((d) => d.error.code).sort()).toEqual(['E_DATE_INVALID', 'E_QUEUE_JOB']);
    expect(dead.find((d) => d.error.code === 'E_DATE_INVALID')?.job).toEqual(poison);
    const status = rasid(['queue', 'status', '--queue', f.queue]);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/pending\s+0 /);
    expect(status.out).toMatch(/dead\s+2 /);
    expect(status.out).toMatch(/E_DATE_INVALID  poison\.jsonl:1: Not a valid publication date/);
    expect(status.out).toMatch(/E_QUEUE_JOB  The message is not a valid job/);

    // metrics and health of the workers still running
    const texts = await Promise.all([workers[0]!, workers[1]!].map((w) => metricsOf(w.metrics)));
    const sum = (name: string): number => texts.reduce((t, x) => t + (sample(x, name) ?? 0), 0);
    expect(sum('rasid_jobs_done_total')).toBeGreaterThan(0);
    expect(sum('rasid_jobs_retried_total')).toBeGreaterThan(0); // the locked table
    expect(sum('rasid_job_duration_seconds_count')).toBeGreaterThan(0);
    const health = await fetch(`${workers[0]!.metrics}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', queue: 'connected', store: 'ok' });

    for (const w of [workers[0]!, workers[1]!]) w.p.kill('SIGTERM');
    for (const w of [workers[0]!, workers[1]!]) expect((await w.p.exited).code, w.p.stderr).toBe(0);
    await q.close();
    console.log(`[queue] ${N} articles queued and stored by 3 workers, through the faults, in ${seconds.toFixed(1)} s`);
  }, 240_000);

  it('the queue server killed and started again mid-run: the workers reconnect and every article is stored once', async () => {
    const nats = new PrivateNats(await freePort());
    await nats.start();
    cleanups.push(async () => { await nats.kill(); });
    const f = fixture('restart', `127.0.0.1:${nats.port}`, undefined, true);
    cleanups.push(async () => { rmSync(nats.dir, { recursive: true, force: true }); });
    const N = 600;
    const articles = arabicArticles(N, f.name);
    const file = join(dir, `${f.name}.jsonl`);
    writeFileSync(file, articlesJsonl(articles));
    expect(JSON.parse(rasid(['ingest', '--queue', f.queue, file, '--json']).out)).toMatchObject({ articles: N });
    const workers = await Promise.all([0, 1].map((i) => startWorker(f.queue, f.db, `r${i}`)));
    const stored = (): Promise<number> => count(`SELECT count(*) AS n FROM ${f.name}.articles`);
    await until('150 articles stored', async () => (await stored()) >= 150, 120_000, 50);
    await nats.kill();
    await until('the workers to see the lost connection', () => workers.every((w) => /queue connection disconnected/.test(w.p.stderr)), 20_000);
    const during = await stored();
    await new Promise((r) => setTimeout(r, 1500));
    await nats.start();
    await until('every article stored', async () => (await stored()) >= N, 120_000, 300);
    expect(during).toBeLessThan(N);
    for (const w of workers) expect(w.p.stderr).toMatch(/queue connection connected/);
    const q = await JobQueue.open(parseQueueUrl(f.queue));
    await until('the queue to be empty', async () => { const s = await q.status(0); return s.pending === 0 && s.inFlight === 0; }, 30_000, 300);
    expect((await q.status(0)).dead).toBe(0);
    await q.close();
    expect(await count(`SELECT count(*) AS n FROM ${f.name}.articles`)).toBe(N);
    expect(await count(`SELECT count(DISTINCT id) AS n FROM ${f.name}.articles`)).toBe(N);
    expect(await count(`SELECT count(*) AS n FROM ${f.name}.article_versions`)).toBe(0);
    for (const w of workers) w.p.kill('SIGTERM');
    for (const w of workers) expect((await w.p.exited).code).toBe(0);
  }, 180_000);

  it('refuses an unreachable queue and a bad queue URL with typed errors', () => {
    const bad = rasid(['queue', 'status', '--queue', 'nats://127.0.0.1:1/x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/E_QUEUE_UNAVAILABLE/);
    const url = rasid(['worker', '--queue', 'amqp://x', '--db', PG_URL]);
    expect(url.code).toBe(2);
    expect(url.err).toMatch(/E_QUEUE_URL/);
    const usage = rasid(['worker', '--queue', `nats://${NATS_HOST}/x`]);
    expect(usage.code).toBe(1);
    expect(usage.err).toMatch(/needs --db/);
  });
});

