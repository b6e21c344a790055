// What both SQL backends share: filter validation, the read queries, record assembly, snippets.
import { PLOVER_TYPES, SECTORS, STANCES, type Entity, type Extraction } from '../contract/extraction.js';
import { StoreError } from '../errors.js';
import { fromRows, type KeyFn } from './rows.js';
import type { AnalysedQuery, TermAnalyser } from './terms.js';
import {
  QUAD_CLASSES,
  type ActorDetail, type ActorFilter, type ActorId, type ActorSummary, type ArticleFilter, type ArticleSummary,
  type EventFilter, type EventPlace, type EventRow, type Page, type PageOf, type PloverType, type QuadClass,
  type SearchHit, type SearchQuery, type Snippet, type StoreStats, type Story, type StoryFilter,
} from './types.js';

export type Row = Record<string, unknown>;

/** A fragment of SQL with `?` placeholders and its parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

/**
 * LIMIT and OFFSET written into the SQL: whole numbers checked by `page`, never text from outside; the planner then
 * knows how few rows are wanted (a bound LIMIT makes SQLite plan for all rows).
 */
export function limitSql(limit: number, offset: number): string {
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(offset) || limit < 1 || offset < 0) throw queryError('invalid page.');
  return `LIMIT ${limit} OFFSET ${offset}`;
}

export function page(p: Page | undefined): { limit: number; offset: number } {
  const limit = p?.limit ?? DEFAULT_LIMIT;
  const offset = p?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw queryError(`limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}.`);
  if (!Number.isInteger(offset) || offset < 0) throw queryError(`offset must be a whole number ≥ 0, not ${offset}.`);
  return { limit, offset };
}

export function queryError(message: string): StoreError {
  return new StoreError('E_STORE_QUERY', message);
}

const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

function checkEnum(name: string, values: readonly string[] | undefined, allowed: readonly string[]): void {
  for (const v of values ?? []) if (!allowed.includes(v)) throw queryError(`${name} "${v}" is not one of ${allowed.join(', ')}.`);
}

function checkDate(name: string, v: string | undefined): void {
  if (v !== undefined && !DATE.test(v)) throw queryError(`${name} must be a date written YYYY-MM-DD (or YYYY-MM, YYYY), not "${v}".`);
}

/** `to` bound as the last day it covers: 2024-03 → 2024-03-31 (compared as text, so 2024-03-\uffff works). */
function upper(to: string): string {
  return to.length === 10 ? to : `${to}\uffff`;
}

const inList = (col: string, values: readonly unknown[], out: Sql): string => {
  out.params.push(...values);
  return `${col} IN (${values.map(() => '?').join(', ')})`;
};

/**
 * The shared half of a SQL store. A backend supplies the connection (`all`), the full-text condition and the
 * writes; the read queries below use `?` placeholders and only SQL that SQLite and PostgreSQL both accept.
 */
export abstract class SqlReader {
  abstract readonly backend: 'sqlite' | 'postgres';
  protected abstract all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /**
   * A condition true when the article matches the analysed query (one `?`, for `ftsParam`): `alias` names the
   * joined articles, `pk` the column holding the article's pk (a.pk, or e.article_pk to let events drive).
   */
  protected abstract ftsCondition(alias: string, pk: string): string;
  protected abstract ftsParam(q: AnalysedQuery): string;
  /**
   * The ranked full-text query over articles `a` narrowed by `where` (may be empty): the number of matches, and the
   * page asked for as rows of pk, id, title, outlet, url, published, score (higher is better).
   */
  protected abstract ranked(q: AnalysedQuery, where: Sql, limit: number, offset: number): Promise<{ total: number; rows: Row[] }>;

  constructor(
    protected readonly analyser: TermAnalyser,
    protected readonly key: KeyFn,
  ) {}

  protected analyse(q: string): AnalysedQuery {
    const a = this.analyser.query(q);
    if (a.groups.length === 0) throw queryError(`The query "${q}" holds no word to search for.`);
    return a;
  }

