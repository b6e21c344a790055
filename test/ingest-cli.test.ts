// End-to-end: ./bin/rasid extract over web pages, feeds, legacy encodings, directories and standard input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'rasid');
const dir = mkdtempSync(join(tmpdir(), 'rasid-ingest-cli-'));

function rasid(args: string[], input?: string | Buffer): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const records = (out: string): { article: { title: string | null; outlet: string | null; published: string | null }; text: string }[] =>
  out.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));

const P = 'أعلن الجيش السوداني أنه استعاد السيطرة على جسر استراتيجي في الخرطوم بعد معارك عنيفة مع قوات الدعم السريع استمرت يومين.';
const PAGE = `<!DOCTYPE html><html lang="ar"><head><meta charset="windows-1256"><title>معارك الخرطوم</title>
<meta property="og:site_name" content="صحيفة النيل"><meta name="pubdate" content="2023-06-01"></head>
<body><header><a href="/">الرئيسية</a></header><article><h1>معارك الخرطوم</h1><div class="social-share"><a href="#">فيسبوك</a></div><p>${P}</p></article></body></html>`;

describe('rasid extract: inputs beyond .txt and .jsonl', () => {
  it('reads a Windows-1256 web page from standard input', () => {
    const r = rasid(['extract', '--format', 'jsonl'], iconv.encode(PAGE, 'windows-1256'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [rec] = records(r.out);
    expect(rec?.text).toBe(`معارك الخرطوم\n\n${P}`);
    expect(rec?.article).toMatchObject({ title: 'معارك الخرطوم', outlet: 'صحيفة النيل', published: '2023-06-01' });
  });

  it('reads an RSS feed from standard input (its own text: nothing to fetch)', () => {
    const feed = `<rss version="2.0"><channel><title>النيل</title><item><title>خبر</title><description>${P}</description><pubDate>Thu, 01 Jun 2023 22:00:00 +0200</pubDate></item></channel></rss>`;
    const r = rasid(['extract', '--format', 'jsonl', '--offline'], feed);
    expect(r.code).toBe(0);
    expect(records(r.out)[0]).toMatchObject({ text: `خبر\n\n${P}`, article: { outlet: 'النيل', published: '2023-06-01' } });
  });

  it('reads a directory of mixed inputs: ISO-8859-6 text, UTF-16 text, a page, a feed; a bad file is reported and the rest go on', () => {
    const root = join(dir, 'mixed');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, '1-iso.txt'), iconv.encode(P, 'iso-8859-6'));
    writeFileSync(join(root, '2-utf16.txt'), iconv.encode(P, 'utf16le'));
    writeFileSync(join(root, 'sub', '3-page.html'), iconv.encode(PAGE, 'windows-1256'));
    writeFileSync(join(root, 'sub', '4-feed.xml'), '<feed xmlns="http://www.w3.org/2005/Atom"><title>ف</title><entry><title>ع</title><content>نص البند الوحيد.</content></entry></feed>');
    writeFileSync(join(root, 'sub', '5-broken.xml'), '<<<not a feed>>>');
    const r = rasid(['extract', '--format', 'jsonl', root]);
    expect(r.code).toBe(2);
    expect(records(r.out).map((x) => x.text)).toEqual([P, P, `معارك الخرطوم\n\n${P}`, 'ع\n\nنص البند الوحيد.']);
    expect(r.err).toMatch(/1 of 5 inputs rejected/);
    expect(r.err).toMatch(/E_FEED_INVALID .*5-broken\.xml/);
  });

  it('refuses a page over --max-bytes with a clear message', () => {
    const p = join(dir, 'large.html');
    writeFileSync(p, PAGE.replace(P, P.repeat(50)));
    const r = rasid(['extract', '--max-bytes', '2000', p]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_INPUT_TOO_LARGE\s+.*large\.html: \d+ bytes is more than the limit of 2000 bytes/);
    expect(r.err).toMatch(/--max-bytes/);
  });

  it('rejects bad option values: --input, --timeout', () => {
    expect(rasid(['extract', '--input', 'pdf', 'x.txt']).code).toBe(1);
    expect(rasid(['extract', '--timeout', '0', 'x.txt']).err).toMatch(/--timeout must be a positive number/);
  });
});
