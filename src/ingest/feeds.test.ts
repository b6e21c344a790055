import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../errors.js';
import { parseFeedText, sniffFormat } from './feeds.js';
import { parsePublished, readArticles, type SourceItem } from './sources.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>وكالة المثال للأنباء</title>
  <link>https://agency.example/</link>
  <item>
    <title>اشتباكات في طرابلس</title>
    <link>https://agency.example/news/1</link>
    <guid>https://agency.example/news/1</guid>
    <pubDate>Tue, 10 Oct 2023 01:30:00 +0300</pubDate>
    <description>&lt;p&gt;اشتباكات في طرابلس&lt;/p&gt;&lt;p&gt;اندلعت اشتباكات بين مجموعتين مسلحتين في العاصمة الليبية طرابلس مساء أمس.&lt;/p&gt;</description>
  </item>
  <item>
    <title>قمة عربية في الرياض</title>
    <link>https://agency.example/news/2</link>
    <dc:date>2023-10-11T09:00:00+03:00</dc:date>
    <content:encoded><![CDATA[<p>افتتحت في الرياض اليوم أعمال القمة العربية بحضور قادة الدول الأعضاء.</p><p>وناقش القادة الأوضاع في المنطقة.</p>]]></content:encoded>
  </item>
  <item>
    <title>عنوان بلا نص</title>
    <link>https://agency.example/news/3</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>صحيفة المثال</title>
  <link href="https://paper.example/"/>
  <entry>
    <title>مظاهرات في الخرطوم</title>
    <link rel="alternate" href="https://paper.example/a/7"/>
    <id>urn:paper:7</id>
    <published>2023-04-15T23:45:00+02:00</published>
    <updated>2023-04-16T10:00:00Z</updated>
    <content type="html">&lt;p&gt;خرج آلاف المتظاهرين في الخرطوم للمطالبة بتسليم السلطة إلى حكومة مدنية.&lt;/p&gt;</content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'نشرة المثال',
  home_page_url: 'https://bulletin.example/',
  items: [
    { id: '1', url: 'https://bulletin.example/1', title: 'زلزال في المغرب', content_html: '<p>ضرب زلزال بقوة سبع درجات منطقة الحوز.</p>', date_published: '2023-09-09T00:30:00+01:00' },
    { id: 2, external_url: 'https://other.example/x', content_text: 'نص عادي\nمن سطرين.', date_published: 'not a date' },
    'not an object',
  ],
});

