import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../errors.js';
import { DEFAULT_NER_MODEL, decodeNerModel, encodeNerModel, loadNerModel } from './index.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const rasid = (args: string[], input: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'rasid'), ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('NER model file', () => {
  const bytes = new Uint8Array(readFileSync(DEFAULT_NER_MODEL));

  it('the committed model loads, and encoding it again gives the same bytes', () => {
    const model = loadNerModel();
    expect(Buffer.from(encodeNerModel(model)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a truncated model is refused with E_MODEL_INVALID', () => {
    let err: unknown;
    try { decodeNerModel(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.bin'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RasidError);
    expect((err as RasidError).code).toBe('E_MODEL_INVALID');
  });
});

describe('rasid ner --conll', () => {
  it('keeps every token, in order, with blank lines, on odd input (CRLF, blank lines at the ends, tag columns, tabs)', () => {
    const input = '\r\n\r\nوصل\tO\r\nالوزير O\r\nإلى\r\nبغداد B-LOC\r\n\r\n' + 'قال\n'.repeat(500) + '\n\n';
    const r = rasid(['ner', '--conll', '-'], input);
    expect(r.status).toBe(0);
    const tokens = input.replace(/\r/g, '').split('\n').map((l) => l.split(/[\t ]/)[0] as string).filter((t) => t !== '');
    const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
    expect(out.map((x) => x[0])).toEqual(tokens);
    for (const x of out) expect(x[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });
});
