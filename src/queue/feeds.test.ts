// Feeds polled through the queue (rasid feeds add, rasid scheduler, rasid worker) against a local HTTP server that
// answers conditional requests: unchanged feeds cost a 304, and every item is ingested once.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { admin, count, killStarted, NATS_HOST, PG_URL, rasid, RasidProcess, startWorker, uniqueName, until } from '../test-support/queue-harness.js';
import { parseQueueUrl } from './config.js';
import { JobQueue } from './nats.js';

const SENTENCES = [
  'أعلنت وزارة الصحة في مدينة حلب أن حصيلة الغارات ارتفعت إلى عشرة قتلى.',
  'تظاهر آلاف الطلاب في الخرطوم احتجاجا على إغلاق الجامعات منذ شهرين.',
  'وصل وفد من الأمم المتحدة إلى صنعاء لبحث تبادل الأسرى بين الطرفين.',
  'اعتقلت الشرطة في بنغازي خمسة أشخاص يشتبه في تهريبهم الوقود.',
  'وقعت الحكومة العراقية اتفاقا مع شركات أجنبية لإعادة إعمار الموصل.',
  'قصفت المدفعية مواقع للمسلحين في ريف إدلب الجنوبي فجر اليوم.',
  'أفرجت السلطات عن ثلاثة صحفيين بعد احتجازهم أسبوعا في تعز.',
];

const page = (n: number): string => `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر ${n}</title>
<meta property="og:site_name" content="صحيفة الاختبار"></head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>خبر ${n}</h1><p>${SENTENCES[n - 1]} ${SENTENCES[(n + 2) % SENTENCES.length]}</p><p>وقال مصدر محلي إن الوضع هادئ حذر.</p></article></body></html>`;

