import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { decodeInput, firstInvalidUtf8 } from './decode.js';
import { parsePublished, readArticles } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-src-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const codeOf = (f: () => unknown): string | undefined => {
  try { f(); } catch (e) { return (e as InputError).code; }
  return undefined;
};

describe('decodeInput', () => {
  it('decodes UTF-8 and drops a UTF-8 byte-order mark', () => {
    expect(decodeInput(Buffer.from('\uFEFFقال الوزير', 'utf8'), 'a.txt')).toBe('قال الوزير');
  });
  it('decodes UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('غزة', 'utf16le')]);
    expect(decodeInput(le, 'a.txt')).toBe('غزة');
  });
  it('refuses binary input, naming the byte of the first NUL', () => {
    const e = (() => { try { decodeInput(Buffer.from([0x41, 0x42, 0x00, 0x43]), 'b.bin'); } catch (x) { return x as InputError; } })();
    expect(e?.code).toBe('E_INPUT_BINARY');
    expect(e?.position?.byte).toBe(2);
  });
  it('refuses invalid UTF-8 and says where: line, column and byte', () => {
    // Windows-1256 bytes of «قال» on line 2
    const bytes = Buffer.concat([Buffer.from('سطر أول\n', 'utf8'), Buffer.from([0x20, 0xde, 0xc7, 0xe1])]);
    const e = (() => { try { decodeInput(bytes, 'c.txt'); } catch (x) { return x as InputError; } })();
    expect(e?.code).toBe('E_INPUT_ENCODING');
    expect(e?.position).toMatchObject({ file: 'c.txt', line: 2, column: 2 });
    expect(e?.message).toMatch(/c\.txt:2:2: not valid UTF-8/);
    expect(e?.hint).toMatch(/iconv/);
  });
  it('finds the first invalid sequence: overlong, truncated, surrogate', () => {
    expect(firstInvalidUtf8(Buffer.from('abc', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xd8]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });
  it('refuses empty and whitespace-only input', () => {
    expect(codeOf(() => decodeInput(Buffer.alloc(0), 'e.txt'))).toBe('E_INPUT_EMPTY');
    expect(codeOf(() => decodeInput(Buffer.from(' \n\t\r\n'), 'e.txt'))).toBe('E_INPUT_EMPTY');
  });
  it('refuses input above the size limit', () => {
    expect(codeOf(() => decodeInput(Buffer.alloc(11, 0x61), 'big.txt', { maxBytes: 10 }))).toBe('E_INPUT_TOO_LARGE');
  });
});

describe('parsePublished', () => {
  it.each([
    ['2014-11-16', '2014-11-16'],
    ['2015-07-24 15:40:02', '2015-07-24'],
    ['Sat, 28 Dec 2013 04:40:00 +0400', '2013-12-28'],
    ['2018-04-08T23:30:00-05:00', '2018-04-08'],
    ['2014-02-30', null],
    ['yesterday', null],
  ])('%s → %s', (input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });
});

describe('readArticles', () => {
  it('reads a .txt file verbatim, CRLF and all', () => {
    const text = 'العنوان\r\n\r\nقال الوزير إن المحادثات ستستأنف.\r\n';
    const items = [...readArticles([file('a.txt', text)], { published: '2020-01-02' })];
    expect(items).toHaveLength(1);
    const it0 = items[0];
    expect(it0?.ok && it0.article.text).toBe(text);
    expect(it0?.ok && it0.article.published).toBe('2020-01-02');
  });

  it('reads JSONL: title + blank line + body, own dates, and reports a bad line by number while the rest go on', () => {
    const p = file('b.jsonl', [
      JSON.stringify({ id: 'x1', title: 'عنوان', body: 'نص الخبر.', published: 'Sat, 28 Dec 2013 04:40:00 +0400', outlet: 'مثال' }),
      '{not json',
      '',
      JSON.stringify({ id: 7, text: 'نص آخر.' }),
      JSON.stringify({ id: 'no-body', title: 'عنوان فقط' }),
      JSON.stringify(['an', 'array']),
    ].join('\n'));
    const items = [...readArticles([p], { published: '2020-01-01' })];
    expect(items.map((i) => (i.ok ? i.article.id : i.error.code))).toEqual(['x1', 'E_JSONL_PARSE', '7', 'E_JSONL_RECORD', 'E_JSONL_RECORD']);
    const first = items[0];
    expect(first?.ok && first.article).toMatchObject({ text: 'عنوان\n\nنص الخبر.', title: 'عنوان', published: '2013-12-28', outlet: 'مثال' });
    const third = items[2];
    expect(third?.ok && third.article.published).toBe('2020-01-01');
    const bad = items[1];
    expect(!bad?.ok && bad?.error.position).toMatchObject({ line: 2 });
    expect(!bad?.ok && bad?.error.message).toMatch(/b\.jsonl:2/);
  });

  it('a missing file is an error item, and the next file is still read', () => {
    const items = [...readArticles([join(dir, 'missing.txt'), file('c.txt', 'نص')])];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E_INPUT_NOT_FOUND', 'ok']);
  });

  it('refuses formats rasid does not read, and large files before reading them', () => {
    const items = [...readArticles([file('d.pdf', '%PDF-1.4 نص'), file('e.txt', 'x'.repeat(100))], { maxBytes: 50 })];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E_INPUT_FORMAT', 'E_INPUT_TOO_LARGE']);
  });

  it('gives the same text the same id', () => {
    const a = [...readArticles([file('f.txt', 'نص واحد')])][0];
    const b = [...readArticles([file('g.txt', 'نص واحد')])][0];
    expect(a?.ok && a.article.id).toBe(b?.ok && b.article.id);
    expect(a?.ok && a.article.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('readArticles: pages, directories, formats', () => {
  const P = 'قال رئيس الوزراء العراقي إن الحكومة ستعيد فتح المعابر الحدودية مع سوريا الأسبوع المقبل بعد إغلاق دام شهرين بسبب الأوضاع الأمنية في المنطقة.';
  const html = (title: string): string => `<html><head><title>${title}</title><meta property="og:site_name" content="المنبر"></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>${title}</h1><p>${P}</p></article></body></html>`;

  it('reads a web page: title + blank line + the article\'s text, outlet, date or the fallback date', () => {
    const items = [...readArticles([file('page.html', html('فتح المعابر'))], { published: '2022-02-02' })];
    const first = items[0];
    expect(first?.ok && first.article).toMatchObject({ title: 'فتح المعابر', text: `فتح المعابر\n\n${P}`, outlet: 'المنبر', published: '2022-02-02', url: null });
  });

  it('reports a page without article text, and a page over the size limit', () => {
    const items = [...readArticles([file('empty.htm', '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'), file('big.html', html('ك'.repeat(200)))], { maxBytes: 300 })];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E_INPUT_EMPTY', 'E_INPUT_TOO_LARGE']);
    expect(!items[0]?.ok && items[0]?.error.message).toMatch(/no article text found/);
  });

  it('reads a directory recursively in name order, files of known kinds only, hidden entries skipped', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'deep'), { recursive: true });
    mkdirSync(join(root, '.cache'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'نص أول');
    writeFileSync(join(root, 'b', 'deep', 'c.html'), html('صفحة'));
    writeFileSync(join(root, 'b', 'd.jsonl'), `${JSON.stringify({ id: 'j1', text: 'نص من سطر' })}\n`);
    writeFileSync(join(root, 'b', 'e.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    writeFileSync(join(root, '.cache', 'f.txt'), 'مخفي');
    writeFileSync(join(root, '.hidden.txt'), 'مخفي');
    writeFileSync(join(root, 'z.ndjson'), `${JSON.stringify({ id: 'j2', body: 'نص آخر' })}\n`);
    const items = [...readArticles([root])];
    expect(items.map((i) => (i.ok ? i.article.origin.slice(root.length + 1) : i.error.code))).toEqual(['a.txt', 'b/d.jsonl:1', 'b/deep/c.html', 'z.ndjson:1']);
  });

  it('sniffs a file without a known extension: a page, a feed, JSON lines or text', () => {
    const items = [...readArticles([
      file('page', html('صفحة بلا امتداد')),
      file('feed', '<rss version="2.0"><channel><title>ق</title><item><title>ع</title><description>نص البند.</description></item></channel></rss>'),
      file('lines', `${JSON.stringify({ id: 'x', text: 'نص' })}\n`),
      file('notes.md', 'نص عادي'),
    ])];
    expect(items.map((i) => (i.ok ? i.article.text : i.error.code))).toEqual([`صفحة بلا امتداد\n\n${P}`, 'ع\n\nنص البند.', 'نص', 'نص عادي']);
  });

  it('--input forces a format whatever the extension', () => {
    const p = file('page.txt', html('صفحة'));
    const asText = [...readArticles([p])][0];
    const asHtml = [...readArticles([p], { format: 'html' })][0];
    expect(asText?.ok && asText.article.text.startsWith('<html>')).toBe(true);
    expect(asHtml?.ok && asHtml.article.text).toBe(`صفحة\n\n${P}`);
  });

  it('reports URLs as not read by the synchronous reader', () => {
    const items = [...readArticles(['https://example.org/a'])];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E_INPUT_FORMAT']);
  });
});
