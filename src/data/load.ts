// Reads rasid's data files (JSON) and validates them with a zod schema; errors name the file and line.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DataError } from '../errors.js';

/** The package root: the nearest folder above this module that holds package.json (works from src/, dist/, .bench/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The project's `data/` folder. */
export const DEFAULT_DATA_DIR = join(packageRoot(), 'data');

/**
 * Maps each JSON path ("entries.3.forms") to the 1-based line where its value starts.
 * A small scanner over already-valid JSON; it never throws on valid input.
 */
export function jsonLineIndex(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = (): void => {
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 10) { line++; i++; } else if (c === 32 || c === 9 || c === 13) i++; else break;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < source.length) {
      const c = source.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) { i++; break; } else i++;
    }
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = source[i];
    const child = (k: string | number): string => (path === '' ? String(k) : `${path}.${k}`);
    if (c === '{') {
      i++;
      skip();
      if (source[i] === '}') { i++; return; }
      for (;;) {
        skip();
        const key = readString();
        skip();
        i++; // ':'
        value(child(key));
        skip();
        if (source[i] === ',') { i++; continue; }
        i++; // '}'
        return;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (source[i] === ']') { i++; return; }
      for (let k = 0; ; k++) {
        value(child(k));
        skip();
        if (source[i] === ',') { i++; continue; }
        i++; // ']'
        return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < source.length && !/[\s,\]}]/.test(source[i] as string)) i++;
    }
  };
  value('');
  return lines;
}

/** Parses and validates a JSON document; `file` names it in errors. */
export function parseDataFile<S extends z.ZodType>(source: string, schema: S, file: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    const m = /position (\d+)/.exec(String((err as Error).message));
    const pos = m ? Number(m[1]) : undefined;
    const line = pos === undefined ? undefined : source.slice(0, pos).split('\n').length;
    throw new DataError(`${file}: not valid JSON: ${(err as Error).message}`, line === undefined ? { file } : { file, line }, err);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data as z.infer<S>;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  const index = jsonLineIndex(source);
  // The deepest path that exists in the document locates the problem.
  let line: number | undefined;
  for (let parts = path.split('.'); parts.length >= 0; parts.pop()) {
    const l = index.get(parts.join('.'));
    if (l !== undefined) { line = l; break; }
    if (parts.length === 0) break;
  }
  const msg = issue ? `${issue.message} at ${path || '(root)'}` : 'invalid';
  throw new DataError(`${file}${line ? `:${line}` : ''}: ${msg}`, line === undefined ? { file } : { file, line }, result.error);
}

/** Reads `path` (absolute, or relative to `dataDir`) and validates it. */
export function loadDataFile<S extends z.ZodType>(path: string, schema: S, dataDir = DEFAULT_DATA_DIR): z.infer<S> {
  const full = isAbsolute(path) ? path : join(dataDir, path);
  let source: string;
  try {
    source = readFileSync(full, 'utf8');
  } catch (err) {
    throw new DataError(`${full}: cannot read data file (${(err as Error).message})`, { file: full }, err);
  }
  return parseDataFile(source, schema, full);
}
