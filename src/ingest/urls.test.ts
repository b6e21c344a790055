import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { fetchUrl } from './fetch.js';
import { readArticlesAsync, type SourceItem } from './sources.js';

const P1 = 'أعلنت السلطات الليبية اليوم الأربعاء إعادة فتح مطار معيتيقة الدولي في طرابلس بعد إغلاقه ثلاثة أيام بسبب الاشتباكات التي شهدتها المنطقة المحيطة به.';
const P2 = 'وقال مسؤول في المطار إن الرحلات ستستأنف تدريجياً، مشيراً إلى أن الأضرار التي لحقت بالمدرج كانت محدودة وأن فرق الصيانة أنهت عملها صباح اليوم.';

const page = (title: string, paragraphs: string[], head = ''): string =>
  `<!DOCTYPE html><html lang="ar"><head><title>${title} | موقع المثال</title><meta property="og:site_name" content="موقع المثال">${head}</head>` +
  `<body><nav><a href="/">الرئيسية</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>حقوق النشر</footer></body></html>`;

let server: Server;
let base = '';
let closedPort = 0;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (path) {
      case '/cp1256': // charset only in the HTTP header
        return send(200, 'text/html; charset=windows-1256', iconv.encode(page('إعادة فتح مطار معيتيقة', [P1, P2]), 'windows-1256'));
      case '/moved':
        res.writeHead(301, { location: '/utf8' });
        return void res.end();
      case '/utf8':
        return send(200, 'text/html; charset=utf-8', page('إعادة فتح مطار معيتيقة', [P1, P2], '<link rel="canonical" href="/news/maitiga">'));
      case '/item/1':
        return send(200, 'text/html', page('الخبر الأول كاملاً', [P1]));
      case '/item/4':
        return send(200, 'text/html', page('الخبر الرابع كاملاً', [P2]));
      case '/feed.php': // a feed served as text/html, as some sites do
        return send(200, 'text/html', `<?xml version="1.0"?><rss version="2.0"><channel><title>موقع المثال</title>
          <item><title>الخبر الأول</title><link>${base}/item/1</link><description>ملخص الخبر الأول.</description><pubDate>Wed, 11 Oct 2023 08:00:00 +0200</pubDate></item>
          <item><title>الخبر الثاني</title><link>${base}/item/missing</link><description>ملخص الخبر الثاني.</description></item>
          <item><title>الخبر الثالث</title><link>${base}/silent</link><description>ملخص الخبر الثالث.</description></item>
          <item><title>الخبر الرابع</title><link>/item/4</link><description>ملخص الخبر الرابع.</description></item>
        </channel></rss>`);
      case '/text':
        return send(200, 'text/plain; charset=utf-8', P1);
      case '/big':
        return send(200, 'text/html', `<p>${'ب'.repeat(40_000)}</p>`);
      case '/silent':
        return; // accepts the request and never answers
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // a port that nothing listens on
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  closedPort = (other.address() as AddressInfo).port;
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const collect = async (inputs: string[], opts: Parameters<typeof readArticlesAsync>[1] = {}): Promise<SourceItem[]> => {
  const out: SourceItem[] = [];
  for await (const item of readArticlesAsync(inputs, opts)) out.push(item);
  return out;
};
const codes = (items: SourceItem[]): string[] => items.map((i) => (i.ok ? 'ok' : i.error.code));

describe('fetchUrl', () => {
  it('follows redirects and reports the final URL and content type', async () => {
    const got = await fetchUrl(`${base}/moved`, { timeoutMs: 5000, maxBytes: 1 << 20 });
    expect(got.url).toBe(`${base}/utf8`);
    expect(got.contentType).toMatch(/charset=utf-8/);
  });

  it('gives up on a server that never answers, within the time limit', async () => {
    const t0 = Date.now();
    await expect(fetchUrl(`${base}/silent`, { timeoutMs: 300, maxBytes: 1 << 20 })).rejects.toMatchObject({ code: 'E_URL_TIMEOUT' });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('types the other failures: refused connection, HTTP error status, body over the limit', async () => {
    await expect(fetchUrl(`http://127.0.0.1:${closedPort}/x`, { timeoutMs: 5000, maxBytes: 1 << 20 })).rejects.toMatchObject({ code: 'E_URL_UNREACHABLE' });
    await expect(fetchUrl(`${base}/nothing-here`, { timeoutMs: 5000, maxBytes: 1 << 20 })).rejects.toMatchObject({ code: 'E_URL_STATUS', message: expect.stringMatching(/HTTP 404/) });
    await expect(fetchUrl(`${base}/big`, { timeoutMs: 5000, maxBytes: 10_000 })).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
  });
});

describe('readArticlesAsync over URLs', () => {
  it('reads a page whose charset only the HTTP header gives, and a redirected page with its canonical URL', async () => {
    const items = await collect([`${base}/cp1256`, `${base}/moved`]);
    expect(codes(items)).toEqual(['ok', 'ok']);
    const [a, b] = items;
    expect(a?.ok && a.article).toMatchObject({ title: 'إعادة فتح مطار معيتيقة', outlet: 'موقع المثال', url: `${base}/cp1256`, text: `إعادة فتح مطار معيتيقة\n\n${P1}\n\n${P2}` });
    expect(b?.ok && b.article.url).toBe(`${base}/news/maitiga`);
  });

  it('reads a text/plain URL as text', async () => {
    const [item] = await collect([`${base}/text`]);
    expect(item?.ok && item.article).toMatchObject({ text: P1, url: `${base}/text` });
  });

  it('reads a feed\'s item pages; a missing page and a silent one are reported and the others go on', async () => {
    const items = await collect([`${base}/feed.php`, `${base}/text`], { timeoutMs: 400, published: '2023-01-01' });
    expect(codes(items)).toEqual(['ok', 'E_URL_STATUS', 'E_URL_TIMEOUT', 'ok', 'ok']);
    const first = items[0];
    // the page's full text, the feed's date (the page has none)
    expect(first?.ok && first.article).toMatchObject({ title: 'الخبر الأول كاملاً', text: `الخبر الأول كاملاً\n\n${P1}`, published: '2023-10-11', url: `${base}/item/1`, origin: `${base}/feed.php#1` });
    const fourth = items[3];
    // a relative item link is read from the feed's site
    expect(fourth?.ok && fourth.article).toMatchObject({ published: '2023-01-01', url: `${base}/item/4`, title: 'الخبر الرابع كاملاً' });
    expect(items[2]?.ok === false && items[2].origin).toBe(`${base}/feed.php#3`);
  });

  it('with offline, takes the feed\'s own text and fetches no item page', async () => {
    const before = hits.get('/item/1') ?? 0;
    const items = await collect([`${base}/feed.php`], { offline: true });
    expect(codes(items)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(items.map((i) => i.ok && i.article.text)[0]).toBe('الخبر الأول\n\nملخص الخبر الأول.');
    expect(hits.get('/item/1') ?? 0).toBe(before);
  });

  it('an unreachable URL is an error item and the next input is still read', async () => {
    const items = await collect([`http://127.0.0.1:${closedPort}/news`, `${base}/text`]);
    expect(codes(items)).toEqual(['E_URL_UNREACHABLE', 'ok']);
    expect(!items[0]?.ok && items[0]?.error.message).toContain(`127.0.0.1:${closedPort}/news`);
  });

  it('applies the size limit to pages', async () => {
    expect(codes(await collect([`${base}/big`], { maxBytes: 10_000 }))).toEqual(['E_INPUT_TOO_LARGE']);
  });
});

describe('rasid extract URL', () => {
  it('prints the page\'s record, reports the unreachable URL, exits 2', async () => {
    let out = '';
    let err = '';
    const io = { out: (s: string) => { out += s; }, err: (s: string) => { err += s; }, isTTY: false, stdinIsTTY: false };
    const code = await main(['extract', '--format', 'jsonl', '--timeout', '2', `${base}/cp1256`, `http://127.0.0.1:${closedPort}/gone`], io);
    expect(code).toBe(2);
    const records = out.trim().split('\n').map((l) => JSON.parse(l) as { article: { url: string; outlet: string }; text: string });
    expect(records).toHaveLength(1);
    expect(records[0]?.article).toMatchObject({ url: `${base}/cp1256`, outlet: 'موقع المثال' });
    expect(err).toMatch(/E_URL_UNREACHABLE/);
    expect(err).toMatch(/1 of 2 inputs rejected/);
  });
});