describe('sniffFormat', () => {
  it.each([
    [RSS, 'feed'],
    [ATOM, 'feed'],
    ['<!-- generated --><rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'feed'],
    [JSON_FEED, 'jsonfeed'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <p>نص</p>', 'html'],
    ['{"id":1,"text":"نص"}\n{"id":2,"text":"آخر"}', 'jsonl'],
    ['قال الوزير', 'txt'],
  ])('%#: %s…', (text, expected) => {
    expect(sniffFormat(text)).toBe(expected);
  });
});

describe('parseFeedText', () => {
  it('reads RSS 2.0: items, page URLs, the outlet\'s calendar day, content:encoded over description', () => {
    const feed = parseFeedText(RSS, 'a.rss', parsePublished);
    expect(feed).toMatchObject({ format: 'rss', title: 'وكالة المثال للأنباء' });
    expect(feed.items.map((i) => [i.url, i.published])).toEqual([
      ['https://agency.example/news/1', '2023-10-10'], // 01:30 +03:00 is still the 9th in UTC
      ['https://agency.example/news/2', '2023-10-11'],
      ['https://agency.example/news/3', null],
    ]);
    expect(feed.items[1]?.content).toContain('<p>افتتحت في الرياض');
  });

  it('reads Atom and JSON Feed', () => {
    const atom = parseFeedText(ATOM, 'a.atom', parsePublished);
    expect(atom.format).toBe('atom');
    expect(atom.items[0]).toMatchObject({ url: 'https://paper.example/a/7', title: 'مظاهرات في الخرطوم', published: '2023-04-15', id: 'urn:paper:7' });
    const json = parseFeedText(JSON_FEED, 'a.json', parsePublished);
    expect(json).toMatchObject({ format: 'json', title: 'نشرة المثال', url: 'https://bulletin.example/' });
    expect(json.items).toHaveLength(2);
    expect(json.items[0]).toMatchObject({ published: '2023-09-09', contentIsHtml: true });
    expect(json.items[1]).toMatchObject({ id: '2', url: 'https://other.example/x', published: null, content: 'نص عادي\nمن سطرين.', contentIsHtml: false });
  });

  it.each([
    ['not XML at all', '<<< &&& >>>'],
    ['an HTML page', '<html><body><p>نص</p></body></html>'],
    ['JSON that is not a JSON Feed', '{"version": "2", "items": []}'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1", "items": ['],
  ])('refuses %s with E_FEED_INVALID', (_what, text) => {
    let err: InputError | undefined;
    try { parseFeedText(text, 'bad.xml', parsePublished); } catch (e) { err = e as InputError; }
    expect(err?.code).toBe('E_FEED_INVALID');
    expect(err?.message).toMatch(/^bad\.xml: /);
  });

  it('reads what it can of a truncated feed', () => {
    const cut = RSS.slice(0, RSS.indexOf('<item>', RSS.indexOf('</item>')) + 30);
    const feed = parseFeedText(cut, 'cut.rss', parsePublished);
    expect(feed.items[0]?.title).toBe('اشتباكات في طرابلس');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'rasid-feeds-'));
const put = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const summary = (items: SourceItem[]): string[] => items.map((i) => (i.ok ? `${i.article.origin} ${i.article.title ?? ''}` : `${i.origin} ${i.error.code}`));

describe('readArticles over feed files (the text each item carries)', () => {
  it('makes one article per item: headline, blank line, text; the feed names the outlet; an item without text is reported', () => {
    const p = put('agency.rss', RSS);
    const items = [...readArticles([p], { published: '2020-01-01' })];
    expect(summary(items)).toEqual([`${p}#1 اشتباكات في طرابلس`, `${p}#2 قمة عربية في الرياض`, `${p}#3 E_INPUT_EMPTY`]);
    const first = items[0];
    // the description repeats the headline: it is not repeated in the text
    expect(first?.ok && first.article).toMatchObject({
      text: 'اشتباكات في طرابلس\n\nاندلعت اشتباكات بين مجموعتين مسلحتين في العاصمة الليبية طرابلس مساء أمس.',
      outlet: 'وكالة المثال للأنباء',
      url: 'https://agency.example/news/1',
      published: '2023-10-10',
    });
    const second = items[1];
    expect(second?.ok && second.article.text).toBe('قمة عربية في الرياض\n\nافتتحت في الرياض اليوم أعمال القمة العربية بحضور قادة الدول الأعضاء.\n\nوناقش القادة الأوضاع في المنطقة.');
    const third = items[2];
    expect(!third?.ok && third?.error.message).toMatch(/carries only a title/);
  });

  it('reads a Windows-1256 feed declared in its XML declaration', () => {
    const xml = RSS.replace('encoding="UTF-8"', 'encoding="windows-1256"');
    const items = [...readArticles([put('legacy.xml', iconv.encode(xml, 'windows-1256'))])];
    const first = items[0];
    expect(first?.ok && first.article.title).toBe('اشتباكات في طرابلس');
  });

  it('reads Atom (.atom) and JSON Feed (.json) files; a .json file that is no feed is reported', () => {
    const items = [...readArticles([put('paper.atom', ATOM), put('bulletin.json', JSON_FEED), put('other.json', '{"a": 1}')])];
    expect(items.map((i) => (i.ok ? i.article.outlet : i.error.code))).toEqual(['صحيفة المثال', 'نشرة المثال', 'نشرة المثال', 'E_FEED_INVALID']);
    const plain = items[2];
    expect(plain?.ok && plain.article.text).toBe('نص عادي\nمن سطرين.');
  });
});
