// Serving the built dashboard: index at /, hashed assets cached for good, gzip when accepted, 304 on a matching ETag,
// and nothing outside the built files (no path traversal).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { WebAssets } from './static.js';

let dir: string;
let app: Hono;
const JS = `console.log(${JSON.stringify('راصد '.repeat(400))});`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasid-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), JS);
  writeFileSync(join(dir, 'secret.txt.bak'), 'x');
  const web = WebAssets.load(dir);
  if (!web) throw new Error('not loaded');
  app = new Hono();
  app.get('*', (c) => web.respond(c, c.req.path) ?? c.text('no', 404));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WebAssets', () => {
  it('serves index.html at / and revalidates it', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>t</title>');
  });

  it('caches hashed assets for a year and gzips them when asked', async () => {
    const res = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('Cache-Control')).toContain('immutable');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(JS);
    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(JS);
  });

  it('answers 304 when the ETag matches', async () => {
    const etag = (await app.request('/')).headers.get('ETag') as string;
    expect((await app.request('/', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves only built files: traversal and unknown paths are not found', async () => {
    for (const p of ['/../package.json', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/nothing.js']) {
      expect((await app.request(p)).status, p).toBe(404);
    }
    expect(WebAssets.load(join(dir, 'missing'))).toBeNull();
  });
});
