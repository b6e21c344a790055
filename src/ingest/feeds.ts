// News feeds: RSS 2.0 / RSS 1.0 and Atom (through @rowanmanning/feed-parser) and JSON Feed, read into a list of items.
import { parseFeed } from '@rowanmanning/feed-parser';
import { z } from 'zod';
import { InputError } from '../errors.js';

/** One entry of a feed. */
export interface FeedEntry {
  id: string | null;
  /** The item's page. */
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, the calendar day the feed wrote. */
  published: string | null;
  /** The item's content as the feed carries it (HTML, or plain text for a JSON Feed content_text). */
  content: string | null;
  contentIsHtml: boolean;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  url: string | null;
  items: FeedEntry[];
}

/** What a text looks like from its first characters: a JSON Feed, an XML feed, an HTML page, JSON lines or plain text. */
export type Sniffed = 'jsonfeed' | 'feed' | 'html' | 'jsonl' | 'txt';

/**
 * Guesses the format of a decoded input from its start: `<rss`, `<feed`, `<rdf:RDF` (after an optional XML
 * declaration and comments) is a feed; other markup is HTML; a JSON object with a jsonfeed.org `version` is a JSON
 * Feed; other `{` lines are JSONL; anything else is text.
 */
export function sniffFormat(text: string): Sniffed {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    const body = head.replace(/^(<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
    if (/^<(rss|feed|rdf:RDF|RDF)[\s>]/i.test(body)) return 'feed';
    return 'html';
  }
  if (head.startsWith('{')) {
    if (/^\{[\s\S]*?"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return 'jsonfeed';
    return 'jsonl';
  }
  return 'txt';
}

const JsonFeedItem = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    external_url: z.string().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    date_published: z.string().optional(),
  })
  .loose();
const JsonFeed = z
  .object({
    version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\//, 'a jsonfeed.org version URL'),
    title: z.string().optional(),
    home_page_url: z.string().optional(),
    items: z.array(z.unknown()),
  })
  .loose();

const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

function parseJsonFeed(text: string, name: string, parseDate: (v: string) => string | null): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError('E_FEED_INVALID', `${name}: not a JSON Feed: ${(err as Error).message}.`, { position: { file: name } });
  }
  const feed = JsonFeed.safeParse(json);
  if (!feed.success) {
    const why = feed.error.issues.map((x) => `${x.path.join('.') || 'feed'}: ${x.message}`).join('; ');
    throw new InputError('E_FEED_INVALID', `${name}: not a JSON Feed (${why}).`, { position: { file: name } });
  }
  const items: FeedEntry[] = [];
  for (const raw of feed.data.items) {
    const it = JsonFeedItem.safeParse(raw);
    if (!it.success) continue; // an item that is not an object carries nothing to read
    const i = it.data;
    const html = nonEmpty(i.content_html);
    const plain = nonEmpty(i.content_text) ?? nonEmpty(i.summary);
    items.push({
      id: i.id === undefined ? null : String(i.id),
      url: nonEmpty(i.url) ?? nonEmpty(i.external_url),
      title: nonEmpty(i.title),
      published: i.date_published ? parseDate(i.date_published) : null,
      content: html ?? plain,
      contentIsHtml: html !== null,
    });
  }
  return { format: 'json', title: nonEmpty(feed.data.title), url: nonEmpty(feed.data.home_page_url), items };
}

type XmlFeed = ReturnType<typeof parseFeed>;
type XmlItem = XmlFeed['items'][number];

/** The date the feed wrote, read from the raw element so that the outlet's calendar day is kept. */
function itemDate(item: XmlItem, parseDate: (v: string) => string | null): string | null {
  for (const tag of ['pubdate', 'published', 'issued', 'date', 'updated', 'modified']) {
    const raw = item.element.findElementWithName(tag)?.textContent;
    const d = raw ? parseDate(raw) : null;
    if (d) return d;
  }
  const d = item.published ?? item.updated;
  return d ? d.toISOString().slice(0, 10) : null;
}

/**
 * Parses a feed: RSS (0.9x, 1.0, 2.0), Atom or JSON Feed. Throws E_FEED_INVALID when the text is not a feed.
 * @example
 *   parseFeedText(xml, 'news.rss', parsePublished).items[0] // { url, title, published: '2024-01-10', content, … }
 */
export function parseFeedText(text: string, name: string, parseDate: (v: string) => string | null): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '');
  if (sniffFormat(body) === 'jsonfeed' || /^\s*\{/.test(body)) return parseJsonFeed(body, name, parseDate);
  let feed: XmlFeed;
  try {
    feed = parseFeed(body);
  } catch (err) {
    const why = (err as { code?: string }).code === 'INVALID_FEED' ? 'no <rss>, <feed> or <rdf:RDF> element' : (err as Error).message;
    throw new InputError('E_FEED_INVALID', `${name}: not an RSS or Atom feed (${why}).`, { position: { file: name } });
  }
  const items: FeedEntry[] = feed.items.map((item) => {
    const content = nonEmpty(item.content) ?? nonEmpty(item.description);
    return {
      id: nonEmpty(item.id),
      url: nonEmpty(item.url),
      title: nonEmpty(item.title),
      published: itemDate(item, parseDate),
      content,
      contentIsHtml: true,
    };
  });
  return { format: feed.meta.type === 'atom' ? 'atom' : 'rss', title: nonEmpty(feed.title), url: nonEmpty(feed.url), items };
}