describe('feeds polled through the queue', () => {
  const hits = new Map<string, number>();
  let rssItems = 3;
  let atomVersion = 1;
  const log: { path: string; ifNoneMatch: string | null; ifModifiedSince: string | null; status: number }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = (status: number, body: string, headers: Record<string, string> = {}): void => {
      log.push({ path, ifNoneMatch: req.headers['if-none-match'] ?? null, ifModifiedSince: req.headers['if-modified-since'] ?? null, status });
      res.writeHead(status, headers).end(status === 304 ? undefined : body);
    };
    if (path === '/news.rss') {
      const etag = `"rss-${rssItems}"`;
      if (req.headers['if-none-match'] === etag) return answer(304, '', { etag });
      const items = Array.from({ length: rssItems }, (_, i) => `<item><guid>item-${i + 1}</guid><title>خبر ${i + 1}</title><link>${base}/a/${i + 1}</link><pubDate>Thu, 0${i + 1} Jun 2023 10:00:00 +0000</pubDate></item>`).join('');
      return answer(200, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>صحيفة الاختبار</title>${items}</channel></rss>`, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    }
    if (path === '/updates.atom') {
      const modified = atomVersion === 1 ? 'Mon, 05 Jun 2023 08:00:00 GMT' : 'Tue, 06 Jun 2023 08:00:00 GMT';
      if (req.headers['if-modified-since'] === modified) return answer(304, '', { 'last-modified': modified });
      const entries = Array.from({ length: atomVersion + 1 }, (_, i) => `<entry><id>urn:u:${i}</id><title>تحديث ${i + 1}</title><updated>2023-06-0${i + 1}T08:00:00Z</updated><content type="text">${SENTENCES[6 - i]} وأضاف شهود أن الهدوء عاد.</content></entry>`).join('');
      return answer(200, `<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة التحديثات</title>${entries}</feed>`, { 'content-type': 'application/atom+xml', 'last-modified': modified });
    }
    const m = /^\/a\/(\d+)$/.exec(path);
    if (m) return answer(200, page(Number(m[1])), { 'content-type': 'text/html; charset=utf-8' });
    answer(404, 'no such page');
  });

  const name = uniqueName('feeds');
  const queue = `nats://${NATS_HOST}/${name}?ack_wait=5s&retry=300ms`;
  const db = `${PG_URL}?schema=${name}`;
  afterAll(async () => {
    await killStarted();
    server.close();
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).catch(() => undefined);
    const q = await JobQueue.open(parseQueueUrl(queue));
    await q.destroy();
    await q.close();
  }, 60_000);

  it('polls an RSS feed (ETag) and an offline Atom feed (Last-Modified): new items once, unchanged feeds answered 304', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const add = rasid(['feeds', 'add', `${base}/news.rss`, '--every', '1s', '--db', db]);
    expect(add.err).toBe('');
    expect(add.out).toMatch(/^added .*news\.rss: polled every 1s/);
    expect(rasid(['feeds', 'add', `${base}/updates.atom`, '--every', '1s', '--offline', '--db', db]).code).toBe(0);
    expect(rasid(['feeds', 'add', `${base}/news.rss`, '--every', 'often', '--db', db]).code).toBe(1);

    const worker = await startWorker(queue, db, 'feeds-w');
    const scheduler = new RasidProcess(['scheduler', '--queue', queue, '--db', db, '--tick', '300ms']);
    await scheduler.waitFor(/ready: .*2 feeds/);
    const stored = (): Promise<number> => count(`SELECT count(*) AS n FROM ${name}.articles`);
    const notModified = (path: string): number => log.filter((l) => l.path === path && l.status === 304).length;

    await until('3 pages and 2 Atom entries stored', async () => (await stored()) === 5, 60_000);
    await until('two polls of each feed answered 304', () => notModified('/news.rss') >= 2 && notModified('/updates.atom') >= 2, 30_000);

    rssItems = 5;
    atomVersion = 2;
    await until('the new items stored', async () => (await stored()) === 8, 60_000);
    const before = [notModified('/news.rss'), notModified('/updates.atom')];
    await until('the changed feeds polled again and answered 304', () => notModified('/news.rss') > before[0]! && notModified('/updates.atom') > before[1]!, 30_000);

    // each item page was read once, however often its feed was polled
    for (let n = 1; n <= 5; n++) expect(hits.get(`/a/${n}`), `/a/${n}`).toBe(1);
    expect(await stored()).toBe(8);
    expect(await count(`SELECT count(*) AS n FROM ${name}.article_versions`)).toBe(0);
    const titles = await admin(async (c) => (await c.query(`SELECT title, outlet, published FROM ${name}.articles ORDER BY title`)).rows);
    expect(titles).toContainEqual({ title: 'خبر 4', outlet: 'صحيفة الاختبار', published: '2023-06-04' });
    expect(titles).toContainEqual({ title: 'تحديث 3', outlet: 'نشرة التحديثات', published: '2023-06-03' });
    // the conditional requests carried the validators of the previous answer
    expect(log.some((l) => l.path === '/news.rss' && l.ifNoneMatch === '"rss-5"' && l.status === 304)).toBe(true);
    expect(log.some((l) => l.path === '/updates.atom' && l.ifModifiedSince === 'Tue, 06 Jun 2023 08:00:00 GMT' && l.status === 304)).toBe(true);

    const list = JSON.parse(rasid(['feeds', 'list', '--db', db, '--json']).out) as { url: string; items: number; etag: string | null; lastStatus: string }[];
    expect(list.map((f) => [f.url.replace(base, ''), f.items, f.etag])).toEqual([['/news.rss', 5, '"rss-5"'], ['/updates.atom', 3, null]]);
    expect(list.every((f) => ['not-modified', 'unchanged', 'new-items'].includes(f.lastStatus))).toBe(true);
    expect(rasid(['feeds', 'list', '--db', db]).out).toMatch(/news\.rss\n  every 1s, next poll .*, 5 items taken, last polled .*ETag "rss-5"/);

    scheduler.kill('SIGTERM');
    worker.p.kill('SIGTERM');
    expect((await scheduler.exited).code).toBe(0);
    expect((await worker.p.exited).code).toBe(0);
    expect(rasid(['feeds', 'remove', `${base}/updates.atom`, '--db', db]).out).toMatch(/^removed/);
    const again = rasid(['feeds', 'remove', `${base}/updates.atom`, '--db', db]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/E_FEED_UNKNOWN .*updates\.atom is not a polled feed/);
  }, 180_000);
});