  // ----- filters -----

  /**
   * Conditions on events `e` (joined with articles `a` unless `inArticle`). Conditions on actors and stories are
   * answered from their own indexes, once, as (article_pk, vid) sets. `inArticle`: the conditions go inside
   * `a.pk IN (SELECT e.article_pk FROM events e WHERE …)`, so they name no article column (the caller applies the
   * filter's outlet, q and articleId to the article itself).
   */
  protected eventWhere(f: EventFilter, out: Sql, inArticle = false): string[] {
    const w: string[] = [];
    const types = list(f.type);
    checkEnum('type', types, PLOVER_TYPES);
    if (types) w.push(inList('e.type', types, out));
    const quads = list(f.quad);
    checkEnum('quad', quads, QUAD_CLASSES);
    if (quads) w.push(inList('e.quad', quads, out));
    const stances = list(f.stance);
    checkEnum('stance', stances, STANCES);
    if (stances) w.push(inList('e.stance', stances, out));
    const outlets = list(f.outlet);
    if (outlets && !inArticle) w.push(inList('a.outlet', outlets, out));
    checkDate('from', f.from);
    checkDate('to', f.to);
    if (f.from) { w.push('e.sort_date >= ?'); out.params.push(f.from); }
    if (f.to) { w.push('e.sort_date <= ?'); out.params.push(upper(f.to)); }
    const actors = (cond: string): string => `(e.article_pk, e.vid) IN (SELECT x.article_pk, x.vid FROM event_actors x WHERE ${cond})`;
    if (f.actor !== undefined) {
      const role = f.role ?? 'any';
      if (role !== 'any' && role !== 'source' && role !== 'target') throw queryError(`role must be source, target or any, not "${role}".`);
      const match = this.actorMatch('x', f.actor, out);
      if (role !== 'any') out.params.push(role);
      w.push(actors(`${match}${role === 'any' ? '' : ' AND x.role = ?'}`));
    }
    if (f.country !== undefined) {
      w.push('(e.article_pk, e.vid) IN (SELECT p.article_pk, p.vid FROM events p WHERE p.place_country = ? UNION SELECT x.article_pk, x.vid FROM event_actors x WHERE x.country = ?)');
      out.params.push(f.country, f.country);
    }
    if (f.sector !== undefined) {
      checkEnum('sector', [f.sector], SECTORS);
      w.push(actors('x.sector = ?'));
      out.params.push(f.sector);
    }
    if (f.place !== undefined) {
      const ref = f.place.startsWith('ref:') ? f.place.slice(4) : f.place;
      w.push('(e.place_ref = ? OR e.place_key = ?)');
      out.params.push(ref, this.key(f.place));
    }
    if (f.bbox !== undefined) {
      const b = f.bbox;
      if (!Array.isArray(b) || b.length !== 4 || !b.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        throw queryError('bbox must be four numbers: west, south, east, north.');
      }
      const [west, south, east, north] = b;
      if (south > north) throw queryError(`bbox: south (${south}) is above north (${north}).`);
      w.push('e.lat IS NOT NULL AND e.lat >= ? AND e.lat <= ?');
      out.params.push(south, north);
      // a box that crosses the antimeridian has west > east
      w.push(west <= east ? '(e.lon >= ? AND e.lon <= ?)' : '(e.lon >= ? OR e.lon <= ?)');
      out.params.push(west, east);
    }
    if (f.q !== undefined && !inArticle) {
      w.push(this.ftsCondition('a', 'e.article_pk'));
      out.params.push(this.ftsParam(this.analyse(f.q)));
    }
    if (f.articleId !== undefined && !inArticle) { w.push('a.id = ?'); out.params.push(f.articleId); }
    if (f.storyId !== undefined) {
      w.push(`(e.article_pk, e.vid) IN (SELECT sa.pk, se.event_id FROM story_events se JOIN stories s ON s.pk = se.story_pk
        JOIN articles sa ON sa.id = se.article_id WHERE s.id = ?)`);
      out.params.push(f.storyId);
    }
    return w;
  }

