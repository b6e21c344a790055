// Web pages to articles: the main text (Readability over linkedom, page chrome removed), title, date, outlet, canonical URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import { createNormaliser, type Normaliser } from '../text/normalise.js';

export const HtmlRulesSchema = z.strictObject({
  $comment: z.string().optional(),
  remove: z.array(z.string().min(1)),
  chromeWords: z.array(z.string().min(1)),
  relatedHeadings: z.array(z.string().min(1)),
  shareWords: z.array(z.string().min(1)),
  dateMeta: z.array(z.string().min(1)),
  outletMeta: z.array(z.string().min(1)),
  titleSeparators: z.array(z.string().min(1)),
});
export type HtmlRulesData = z.infer<typeof HtmlRulesSchema>;

/** The page-reading rules of data/ingest/html.json, compiled. */
export interface HtmlRules {
  readonly removeSelector: string;
  readonly chromeWords: ReadonlySet<string>;
  /** Matching keys of the related-links headings. */
  readonly relatedHeadings: readonly string[];
  /** Matching keys of the share-button words (several-word entries as one key). */
  readonly shareWords: readonly string[];
  readonly dateMeta: readonly string[];
  readonly outletMeta: readonly string[];
  readonly titleSeparators: readonly string[];
  readonly normaliser: Normaliser;
}

/** Compiles the page-reading rules. */
export function compileHtmlRules(data: HtmlRulesData, normaliser: Normaliser = createNormaliser()): HtmlRules {
  const key = (s: string): string => plainKey(normaliser, s);
  return {
    removeSelector: data.remove.join(','),
    chromeWords: new Set(data.chromeWords.map((w) => w.toLowerCase())),
    relatedHeadings: [...new Set(data.relatedHeadings.map(key))].sort((a, b) => b.length - a.length),
    shareWords: [...new Set(data.shareWords.map(key))].sort((a, b) => b.length - a.length),
    dateMeta: data.dateMeta.map((k) => k.toLowerCase()),
    outletMeta: data.outletMeta.map((k) => k.toLowerCase()),
    titleSeparators: data.titleSeparators,
    normaliser,
  };
}

/** Loads data/ingest/html.json (validated) and compiles it. */
export function loadHtmlRules(dataDir: string = DEFAULT_DATA_DIR): HtmlRules {
  return compileHtmlRules(loadDataFile('ingest/html.json', HtmlRulesSchema, dataDir));
}

/** A matching key with punctuation folded to spaces: «اقرأ أيضاً:» and «اقرا ايضا» meet. */
function plainKey(n: Normaliser, s: string): string {
  return n.key(s).toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

// The small part of the DOM this module uses (linkedom implements it; the project is compiled without DOM types).
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
}
interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT = 1;
const TEXT = 3;

/** What a page says about itself and its article. */
export interface PageArticle {
  title: string | null;
  /** The article's paragraphs, separated by blank lines. */
  body: string;
  /** title + "\n\n" + body, or the body alone when there is no title: the text analysed. */
  text: string;
  published: string | null;
  outlet: string | null;
  /** The canonical URL (link rel=canonical, og:url), absolute; else the page's own URL when known. */
  url: string | null;
}

export interface PageOptions {
  /** The URL the page was fetched from: resolves relative canonical links, and is the fallback URL. */
  url?: string | null;
  /** Reads a publication date as YYYY-MM-DD (the ingest's parsePublished). */
  parseDate: (value: string) => string | null;
}

function parseDocument(html: string): DomDocument {
  // linkedom needs a root element to build a full document from a fragment.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

const all = <T>(list: ArrayLike<T>): T[] => Array.from(list);
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** <meta> values by lower-cased name, property, itemprop or http-equiv; the first of each name wins. */
function metaValues(doc: DomDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const m of all(doc.querySelectorAll('meta'))) {
    const content = squash(m.getAttribute('content') ?? m.getAttribute('datetime'));
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr)?.trim().toLowerCase();
      if (k && !metas.has(k)) metas.set(k, content);
    }
  }
  return metas;
}

