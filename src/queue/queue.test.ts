// The queue's pieces on their own: URLs and durations, jobs, retry delays, which failures are retried, metrics.
import { describe, expect, it } from 'vitest';
import { InputError, QueueError, RasidError, StoreError } from '../errors.js';
import { formatDuration, parseDuration, parseQueueUrl, retryDelay, splitDbUrl } from './config.js';
import { articleJob, decodeJob, encodeJob, feedJob, jobMessageId, urlJob } from './jobs.js';
import { histogramQuantile, sample, serveMetrics, WorkerMetrics } from './metrics.js';
import { itemJob, itemKey } from './poll.js';
import { isTransient } from './worker.js';

const ARTICLE = { id: 'a1', url: null, outlet: null, title: 'عنوان', published: '2024-01-10', text: 'عنوان\n\nقصفت الطائرات مدينة حلب.', origin: 'a.jsonl:1' };

describe('queue URL and durations', () => {
  it('reads host, port, name and settings; defaults the port, the name and the retry policy', () => {
    const c = parseQueueUrl('nats://10.0.0.5,10.0.0.6:4223/news?ack_wait=10s&attempts=3&retry=2s&retry_max=1m&replicas=3');
    expect(c).toMatchObject({ servers: ['10.0.0.5:4222', '10.0.0.6:4223'], name: 'news', ackWaitMs: 10_000, maxAttempts: 3, retryBaseMs: 2000, retryMaxMs: 60_000, replicas: 3 });
    expect(parseQueueUrl('nats://127.0.0.1')).toMatchObject({ servers: ['127.0.0.1:4222'], name: 'rasid', ackWaitMs: 30_000, maxAttempts: 5, replicas: 1 });
    const secret = parseQueueUrl('nats://me:s3cret@h:1/q');
    expect(secret).toMatchObject({ user: 'me', pass: 's3cret' });
    expect(secret.display).not.toContain('s3cret');
  });

  it('refuses other schemes, odd names, unknown settings and silly values with E_QUEUE_URL', () => {
    for (const u of ['redis://h/q', 'nats://h/a.b', 'nats://h/q?speed=1', 'nats://h/q?attempts=0', 'nats://h/q?replicas=7', 'nats://h/q?ack_wait=soon', 'nats://h/q?ack_wait=10ms', 'nats://h x/q']) {
      expect(() => parseQueueUrl(u), u).toThrow(QueueError);
      try { parseQueueUrl(u); } catch (err) { expect((err as RasidError).code).toBe('E_QUEUE_URL'); }
    }
  });

  it('reads and writes durations', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5s')).toBe(1500);
    for (const bad of ['', '10', 'm', '10 minutes', '-1s', '0s']) expect(() => parseDuration(bad), bad).toThrow(/not a duration/);
    expect(formatDuration(600_000)).toBe('10m');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(90_000)).toBe('1m30s');
  });

  it('takes ?schema= off a postgres URL and leaves other parameters and SQLite paths alone', () => {
    expect(splitDbUrl('postgres://u@h/db?schema=s1&application_name=x')).toEqual({ db: 'postgres://u@h/db?application_name=x', schema: 's1' });
    expect(splitDbUrl('postgres://u@h/db?schema=s1')).toEqual({ db: 'postgres://u@h/db', schema: 's1' });
    expect(splitDbUrl('postgres://u@h/db')).toEqual({ db: 'postgres://u@h/db' });
    expect(splitDbUrl('rasid.db')).toEqual({ db: 'rasid.db' });
  });

  it('doubles the retry delay from the base up to the ceiling, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, 1000, 5000, mid))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(retryDelay(1, 1000, 5000, () => 0)).toBe(800);
    expect(retryDelay(1, 1000, 5000, () => 1)).toBe(1200);
  });
});

describe('jobs', () => {
  it('round-trips every kind of job', () => {
    for (const j of [articleJob(ARTICLE), urlJob('https://x.example/feed', '2024-01-01', true), feedJob('http://x.example/rss')]) {
      expect(decodeJob(encodeJob(j))).toEqual(j);
    }
  });

  it('refuses what is no job with E_QUEUE_JOB naming the problem', () => {
    const cases: [string | Uint8Array, RegExp][] = [
      ['not json', /not a JSON job/],
      [new Uint8Array([0xff, 0xfe, 0x00]), /not a JSON job/],
      ['{"v":1,"kind":"article","article":{"text":42}}', /article\.id/],
      ['{"v":2,"kind":"feed","url":"http://x"}', /v:/],
      ['{"v":1,"kind":"feed","url":"file:///etc/passwd"}', /http\(s\) URL/],
      [JSON.stringify(articleJob({ ...ARTICLE, published: 'yesterday' })), /published/],
      [JSON.stringify({ ...articleJob(ARTICLE), extra: 1 }), /extra|Unrecognized/],
    ];
    for (const [raw, why] of cases) {
      const data = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
      let err: unknown;
      try { decodeJob(data); } catch (e) { err = e; }
      expect(err, String(raw)).toBeInstanceOf(QueueError);
      expect((err as QueueError).code).toBe('E_QUEUE_JOB');
      expect((err as QueueError).message).toMatch(why);
    }
  });

  it('gives an article its content hash as message id, so the queue keeps it once', () => {
    expect(jobMessageId(articleJob(ARTICLE), 'abc')).toBe('a:abc');
    expect(jobMessageId(urlJob('https://x/1'))).toBe(jobMessageId(urlJob('https://x/1')));
    expect(jobMessageId(urlJob('https://x/1'))).not.toBe(jobMessageId(urlJob('https://x/2')));
  });
});