  /** `filter` applied to articles `a`: the article has an event satisfying all of its event conditions at once. */
  protected articleHasEvent(f: EventFilter, out: Sql): string[] {
    const w: string[] = [];
    const ew = this.eventWhere(f, out, true);
    if (ew.length > 0) w.push(`a.pk IN (SELECT e.article_pk FROM events e WHERE ${ew.join(' AND ')})`);
    const outlets = list(f.outlet);
    if (outlets) w.push(inList('a.outlet', outlets, out));
    if (f.q !== undefined) {
      w.push(this.ftsCondition('a', 'a.pk'));
      out.params.push(this.ftsParam(this.analyse(f.q)));
    }
    if (f.articleId !== undefined) { w.push('a.id = ?'); out.params.push(f.articleId); }
    return w;
  }

  /** Actor `x` is `actor`: an actor id, a KB ref, a name or an English name. */
  protected actorMatch(x: string, actor: string, out: Sql): string {
    if (/^(ref|name|nominal):/.test(actor)) {
      out.params.push(actor);
      return `${x}.actor_id = ?`;
    }
    out.params.push(actor, this.key(actor), this.key(actor), actor.toLowerCase());
    return `(${x}.ref = ? OR ${x}.name_key = ? OR ${x}.text_key = ? OR lower(${x}.name_en) = ?)`;
  }

  /** Conditions on articles `a`. */
  protected articleWhere(f: ArticleFilter, out: Sql): string[] {
    const w: string[] = [];
    if (f.ids) w.push(f.ids.length === 0 ? '1 = 0' : inList('a.id', f.ids, out));
    const outlets = list(f.outlet);
    if (outlets) w.push(inList('a.outlet', outlets, out));
    checkDate('from', f.from);
    checkDate('to', f.to);
    if (f.from) { w.push('a.published >= ?'); out.params.push(f.from); }
    if (f.to) { w.push('a.published <= ?'); out.params.push(upper(f.to)); }
    if (f.q !== undefined) {
      w.push(this.ftsCondition('a', 'a.pk'));
      out.params.push(this.ftsParam(this.analyse(f.q)));
    }
    if (f.event) w.push(...this.articleHasEvent(f.event, out));
    return w;
  }

  // ----- reads -----

  async getExtraction(id: string): Promise<Extraction | null> {
    const rows = await this.all('SELECT pk FROM articles WHERE id = ?', [id]);
    if (rows.length === 0) return null;
    const [x] = await this.assemble([Number(rows[0]!.pk)]);
    return x ?? null;
  }

  /** The extraction records of the given article pks, in that order. */
  protected async assemble(pks: number[]): Promise<Extraction[]> {
    if (pks.length === 0) return [];
    const marks = pks.map(() => '?').join(', ');
    const [arts, ents, mens, evs, qs] = await Promise.all(EXTRACTION_QUERIES.map((q) => this.all(q.replace('$PKS', marks), pks)));
    return assembleRecords(pks, arts!, ents!, mens!, evs!, qs!);
  }

  async versions(id: string): Promise<{ version: number; hash: string; storedAt: string }[]> {
    const rows = await this.all(
      `SELECT version, hash, stored_at FROM articles WHERE id = ?
       UNION ALL SELECT version, hash, stored_at FROM article_versions WHERE article_id = ? ORDER BY version DESC`,
      [id, id],
    );
    return rows.map((r) => ({ version: Number(r.version), hash: String(r.hash), storedAt: String(r.stored_at) }));
  }