/** Every object of the page's JSON-LD blocks (arrays and @graph flattened); blocks that do not parse are skipped. */
function jsonLdObjects(doc: DomDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of all(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((s.textContent ?? '').trim()), 0);
    } catch {
      // a broken JSON-LD block says nothing; the other sources of metadata still count
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle)$/;

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') return str((v as { name: string }).name);
  if (Array.isArray(v)) for (const x of v) { const s = str(x); if (s) return s; }
  return null;
}

/** The JSON-LD article objects first, then the others. */
function ldByPreference(ld: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...ld.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))), ...ld.filter((o) => !typesOf(o).some((t) => ARTICLE_TYPES.test(t)))];
}

function publishedOf(doc: DomDocument, metas: Map<string, string>, ld: Record<string, unknown>[], rules: HtmlRules, parse: (v: string) => string | null): string | null {
  for (const k of rules.dateMeta) {
    const v = metas.get(k);
    const d = v ? parse(v) : null;
    if (d) return d;
  }
  for (const o of ldByPreference(ld)) {
    const v = str(o.datePublished) ?? str(o.dateCreated);
    const d = v ? parse(v) : null;
    if (d) return d;
  }
  const times = [
    ...all(doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')),
    ...all(doc.querySelectorAll('article time, main time')),
    ...all(doc.querySelectorAll('time')),
  ];
  for (const t of times) {
    const v = t.getAttribute('datetime') ?? t.textContent;
    const d = v ? parse(v) : null;
    if (d) return d;
  }
  return null;
}

function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href || href.trim() === '') return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The headline without the site name that <title> often carries ("الخبر | الموقع"). */
function stripSiteName(title: string, outlet: string | null, rules: HtmlRules): string {
  for (const sep of rules.titleSeparators) {
    const parts = title.split(sep).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length < 2) continue;
    if (outlet) {
      const keep = parts.filter((p) => p !== outlet);
      if (keep.length < parts.length && keep.length > 0) return keep.join(sep.trim() === '' ? ' ' : sep);
    }
    // the longest part is the headline when it is clearly longer than the rest
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(/\s+/).length >= 3) return longest;
  }
  return title;
}

function linkDensity(el: DomElement): number {
  const text = squash(el.textContent).length;
  if (text === 0) return 0;
  let links = 0;
  for (const a of all(el.querySelectorAll('a'))) links += squash(a.textContent).length;
  return links / text;
}

function classWords(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  const whole = raw.split(/\s+/).filter((w) => w !== '');
  return [...whole, ...whole.flatMap((w) => w.split(/[-_]+/))];
}

/** Holds the article's own paragraphs: never removed as chrome. */
function holdsArticle(el: DomElement): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return true;
  let long = 0;
  for (const p of all(el.querySelectorAll('p'))) {
    if (squash(p.textContent).length >= 120 && linkDensity(p) < 0.3 && ++long >= 2) return true;
  }
  return false;
}

/** Drops page chrome before the article is located: scripts, navigation, headers outside the article, share bars … */
function removeChrome(doc: DomDocument, rules: HtmlRules): void {
  for (const el of all(doc.querySelectorAll(rules.removeSelector))) el.remove();
  for (const el of all(doc.querySelectorAll('header'))) if (!el.closest('article')) el.remove();
  for (const el of all(doc.querySelectorAll('[class], [id]'))) {
    if (!doc.documentElement.contains(el)) continue; // already removed with an ancestor
    if (classWords(el).some((w) => rules.chromeWords.has(w)) && !holdsArticle(el)) el.remove();
  }
}

function startsWithKey(text: string, keys: readonly string[]): string | null {
  for (const k of keys) if (text === k || text.startsWith(`${k} `)) return k;
  return null;
}

/** Only share-button words: «شارك: فيسبوك تويتر واتساب». */
function onlyShareWords(text: string, rules: HtmlRules): boolean {
  let rest = text;
  if (rest === '') return false;
  for (let guard = 0; rest !== '' && guard < 50; guard++) {
    const k = startsWithKey(rest, rules.shareWords);
    if (!k) return false;
    rest = rest.slice(k.length).trim();
  }
  return rest === '';
}