describe('which failures are retried', () => {
  it('retries a lost database, a lock, a timeout, HTTP 5xx/429 and the unexpected; not bad input', () => {
    expect(isTransient(new StoreError('E_STORE_LOCKED', 'x'))).toBe(true);
    expect(isTransient(new StoreError('E_STORE_OPEN', 'x'))).toBe(true);
    expect(isTransient(new InputError('E_URL_TIMEOUT', 'x'))).toBe(true);
    expect(isTransient(new InputError('E_URL_STATUS', 'u: the server answered HTTP 503 Service Unavailable.'))).toBe(true);
    expect(isTransient(new InputError('E_URL_STATUS', 'u: the server answered HTTP 429.'))).toBe(true);
    expect(isTransient(new Error('terminating connection due to administrator command'))).toBe(true);
    expect(isTransient(new InputError('E_URL_STATUS', 'u: the server answered HTTP 404 Not Found.'))).toBe(false);
    expect(isTransient(new RasidError('E_DATE_INVALID', 'x'))).toBe(false);
    expect(isTransient(new QueueError('E_QUEUE_JOB', 'x'))).toBe(false);
    expect(isTransient(new InputError('E_FEED_INVALID', 'x'))).toBe(false);
  });
});

describe('feed items', () => {
  const feed = { format: 'rss' as const, title: 'النيل', url: null, items: [] };
  it('keys an item by its guid, else its link, else its text', () => {
    const base = { id: null, url: null, title: 't', published: null, content: 'c', contentIsHtml: false };
    expect(itemKey({ ...base, id: 'g1', url: 'https://a/1' })).toBe(itemKey({ ...base, id: 'g1', url: 'https://a/2', title: 'other' }));
    expect(itemKey({ ...base, url: 'https://a/1' })).not.toBe(itemKey({ ...base, url: 'https://a/2' }));
    expect(itemKey(base)).toBe(itemKey({ ...base }));
    expect(itemKey(base)).not.toBe(itemKey({ ...base, content: 'd' }));
  });

  it('queues an item page to read, or the article of the feed text when offline or without a page', () => {
    const e = { id: 'g', url: 'https://a.example/1', title: 'خبر', published: '2024-05-01', content: '<p>خبر</p><p>نص الخبر كاملا.</p>', contentIsHtml: true };
    expect(itemJob(e, feed, 'https://a.example/rss', 0, false)).toEqual(urlJob('https://a.example/1', '2024-05-01', false));
    const off = itemJob(e, feed, 'https://a.example/rss', 0, true);
    expect(off).toMatchObject({ kind: 'article', article: { text: 'خبر\n\nنص الخبر كاملا.', outlet: 'النيل', published: '2024-05-01', origin: 'https://a.example/rss#1' } });
    expect(itemJob({ ...e, url: null, content: null }, feed, 'f', 0, false)).toBeNull();
  });
});

describe('metrics', () => {
  it('renders counters and the latency histogram in the Prometheus text format, and serves them with /health', async () => {
    const m = new WorkerMetrics();
    m.jobDone('article', 0.004);
    m.jobDone('article', 0.2);
    m.jobDone('feed', 3);
    m.jobFailed('article', 'E_DATE_INVALID', 0.03);
    m.retried.inc({ kind: 'article' });
    const text = m.render({ up: true, queueConnected: true });
    expect(text).toMatch(/^# TYPE rasid_jobs_done_total counter$/m);
    expect(sample(text, 'rasid_jobs_done_total', { kind: 'article' })).toBe(2);
    expect(sample(text, 'rasid_jobs_done_total')).toBe(3);
    expect(sample(text, 'rasid_jobs_failed_total', { code: 'E_DATE_INVALID', kind: 'article' })).toBe(1);
    expect(sample(text, 'rasid_jobs_retried_total')).toBe(1);
    expect(text).toMatch(/^rasid_job_duration_seconds_bucket\{le="0.005"\} 1$/m);
    expect(text).toMatch(/^rasid_job_duration_seconds_bucket\{le="0.25"\} 3$/m);
    expect(text).toMatch(/^rasid_job_duration_seconds_bucket\{le="\+Inf"\} 4$/m);
    expect(sample(text, 'rasid_job_duration_seconds_count')).toBe(4);
    expect(histogramQuantile(text, 'rasid_job_duration_seconds', 0.5)).toBeGreaterThan(0.01);
    expect(histogramQuantile(text, 'rasid_job_duration_seconds', 0.5)).toBeLessThanOrEqual(0.05);

    let healthy = true;
    const { server, url } = await serveMetrics(0, '127.0.0.1', () => m.render({ up: healthy, queueConnected: healthy }), () => ({ ok: healthy, body: { status: healthy ? 'ok' : 'degraded' } }));
    try {
      const r = await fetch(`${url}/metrics`);
      expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(sample(await r.text(), 'rasid_worker_up')).toBe(1);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      healthy = false;
      const h = await fetch(`${url}/health`);
      expect(h.status).toBe(503);
      expect(await h.json()).toEqual({ status: 'degraded' });
      expect((await fetch(`${url}/nothing`)).status).toBe(404);
      expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(405);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