  async listArticles(filter: ArticleFilter = {}, p?: Page): Promise<PageOf<ArticleSummary>> {
    const { limit, offset } = page(p);
    const out: Sql = { text: '', params: [] };
    const w = this.articleWhere(filter, out);
    const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
    const [count] = await this.all(`SELECT COUNT(*) AS n FROM articles a ${where}`, out.params);
    const rows = await this.all(
      `SELECT a.id, a.url, a.outlet, a.title, a.published, a.hash, a.version, a.stored_at, a.n_entities, a.n_events, a.n_quotes
       FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.id ${limitSql(limit, offset)}`,
      out.params,
    );
    return {
      total: Number(count?.n ?? 0), limit, offset,
      items: rows.map((r) => ({
        id: String(r.id), url: str(r.url), outlet: str(r.outlet), title: str(r.title), published: str(r.published),
        hash: String(r.hash), version: Number(r.version), storedAt: String(r.stored_at),
        entities: Number(r.n_entities), events: Number(r.n_events), quotes: Number(r.n_quotes),
      })),
    };
  }

  async events(filter: EventFilter = {}, p?: Page): Promise<PageOf<EventRow>> {
    const { limit, offset } = page(p);
    const out: Sql = { text: '', params: [] };
    const w = this.eventWhere(filter, out);
    const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
    // the count joins the articles only when a condition names them
    const needsArticles = /\ba\./.test(where);
    const from = 'FROM events e JOIN articles a ON a.pk = e.article_pk';
    const [count] = await this.all(`SELECT COUNT(*) AS n ${needsArticles ? from : 'FROM events e'} ${where}`, out.params);
    const rows = await this.all(
      `SELECT d.data, e.quad, a.id AS article_id, a.outlet, a.url, a.title, a.published, p.data AS place,
         (SELECT s.id FROM story_events se JOIN stories s ON s.pk = se.story_pk WHERE se.article_id = a.id AND se.event_id = e.vid) AS story_id
       FROM (SELECT e.article_pk, e.vid FROM ${needsArticles ? 'events e JOIN articles a ON a.pk = e.article_pk' : 'events e'} ${where}
             ORDER BY e.sort_date DESC, e.article_pk DESC, e.ord ${limitSql(limit, offset)}) k
       JOIN events e ON e.article_pk = k.article_pk AND e.vid = k.vid
       JOIN event_data d ON d.article_pk = e.article_pk AND d.vid = e.vid
       JOIN articles a ON a.pk = e.article_pk
       LEFT JOIN entities p ON p.article_pk = e.article_pk AND p.eid = e.location_eid
       ORDER BY e.sort_date DESC, e.article_pk DESC, e.ord`,
      out.params,
    );
    return { total: Number(count?.n ?? 0), limit, offset, items: rows.map(eventRow) };
  }

  async *extractions(filter: ArticleFilter = {}): AsyncIterable<Extraction> {
    const out: Sql = { text: '', params: [] };
    const w = this.articleWhere(filter, out);
    const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
    const pks = (await this.all(`SELECT a.pk FROM articles a ${where} ORDER BY a.published NULLS FIRST, a.id`, out.params)).map((r) => Number(r.pk));
    for (let i = 0; i < pks.length; i += 200) {
      for (const x of await this.assemble(pks.slice(i, i + 200))) yield x;
    }
  }

