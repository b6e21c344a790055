// Serves the built dashboard (dist/web) from memory: hashed assets cached for a year, index.html revalidated, gzip
// when the client accepts it. Paths are looked up in the set of built files, never joined onto the file system.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { DEFAULT_DATA_DIR } from '../data/load.js';

/** Where `npm run build` writes the dashboard. */
export const DEFAULT_WEB_DIR = join(dirname(DEFAULT_DATA_DIR), 'dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.md', '.webmanifest']);

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
  type: string;
  etag: string;
  immutable: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function bytes(b: Buffer): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(b.byteLength));
  copy.set(b);
  return copy;
}

/** The built dashboard held in memory; `null` when it has not been built. */
export class WebAssets {
  readonly #files = new Map<string, Asset>();

  private constructor() {}

  static load(dir: string = DEFAULT_WEB_DIR): WebAssets | null {
    if (!existsSync(join(dir, 'index.html'))) return null;
    const assets = new WebAssets();
    for (const file of walk(dir)) {
      const url = '/' + relative(dir, file).split(sep).join('/');
      const ext = extname(file).toLowerCase();
      const raw = readFileSync(file);
      const gz = COMPRESSIBLE.has(ext) && raw.length > 1024 ? gzipSync(raw, { level: 9 }) : null;
      assets.#files.set(url, {
        body: bytes(raw),
        gzip: gz ? bytes(gz) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`,
        immutable: url.startsWith('/assets/'),
      });
    }
    return assets;
  }

  /** Whether a built file has this URL path. */
  has(path: string): boolean {
    return this.#files.has(path);
  }

  /** The response for a URL path, or null when no built file has it. `/` is index.html. */
  respond(c: Context, path: string): Response | null {
    const a = this.#files.get(path === '/' ? '/index.html' : path);
    if (!a) return null;
    const headers: Record<string, string> = {
      'Content-Type': a.type,
      ETag: a.etag,
      'Cache-Control': a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (c.req.header('If-None-Match') === a.etag) return c.body(null, 304, headers);
    if (a.gzip !== null && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      headers['Content-Encoding'] = 'gzip';
      return c.body(a.gzip, 200, headers);
    }
    return c.body(a.body, 200, headers);
  }
}
