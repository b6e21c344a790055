// End-to-end tests of `rasid ingest` and `rasid search` over the built package: counts, versions, threads, faults.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'rasid');
const dir = mkdtempSync(join(tmpdir(), 'rasid-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rasid(args: string[], opts: { input?: string; uid?: number; gid?: number } = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 1 << 26,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const PLACES = ['حلب', 'الموصل', 'طرابلس', 'تعز', 'بنغازي', 'درعا', 'الرقة', 'صنعاء'];
const CUES = ['قالت مصادر محلية', 'أفاد مراسلنا', 'ذكرت وكالة الأنباء', 'أعلن متحدث عسكري'];

/** Article n of the test corpus: short news items written for these tests, all different. */
function article(n: number, outlet = 'وكالة الاختبار'): Record<string, string> {
  const place = PLACES[n % PLACES.length]!;
  const cue = CUES[n % CUES.length]!;
  return {
    id: `t-${n}`,
    url: `https://news.example/${n}`,
    outlet,
    published: `2024-0${1 + (n % 9)}-1${n % 10}`,
    title: `اشتباكات في ${place} (${n})`,
    body: `${cue} إن ${n % 7 + 2} مسلحين قتلوا في اشتباكات مع قوات الأمن في ${place} صباح اليوم. وأضافت أن السلطات اعتقلت ${n % 5 + 1} أشخاص.`,
  };
}

function corpus(name: string, from: number, to: number, extra: string[] = []): string {
  const p = join(dir, name);
  const lines = [];
  for (let n = from; n < to; n++) lines.push(JSON.stringify(article(n)));
  writeFileSync(p, [...lines, ...extra].join('\n') + '\n');
  return p;
}

interface Summary { inserted: number; newVersions: number; duplicates: number; rejected: { origin: string; code: string; position?: { line?: number } }[] }
const summary = (out: string): Summary => JSON.parse(out.trim().split('\n').pop()!) as Summary;

/** What the database holds, checked for half-written articles on the way. */
function inspect(db: string): { articles: number; hashes: number; events: number; broken: number; integrity: string } {
  const d = new Database(db, { readonly: true });
  try {
    const one = (sql: string): number => Number((d.prepare(sql).get() as { n: number }).n);
    return {
      articles: one('SELECT COUNT(*) AS n FROM articles'),
      hashes: one('SELECT COUNT(DISTINCT hash) AS n FROM articles'),
      events: one('SELECT COUNT(*) AS n FROM events'),
      // an article whose rows disagree with its own counts was half written
      broken: one(`SELECT COUNT(*) AS n FROM articles a WHERE n_entities <> (SELECT COUNT(*) FROM entities e WHERE e.article_pk = a.pk)
        OR n_events <> (SELECT COUNT(*) FROM events e WHERE e.article_pk = a.pk) OR n_quotes <> (SELECT COUNT(*) FROM quotes q WHERE q.article_pk = a.pk)`),
      integrity: String(d.pragma('integrity_check', { simple: true })),
    };
  } finally {
    d.close();
  }
}

describe('rasid ingest', () => {
  it('stores every article once, reports rejected lines, and skips everything on a second run', () => {
    const db = join(dir, 'first.db');
    const input = corpus('first.jsonl', 0, 30, ['{not json', JSON.stringify({ id: 'empty', body: '' })]);
    const txt = join(dir, 'note.txt');
    writeFileSync(txt, 'قال المتحدث إن الهدنة صامدة في الجنوب.');
    const r = rasid(['ingest', '--db', db, '--batch', '7', '--workers', '1', '--json', input, txt]);
    expect(r.code).toBe(2);
    const s = summary(r.out);
    expect([s.inserted, s.newVersions, s.duplicates]).toEqual([31, 0, 0]);
    expect(s.rejected.map((x) => [x.origin, x.code])).toEqual([[`${input}:31`, 'E_JSONL_PARSE'], [`${input}:32`, 'E_JSONL_RECORD']]);
    expect(r.err).toMatch(/2 of 33 inputs rejected/);
    expect(r.err).toMatch(/E_JSONL_PARSE/);
    expect(inspect(db)).toMatchObject({ articles: 31, hashes: 31, broken: 0, integrity: 'ok' });
    expect(inspect(db).events).toBeGreaterThan(0);

    const again = rasid(['ingest', '--db', db, '--workers', '1', '--json', input, txt]);
    const s2 = summary(again.out);
    expect([s2.inserted, s2.newVersions, s2.duplicates, s2.rejected.length]).toEqual([0, 0, 31, 2]);
    expect(inspect(db).articles).toBe(31);
  });

  it('stores changed content at a known URL as a new version, and the same text at a new URL as a new article', () => {
    const db = join(dir, 'versions.db');
    const input = corpus('v1.jsonl', 0, 5);
    expect(rasid(['ingest', '--db', db, '--workers', '1', input]).code).toBe(0);
    const changed = join(dir, 'v2.jsonl');
    const a = article(2);
    const moved = { ...article(3), url: 'https://mirror.example/3' };
    delete (moved as Record<string, string | undefined>).id;
    writeFileSync(changed, [JSON.stringify({ ...a, body: `${a.body} وتواصلت الاشتباكات حتى المساء.` }), JSON.stringify(article(4)), JSON.stringify(moved)].join('\n'));
    const r = rasid(['ingest', '--db', db, '--workers', '1', '--json', changed]);
    expect(r.code).toBe(0);
    const s = summary(r.out);
    expect([s.inserted, s.newVersions, s.duplicates]).toEqual([1, 1, 1]);
    const d = new Database(db, { readonly: true });
    expect(d.prepare("SELECT version FROM articles WHERE id = 't-2'").get()).toEqual({ version: 2 });
    expect(d.prepare("SELECT article_id, version FROM article_versions").all()).toEqual([{ article_id: 't-2', version: 1 }]);
    d.close();
  });

  it('gives the same records with worker threads as without', () => {
    const input = corpus('threads.jsonl', 100, 124);
    const one = join(dir, 'one.db');
    const many = join(dir, 'many.db');
    expect(rasid(['ingest', '--db', one, '--workers', '1', '--batch', '5', input]).code).toBe(0);
    const r = rasid(['ingest', '--db', many, '--workers', '3', '--batch', '5', input]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ingested 24 articles/);
    const rows = (db: string): unknown[] => {
      const d = new Database(db, { readonly: true });
      const x = d.prepare(`SELECT id, hash, b.record, b.text, n_entities, n_events, n_quotes,
        (SELECT group_concat(data, '|') FROM (SELECT d.data FROM events e JOIN event_data d ON d.article_pk = e.article_pk AND d.vid = e.vid WHERE e.article_pk = a.pk ORDER BY e.ord)) AS ev
        FROM articles a JOIN article_bodies b ON b.article_pk = a.pk ORDER BY id`).all();
      d.close();
      return x;
    };
    expect(rows(many)).toEqual(rows(one));
  });

  it('loses at most the batch being written when killed (kill -9 at 20 moments), and a rerun completes exactly', async () => {
    const N = 300;
    const input = corpus('kill.jsonl', 1000, 1000 + N);
    const db = join(dir, 'kill.db');
    let last = 0;
    const stored = (): number => {
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        try { return Number((d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n); } finally { d.close(); }
      } catch {
        return 0; // not created yet, or the schema not yet migrated
      }
    };
    const kills: number[] = [];
    for (let round = 0; round < 20; round++) {
      const workers = round % 4 === 3 ? '2' : '1';
      const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--workers', workers, '--batch', '4', input], { cwd: dir, stdio: ['ignore', 'ignore', process.env.RASID_TRACE ? 'inherit' : 'ignore'] });
      let alive = true;
      const exited = new Promise<void>((res) => child.on('exit', () => { alive = false; res(); }));
      // kill once a few more articles are committed, a random moment later: during analysis, a write or a commit
      const target = last + 1 + Math.floor(Math.random() * 10);
      while (alive && stored() < target) await new Promise((res) => setTimeout(res, 3));
      await new Promise((res) => setTimeout(res, Math.floor(Math.random() * 25)));
      if (alive) { child.kill('SIGKILL'); kills.push(round); }
      await exited;
      const now = inspect(db);
      expect(now.integrity).toBe('ok');
      expect(now.broken).toBe(0);
      expect(now.hashes).toBe(now.articles);
      expect(now.articles).toBeGreaterThanOrEqual(last);
      last = now.articles;
      if (process.env.RASID_TRACE) console.log(`round ${round}: ${now.articles} articles${kills.includes(round) ? ' (killed)' : ''}`);
    }
    // most rounds were killed in the middle of the corpus
    expect(kills.length).toBeGreaterThanOrEqual(15);
    expect(last).toBeLessThan(N);
    const r = rasid(['ingest', '--db', db, '--workers', '1', '--json', input]);
    expect(r.code).toBe(0);
    const s = summary(r.out);
    expect(s.inserted + s.duplicates).toBe(N);
    expect(s.duplicates).toBe(last);
    expect(inspect(db)).toMatchObject({ articles: N, hashes: N, broken: 0, integrity: 'ok' });
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT COUNT(DISTINCT id) AS n FROM articles').get() as { n: number }).n).toBe(N);
    expect((d.prepare('SELECT COUNT(*) AS n FROM article_versions').get() as { n: number }).n).toBe(0);
    d.close();
  }, 120_000);

  it('answers E_STORE_LOCKED when another process holds the database, writing nothing', () => {
    const db = join(dir, 'locked.db');
    expect(rasid(['ingest', '--db', db, '--workers', '1', corpus('l1.jsonl', 0, 3)]).code).toBe(0);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const r = rasid(['ingest', '--db', db, '--workers', '1', '--wait', '0.2', corpus('l2.jsonl', 3, 9)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/E_STORE_LOCKED/);
      expect(r.err).toMatch(/nothing was written/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(inspect(db).articles).toBe(3);
  });

  it('answers E_STORE_READONLY for a database it may not write, writing nothing', () => {
    const sub = join(dir, 'ro');
    mkdirSync(sub);
    const db = join(sub, 'ro.db');
    expect(rasid(['ingest', '--db', db, '--workers', '1', corpus('r1.jsonl', 0, 3)]).code).toBe(0);
    const input = corpus('r2.jsonl', 3, 6);
    chmodSync(input, 0o644);
    chmodSync(db, 0o444);
    chmodSync(sub, 0o555);
    try {
      // root writes whatever the permissions say: run as an unprivileged user then
      const asRoot = process.getuid?.() === 0;
      if (asRoot) { chownSync(dir, 0, 0); chmodSync(dir, 0o755); }
      const r = rasid(['ingest', '--db', db, '--workers', '1', input], asRoot ? { uid: 65534, gid: 65534 } : {});
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/E_STORE_READONLY/);
    } finally {
      chmodSync(sub, 0o755);
      chmodSync(db, 0o644);
    }
    expect(inspect(db).articles).toBe(3);
  });

  it('keeps SQL-looking text verbatim and searches it as words', () => {
    const db = join(dir, 'sql.db');
    const p = join(dir, 'sql.jsonl');
    const evil = { id: "1'; DROP TABLE articles; --", url: "https://x.example/?a=' OR 1=1", outlet: "o'); DELETE FROM events; --", title: 'Robert"); DROP TABLE students;--', body: "قال المتحدث: SELECT * FROM articles WHERE '1'='1'; -- ثم غادر القاعة." };
    writeFileSync(p, JSON.stringify(evil) + '\n' + JSON.stringify(article(1)) + '\n');
    expect(rasid(['ingest', '--db', db, '--workers', '1', p]).code).toBe(0);
    const r = rasid(['search', '--db', db, '--json', "SELECT FROM articles WHERE '1'='1' --"]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out) as { items: { articleId: string }[] };
    expect(hits.items.map((h) => h.articleId)).toEqual([evil.id]);
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT id, outlet, title FROM articles WHERE id = ?').get(evil.id)).toEqual({ id: evil.id, outlet: evil.outlet, title: evil.title });
    expect((d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n).toBe(2);
    d.close();
    expect(rasid(['search', '--db', db, '--outlet', "x' OR '1'='1", 'المتحدث']).out).toMatch(/no article matches/);
  });
});

describe('rasid search', () => {
  const db = join(dir, 'search.db');
  const prepare = (): void => {
    const p = join(dir, 'search.jsonl');
    writeFileSync(p, [
      JSON.stringify({ id: 's1', url: 'https://a.example/1', outlet: 'أ', published: '2024-05-01', title: 'بيان', body: 'وطالب البيان وبالسلطات المحلية بفتح تحقيق في مقتل ثلاثة مدنيين.' }),
      JSON.stringify({ id: 's2', url: 'https://b.example/2', outlet: 'ب', published: '2024-05-02', title: 'زيارة', body: 'وصل وزير الخارجية إلى أميركا في زيارة رسمية تستمر يومين.' }),
      JSON.stringify({ id: 's3', url: 'https://c.example/3', outlet: 'ب', published: '2024-05-03', title: 'طقس', body: 'تهطل أمطار غزيرة على المرتفعات الغربية غداً.' }),
    ].join('\n'));
    expect(rasid(['ingest', '--db', db, '--workers', '1', p]).code).toBe(0);
  };

  it('finds words through clitics and spellings, with passages and filters', () => {
    prepare();
    const r = rasid(['search', '--db', db, 'السلطات']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 article match «السلطات»/);
    expect(r.out).toContain('[وبالسلطات]');
    const us = rasid(['search', '--db', db, '--json', 'أمريكا']);
    const hits = JSON.parse(us.out) as { items: { articleId: string; snippets: { highlights: { start: number; end: number }[] }[] }[] };
    expect(hits.items.map((h) => h.articleId)).toEqual(['s2']);
    const text = 'زيارة\n\nوصل وزير الخارجية إلى أميركا في زيارة رسمية تستمر يومين.';
    expect(hits.items[0]!.snippets[0]!.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['أميركا']);
    expect(rasid(['search', '--db', db, '--outlet', 'ب', 'زيارة']).out).toMatch(/1 article match/);
    expect(rasid(['search', '--db', db, '--from', '2024-05-03', 'زيارة']).out).toMatch(/no article matches/);
    expect(rasid(['search', '--db', db, '--type', 'ASSAULT', 'أمطار']).out).toMatch(/no article matches/);
  });

  it('refuses a missing query, a bad filter or a missing database', () => {
    expect(rasid(['search', '--db', db]).code).toBe(1);
    const bad = rasid(['search', '--db', db, '--type', 'BOMBING', 'x']);
    expect([bad.code, /E_USAGE/.test(bad.err)]).toEqual([1, true]);
    const none = rasid(['search', '--db', join(dir, 'absent.db'), 'x']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/E_STORE_OPEN/);
  });
});

describe('rasid ingest into PostgreSQL', () => {
  const PG = process.env.RASID_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';
  const schema = `rasid_cli_${process.pid}_${Date.now().toString(36)}`;
  const url = `${PG}?schema=${schema}`;
  const count = async (): Promise<{ articles: number; hashes: number; broken: number }> => {
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    try {
      const exists = (await c.query('SELECT to_regclass($1) IS NOT NULL AS ok', [`${schema}.articles`])).rows[0].ok as boolean;
      if (!exists) return { articles: 0, hashes: 0, broken: 0 };
      const r = await c.query(`SELECT COUNT(*)::int AS articles, COUNT(DISTINCT hash)::int AS hashes,
        (SELECT COUNT(*)::int FROM ${schema}.articles a WHERE n_events <> (SELECT COUNT(*) FROM ${schema}.events e WHERE e.article_pk = a.pk)
          OR n_entities <> (SELECT COUNT(*) FROM ${schema}.entities e WHERE e.article_pk = a.pk)) AS broken FROM ${schema}.articles`);
      return r.rows[0] as { articles: number; hashes: number; broken: number };
    } finally {
      await c.end();
    }
  };
  afterAll(async () => {
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it('stores in the schema of the URL, survives kill -9, completes on a rerun and searches', async () => {
    const N = 60;
    const input = corpus('pg.jsonl', 500, 500 + N);
    let last = 0;
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, [BIN, 'ingest', '--db', url, '--workers', '1', '--batch', '3', input], { cwd: dir, stdio: 'ignore' });
      let alive = true;
      const exited = new Promise<void>((res) => child.on('exit', () => { alive = false; res(); }));
      const target = last + 1 + Math.floor(Math.random() * 8);
      while (alive && (await count()).articles < target) await new Promise((res) => setTimeout(res, 5));
      await new Promise((res) => setTimeout(res, Math.floor(Math.random() * 25)));
      if (alive) child.kill('SIGKILL');
      await exited;
      const now = await count();
      expect(now.broken).toBe(0);
      expect(now.hashes).toBe(now.articles);
      expect(now.articles).toBeGreaterThanOrEqual(last);
      last = now.articles;
    }
    const r = rasid(['ingest', '--db', url, '--workers', '1', '--json', input]);
    expect(r.code).toBe(0);
    const s = summary(r.out);
    expect([s.inserted + s.duplicates, s.duplicates]).toEqual([N, last]);
    expect(await count()).toEqual({ articles: N, hashes: N, broken: 0 });
    const again = summary(rasid(['ingest', '--db', url, '--workers', '1', '--json', input]).out);
    expect([again.inserted, again.duplicates]).toEqual([0, N]);
    const found = JSON.parse(rasid(['search', '--db', url, '--json', 'وبالسلطات']).out) as { total: number };
    expect(found.total).toBe(N);
  }, 60_000);
});