  async actors(filter: ActorFilter = {}, p?: Page): Promise<PageOf<ActorSummary>> {
    const { limit, offset } = page(p);
    const out: Sql = { text: '', params: [] };
    const w: string[] = [];
    if (filter.q !== undefined) {
      const key = this.key(filter.q);
      const en = filter.q.toLowerCase();
      w.push(`(${this.prefixMatch('x.name_key')} OR ${this.prefixMatch('lower(x.name_en)')})`);
      out.params.push(...this.prefixParams(key), ...this.prefixParams(en));
    }
    if (filter.country !== undefined) { w.push('x.country = ?'); out.params.push(filter.country); }
    if (filter.sector !== undefined) {
      checkEnum('sector', [filter.sector], SECTORS);
      w.push('x.sector = ?'); out.params.push(filter.sector);
    }
    const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
    const [count] = await this.all(`SELECT COUNT(DISTINCT x.actor_id) AS n FROM event_actors x ${where}`, out.params);
    // counts first, from the (actor_id, role) index alone; then the names of the page's actors
    const counts = await this.all(
      `SELECT x.actor_id, SUM(CASE WHEN x.role = 'source' THEN 1 ELSE 0 END) AS s, SUM(CASE WHEN x.role = 'target' THEN 1 ELSE 0 END) AS t
       FROM event_actors x ${where} GROUP BY x.actor_id ORDER BY COUNT(*) DESC, x.actor_id ${limitSql(limit, offset)}`,
      out.params,
    );
    const items: ActorSummary[] = [];
    for (const c of counts) {
      const [n] = await this.all('SELECT x.name, x.name_en, x.ref, x.country, x.sector FROM event_actors x WHERE x.actor_id = ? LIMIT 1', [c.actor_id]);
      items.push(actorSummary({ ...n, actor_id: c.actor_id, s: c.s, t: c.t }));
    }
    return { total: Number(count?.n ?? 0), limit, offset, items };
  }

  /** A prefix test on `column` (the parameters from `prefixParams`). */
  protected prefixMatch(column: string): string {
    return `(${column} >= ? AND ${column} < ?)`;
  }

  protected prefixParams(prefix: string): string[] {
    return [prefix, `${prefix}\uffff`];
  }

  async actor(id: ActorId): Promise<ActorDetail | null> {
    const [counts] = await this.all(
      `SELECT SUM(CASE WHEN x.role = 'source' THEN 1 ELSE 0 END) AS s, SUM(CASE WHEN x.role = 'target' THEN 1 ELSE 0 END) AS t
       FROM event_actors x WHERE x.actor_id = ?`,
      [id],
    );
    const [names] = await this.all('SELECT x.name, x.name_en, x.ref, x.country, x.sector FROM event_actors x WHERE x.actor_id = ? LIMIT 1', [id]);
    if (!names) return null;
    const summary = { ...names, actor_id: id, s: counts?.s ?? 0, t: counts?.t ?? 0 };
    const byType = await this.all(
      `SELECT e.type, SUM(CASE WHEN x.role = 'source' THEN 1 ELSE 0 END) AS s, SUM(CASE WHEN x.role = 'target' THEN 1 ELSE 0 END) AS t
       FROM event_actors x JOIN events e ON e.article_pk = x.article_pk AND e.vid = x.vid WHERE x.actor_id = ? GROUP BY e.type ORDER BY COUNT(*) DESC, e.type`,
      [id],
    );
    const co = await this.all(
      `SELECT y.actor_id, MIN(y.name) AS name, COUNT(DISTINCT ${this.eventKey('y')}) AS n
       FROM event_actors x JOIN event_actors y ON y.article_pk = x.article_pk AND y.vid = x.vid AND y.actor_id <> x.actor_id
       WHERE x.actor_id = ? GROUP BY y.actor_id ORDER BY n DESC, y.actor_id LIMIT 50`,
      [id],
    );
    const outlets = await this.all(
      `SELECT a.outlet, COUNT(DISTINCT ${this.eventKey('x')}) AS n FROM event_actors x JOIN articles a ON a.pk = x.article_pk
       WHERE x.actor_id = ? GROUP BY a.outlet ORDER BY n DESC, a.outlet`,
      [id],
    );
    return {
      ...actorSummary(summary),
      byType: byType.map((r) => ({ type: r.type as PloverType, asSource: Number(r.s), asTarget: Number(r.t) })),
      coActors: co.map((r) => ({ id: String(r.actor_id), name: String(r.name), events: Number(r.n) })),
      outlets: outlets.map((r) => ({ outlet: str(r.outlet), events: Number(r.n) })),
    };
  }

  /** An expression naming one event across articles (for COUNT DISTINCT). */
  protected eventKey(x: string): string {
    return `${x}.article_pk || ':' || ${x}.vid`;
  }

