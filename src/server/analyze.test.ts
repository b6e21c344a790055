// POST /api/analyze, the OpenAPI document, security headers and error mapping, against the real pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createRegistry, DEFAULT_STAGES, loadResources } from '../pipeline/index.js';
import { ExtractionSchema, offsetProblems } from '../contract/extraction.js';
import { createApp } from './app.js';

let app: Hono;
beforeAll(() => {
  const pipeline = createRegistry().build(DEFAULT_STAGES, loadResources());
  app = createApp({ pipeline, store: null, key: (s) => s, token: null, web: null, version: 'test', log: () => {} }).app;
});

const TEXT = 'قال وزير الخارجية الأردني أيمن الصفدي في عمان أمس إن بلاده ترفض أي تهجير للفلسطينيين من قطاع غزة.';

function post(path: string, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
}

describe('POST /api/analyze', () => {
  it('answers a rasid.extraction/1 record whose spans point into the text sent', async () => {
    const res = await post('/api/analyze', { text: TEXT, published: '2024-03-12', outlet: 'الغد' });
    expect(res.status).toBe(200);
    const x = ExtractionSchema.parse(await res.json());
    expect(x.text).toBe(TEXT);
    expect(x.article.outlet).toBe('الغد');
    expect(x.article.published).toBe('2024-03-12');
    expect(offsetProblems(x)).toEqual([]);
    const names = x.entities.map((e) => TEXT.slice(e.mentions[0]!.start, e.mentions[0]!.end));
    expect(names.some((n) => n.includes('عمان'))).toBe(true);
    expect(x.entities.some((e) => e.country === 'JOR')).toBe(true);
    expect(x.quotes.length).toBeGreaterThan(0);
  });

  it('keeps the text verbatim: leading spaces and a tatweel stay, so offsets still match', async () => {
    const text = '  الأمـــم المتحدة تدين القصف في حلب.';
    const x = ExtractionSchema.parse(await (await post('/api/analyze', { text })).json());
    expect(x.text).toBe(text);
    expect(offsetProblems(x)).toEqual([]);
  });

  it.each([
    [{}, /body field "text"/],
    [{ text: '   ' }, /"text": a text that is not blank/],
    [{ text: 'نص', published: '2024-02-30' }, /"published": a calendar date that exists \(got "2024-02-30"\)/],
    [{ text: 'نص', published: '12/03/2024' }, /"published": a date written YYYY-MM-DD/],
    [{ text: 'نص', url: 'javascript:alert(1)' }, /"url": an http\(s\) URL/],
    [{ text: 'نص', colour: 'red' }, /unknown body field "colour"/],
    [{ text: 42 }, /"text": .*expected string/],
    [[1, 2], /body: .*expected object/],
  ])('400 naming what is wrong: %j', async (body, message) => {
    const res = await post('/api/analyze', body);
    expect(res.status).toBe(400);
    const e = (await res.json()) as { error: { code: string; message: string; hint: string } };
    expect(e.error.code).toBe('E_REQUEST_INVALID');
    expect(e.error.message).toMatch(message);
    expect(e.error.hint).not.toBe('');
  });

  it('400 for a body that is not JSON, or not sent as JSON', async () => {
    let res = await post('/api/analyze', '{"text": "نص"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    res = await post('/api/analyze', 'text=نص', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Content-Type: application\/json/);
  });

  it('413 for a body over the limit, before it is parsed', async () => {
    const res = await post('/api/analyze', { text: 'ا'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('400 for query parameters it does not take', async () => {
    const res = await post('/api/analyze?debug=1', { text: TEXT });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/takes no query parameters \(got "debug"\)/);
  });
});

describe('every response', () => {
  it('carries a strict Content-Security-Policy and the other security headers, errors included', async () => {
    for (const res of [await app.request('/api/openapi.json'), await app.request('/api/nothing'), await post('/api/analyze', {})]) {
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_NOT_FOUND');
  });

  it('says how to build the dashboard when it is not built', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/npm run build/);
  });
});