/** Drops what Readability keeps of related-links lists and share buttons inside the article. */
function removeArticleChrome(root: DomElement, rules: HtmlRules): void {
  for (const el of all(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue; // already removed with an ancestor
    const tag = el.tagName.toLowerCase();
    const raw = squash(el.textContent);
    if (raw === '') continue;
    // only the start of a long block can be a heading; only a short block can be a row of share buttons
    const short = raw.length <= 200;
    const k = plainKey(rules.normaliser, short ? raw : raw.slice(0, 80));
    if (short && onlyShareWords(k, rules)) { el.remove(); continue; }
    const heading = startsWithKey(k, rules.relatedHeadings);
    if (heading) {
      if (short && k === heading) {
        // a heading alone: drop it with the list of links that follows it
        const next = el.nextElementSibling;
        if (next && (/^(ul|ol|dl|table)$/i.test(next.tagName) || linkDensity(next) >= 0.5)) next.remove();
        el.remove();
        continue;
      }
      if (linkDensity(el) >= 0.4 && !holdsArticle(el)) { el.remove(); continue; }
    }
    if ((tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'dl') && linkDensity(el) >= 0.5) el.remove();
  }
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'address', 'hr', 'details',
  'summary', 'center',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'img', 'video', 'audio', 'picture', 'iframe']);

/** The text of an element: one paragraph per block, blank lines between paragraphs, `<br>` as a line break. */
export function elementText(root: DomNode): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const flushLine = (): void => {
    const l = line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
    if (l !== '') lines.push(l);
    line = '';
  };
  const flush = (): void => {
    flushLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT) { line += (node.textContent ?? '').replace(/[\r\n]+/g, ' '); return; }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') { flushLine(); return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of all(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of an HTML fragment (a feed item's content): paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const doc = parseDocument(html);
  return elementText(doc.body ?? doc.documentElement);
}

/**
 * Reads a web page: the article text without page chrome, its title, publication date (meta tags, JSON-LD,
 * `<time>`), outlet (og:site_name) and canonical URL. The body is empty when the page holds no text.
 * @example
 *   extractPage(html, rules, { url: 'https://example.org/a/1', parseDate }).text // 'العنوان\n\nالفقرة الأولى …'
 */
export function extractPage(html: string, rules: HtmlRules, opts: PageOptions): PageArticle {
  const doc = parseDocument(html);
  const metas = metaValues(doc);
  const ld = jsonLdObjects(doc);
  const ldArticles = ldByPreference(ld);

  const outlet = rules.outletMeta.map((k) => metas.get(k)).find((v) => v) ?? ldArticles.map((o) => str(o.publisher)).find((v) => v) ?? null;
  const published = publishedOf(doc, metas, ld, rules, opts.parseDate);
  const base = opts.url ?? null;
  const url = absoluteUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ?? absoluteUrl(metas.get('og:url'), base) ?? absoluteUrl(base, null);

  removeChrome(doc, rules);
  const h1 = squash(doc.querySelector('article h1, main h1')?.textContent) || null;
  const docTitle = squash(doc.querySelector('title')?.textContent);
  const title =
    h1 ??
    metas.get('og:title') ??
    ldArticles.map((o) => str(o.headline)).find((v) => v) ??
    (squash(doc.querySelector('h1')?.textContent) || (docTitle ? stripSiteName(docTitle, outlet, rules) : null)) ??
    null;

  let content: DomElement | null = null;
  try {
    const parsed = new Readability<DomElement>(doc as never, { serializer: (n) => n as unknown as DomElement, charThreshold: 200 }).parse();
    content = parsed?.content ?? null;
  } catch {
    content = null; // Readability gives up on some malformed trees; the page's body is read instead
  }
  const root = content && squash(content.textContent) !== '' ? content : doc.body ?? doc.documentElement;
  removeArticleChrome(root, rules);
  let body = elementText(root);
  // The headline is the article's first line already: do not repeat it in the body.
  if (title) {
    const first = body.split('\n\n', 1)[0] ?? '';
    if (squash(first) === squash(title)) body = body.slice(first.length).replace(/^\n+/, '');
  }
  const cleanTitle = title ? squash(title) : null;
  return { title: cleanTitle, body, text: cleanTitle && body !== '' ? `${cleanTitle}\n\n${body}` : body, published, outlet: outlet ? squash(outlet) : null, url };
}