  async search(query: SearchQuery): Promise<PageOf<SearchHit>> {
    const { limit, offset } = page({ limit: query.limit ?? 20, offset: query.offset ?? 0 });
    const q = this.analyse(query.q);
    const out: Sql = { text: '', params: [] };
    const w = this.articleWhere({ outlet: query.outlet, from: query.from, to: query.to }, out);
    const ev: EventFilter = {};
    if (query.type !== undefined) ev.type = query.type;
    if (query.actor !== undefined) ev.actor = query.actor;
    if (query.country !== undefined) ev.country = query.country;
    if (query.stance !== undefined) ev.stance = query.stance;
    if (Object.keys(ev).length > 0) w.push(...this.articleHasEvent(ev, out));
    const { total, rows } = await this.ranked(q, { text: w.join(' AND '), params: out.params }, limit, offset);
    const pks = rows.map((r) => Number(r.pk));
    const texts = new Map<number, string>();
    const mentions = new Map<number, { start: number; end: number }[]>();
    if (pks.length > 0) {
      const marks = pks.map(() => '?').join(', ');
      for (const r of await this.all(`SELECT article_pk, text FROM article_bodies WHERE article_pk IN (${marks})`, pks)) texts.set(Number(r.article_pk), String(r.text));
      const refs = q.refs ?? [];
      if (refs.length > 0) {
        // the names of the query as the extraction found them, in any spelling
        for (const r of await this.all(
          `SELECT m.article_pk, m.start_off, m.end_off FROM entities e JOIN mentions m ON m.article_pk = e.article_pk AND m.eid = e.eid
           WHERE e.article_pk IN (${marks}) AND e.ref IN (${refs.map(() => '?').join(', ')})`,
          [...pks, ...refs],
        )) {
          const k = Number(r.article_pk);
          let l = mentions.get(k);
          if (!l) mentions.set(k, (l = []));
          l.push({ start: Number(r.start_off), end: Number(r.end_off) });
        }
      }
    }
    return {
      total, limit, offset,
      items: rows.map((r) => {
        const pk = Number(r.pk);
        const text = texts.get(pk) ?? '';
        return {
          articleId: String(r.id), title: str(r.title), outlet: str(r.outlet), url: str(r.url), published: str(r.published),
          score: Number(r.score),
          snippets: snippets(text, mergeSpans([...this.analyser.matches(text, q), ...(mentions.get(pk) ?? [])])),
        };
      }),
    };
  }

  async stories(filter: StoryFilter = {}, p?: Page): Promise<PageOf<Story>> {
    const { limit, offset } = page(p);
    const out: Sql = { text: '', params: [] };
    const w: string[] = [];
    checkDate('from', filter.from);
    checkDate('to', filter.to);
    if (filter.from) { w.push('s.last >= ?'); out.params.push(filter.from); }
    if (filter.to) { w.push('s.first <= ?'); out.params.push(upper(filter.to)); }
    const types = list(filter.type);
    checkEnum('type', types, PLOVER_TYPES);
    if (types) w.push(`EXISTS (SELECT 1 FROM story_events se WHERE se.story_pk = s.pk AND ${inList('se.type', types, out)})`);
    const outlets = list(filter.outlet);
    if (outlets) {
      w.push(`EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_pk = s.pk AND ${inList('a.outlet', outlets, out)})`);
    }
    if (filter.articleId !== undefined) {
      w.push('EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_pk = s.pk AND sa.article_id = ?)');
      out.params.push(filter.articleId);
    }
    const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
    const [count] = await this.all(`SELECT COUNT(*) AS n FROM stories s ${where}`, out.params);
    const rows = await this.all(`SELECT s.data FROM stories s ${where} ORDER BY s.last DESC NULLS LAST, s.id ${limitSql(limit, offset)}`, out.params);
    return { total: Number(count?.n ?? 0), limit, offset, items: rows.map((r) => JSON.parse(String(r.data)) as Story) };
  }

  /** The figures of `stats()`. */
  protected async statsOf(schemaVersion: number): Promise<StoreStats> {
    const all = (sql: string): Promise<Row[]> => this.all(sql, []);
    const one = async (sql: string): Promise<number> => Number((await all(sql))[0]?.n ?? 0);
    const range = (await all('SELECT MIN(published) AS lo, MAX(published) AS hi FROM articles'))[0];
    return {
      backend: this.backend, schemaVersion,
      articles: await one('SELECT COUNT(*) AS n FROM articles'),
      oldVersions: await one('SELECT COUNT(*) AS n FROM article_versions'),
      entities: await one('SELECT COUNT(*) AS n FROM entities'),
      mentions: await one('SELECT COUNT(*) AS n FROM mentions'),
      events: await one('SELECT COUNT(*) AS n FROM events'),
      quotes: await one('SELECT COUNT(*) AS n FROM quotes'),
      stories: await one('SELECT COUNT(*) AS n FROM stories'),
      outlets: (await all('SELECT outlet, COUNT(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet')).map((r) => ({
        outlet: str(r.outlet), articles: Number(r.n),
      })),
      eventTypes: (await all('SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type')).map((r) => ({
        type: String(r.type) as PloverType, events: Number(r.n),
      })),
      firstPublished: str(range?.lo),
      lastPublished: str(range?.hi),
    };
  }

  async story(id: string): Promise<Story | null> {
    const [r] = await this.all('SELECT data FROM stories WHERE id = ?', [id]);
    return r ? (JSON.parse(String(r.data)) as Story) : null;
  }
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));


function actorSummary(r: Row): ActorSummary {
  return {
    id: String(r.actor_id), name: String(r.name), name_en: str(r.name_en), ref: str(r.ref), country: str(r.country),
    sector: str(r.sector) as ActorSummary['sector'], asSource: Number(r.s), asTarget: Number(r.t),
  };
}

function eventRow(r: Row): EventRow {
  let place: EventPlace | null = null;
  if (r.place !== null && r.place !== undefined) {
    const e = JSON.parse(String(r.place)) as Omit<Entity, 'mentions'>;
    place = { entity: e.id, name: e.name, name_en: e.name_en, ref: e.ref, country: e.country, geo: e.geo };
  }
  return {
    event: JSON.parse(String(r.data)) as EventRow['event'],
    quad: r.quad as QuadClass,
    articleId: String(r.article_id), outlet: str(r.outlet), url: str(r.url), title: str(r.title), published: str(r.published),
    place,
    storyId: str(r.story_id),
  };
}

/** The five queries that fetch what a record is rebuilt from; `$PKS` stands for the list of article pks. */
export const EXTRACTION_QUERIES = [
  'SELECT article_pk AS pk, text, record FROM article_bodies WHERE article_pk IN ($PKS)',
  'SELECT article_pk, eid, data FROM entities WHERE article_pk IN ($PKS) ORDER BY article_pk, ord',
  'SELECT article_pk, eid, start_off, end_off, text FROM mentions WHERE article_pk IN ($PKS) ORDER BY article_pk, eid, ord',
  `SELECT e.article_pk, d.data FROM events e JOIN event_data d ON d.article_pk = e.article_pk AND d.vid = e.vid
   WHERE e.article_pk IN ($PKS) ORDER BY e.article_pk, e.ord`,
  'SELECT article_pk, data FROM quotes WHERE article_pk IN ($PKS) ORDER BY article_pk, ord',
] as const;

/** Rebuilds the records of `pks` (in that order) from the rows of EXTRACTION_QUERIES. */
export function assembleRecords(pks: number[], arts: Row[], ents: Row[], mens: Row[], evs: Row[], qs: Row[]): Extraction[] {
  const group = (rows: Row[]): Map<number, Row[]> => {
    const m = new Map<number, Row[]>();
    for (const r of rows) {
      const k = Number(r.article_pk);
      let a = m.get(k);
      if (!a) m.set(k, (a = []));
      a.push(r);
    }
    return m;
  };
  const byPk = new Map(arts.map((r) => [Number(r.pk), r]));
  const e = group(ents), m = group(mens), v = group(evs), q = group(qs);
  const out: Extraction[] = [];
  for (const pk of pks) {
    const a = byPk.get(pk);
    if (!a) continue;
    const mentions = new Map<string, { start: number; end: number; text: string }[]>();
    for (const r of m.get(pk) ?? []) {
      const k = String(r.eid);
      let l = mentions.get(k);
      if (!l) mentions.set(k, (l = []));
      l.push({ start: Number(r.start_off), end: Number(r.end_off), text: String(r.text) });
    }
    out.push(
      fromRows(
        String(a.record),
        String(a.text),
        (e.get(pk) ?? []).map((r) => ({ data: String(r.data), mentions: mentions.get(String(r.eid)) ?? [] })),
        (v.get(pk) ?? []).map((r) => String(r.data)),
        (q.get(pk) ?? []).map((r) => String(r.data)),
      ),
    );
  }
  return out;
}

/** Sorted, overlapping spans merged into one. */
export function mergeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Characters of context on each side of a match in a snippet. */
const CONTEXT = 90;
const MAX_SNIPPETS = 2;

/**
 * Up to two passages of `text` around the matches, at word boundaries, the passage with the most matches first.
 * @example
 *   snippets('… قالت السلطات …', [{ start: 7, end: 14 }])[0].marked // '… قالت [السلطات] …'
 */
export function snippets(text: string, matches: { start: number; end: number }[]): Snippet[] {
  if (matches.length === 0) {
    const end = wordEnd(text, Math.min(text.length, 2 * CONTEXT));
    return [{ text: text.slice(0, end), start: 0, end, highlights: [], marked: text.slice(0, end) }];
  }
  const windows: { start: number; end: number; hits: { start: number; end: number }[] }[] = [];
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i]!;
    const hits = [first];
    for (let j = i + 1; j < matches.length && matches[j]!.end - first.start <= 2 * CONTEXT; j++) hits.push(matches[j]!);
    const last = hits[hits.length - 1]!;
    const room = Math.max(0, 2 * CONTEXT - (last.end - first.start));
    windows.push({ start: wordStart(text, Math.max(0, first.start - Math.floor(room / 2))), end: wordEnd(text, Math.min(text.length, last.end + Math.ceil(room / 2))), hits });
  }
  windows.sort((x, y) => new Set(y.hits.map((h) => text.slice(h.start, h.end))).size - new Set(x.hits.map((h) => text.slice(h.start, h.end))).size || y.hits.length - x.hits.length || x.start - y.start);
  const chosen: typeof windows = [];
  for (const w of windows) {
    if (chosen.length >= MAX_SNIPPETS) break;
    if (chosen.some((c) => w.start < c.end && c.start < w.end)) continue;
    chosen.push(w);
  }
  return chosen.map((w) => {
    const hits = matches.filter((h) => h.start >= w.start && h.end <= w.end);
    let marked = '';
    let at = w.start;
    for (const h of hits) {
      marked += `${text.slice(at, h.start)}[${text.slice(h.start, h.end)}]`;
      at = h.end;
    }
    marked += text.slice(at, w.end);
    return { text: text.slice(w.start, w.end), start: w.start, end: w.end, highlights: hits.map((h) => ({ start: h.start, end: h.end })), marked };
  });
}

const SPACE = /\s/;
function wordStart(text: string, i: number): number {
  if (i <= 0) return 0;
  let j = i;
  while (j > 0 && !SPACE.test(text[j - 1]!)) j--;
  while (j < text.length && SPACE.test(text[j]!)) j++;
  return j;
}
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !SPACE.test(text[j]!)) j++;
  while (j > 0 && SPACE.test(text[j - 1]!)) j--;
  return j;
}
