// End-to-end tests of the `rasid` command as a user runs it: ./bin/rasid over the built package.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, offsetProblems } from '../src/contract/extraction.js';
import { SHARED, sharedNote } from './shared.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'rasid');
const dir = mkdtempSync(join(tmpdir(), 'rasid-cli-'));

function rasid(args: string[], input?: string | Buffer): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('rasid CLI', () => {
  it('is built (npm install runs the build)', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js'))).toBe(true);
  });

  it('--help lists the commands; an unknown command or option is a usage error (exit 1)', () => {
    const help = rasid(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/extract/);
    expect(help.out).toMatch(/tokens/);
    expect(help.out).toMatch(/schema/);
    const bad = rasid(['frobnicate']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/E_USAGE/);
    const opt = rasid(['extract', '--frobnicate']);
    expect(opt.code).toBe(1);
    expect(opt.err).toMatch(/E_USAGE/);
    const date = rasid(['extract', '--published', '16/11/2014', file('x.txt', 'نص')]);
    expect(date.code).toBe(1);
    expect(date.err).toMatch(/YYYY-MM-DD/);
  });

  it('extract prints a valid record whose text is the file verbatim', () => {
    const text = 'عنوان الخبر\r\n\r\nقال الوزير أمس إن ٢٠٠٠ جندي سيصلون.\u200F\n';
    const r = rasid(['extract', '--published', '2014-11-16', file('a.txt', text)]);
    expect(r.code).toBe(0);
    const rec = ExtractionSchema.parse(JSON.parse(r.out));
    expect(rec.text).toBe(text);
    expect(rec.article.published).toBe('2014-11-16');
    expect(offsetProblems(rec)).toEqual([]);
  });

  it('extract reads standard input, and --format jsonl prints one record per line', () => {
    const r = rasid(['extract', '--format', 'jsonl'], 'قال المتحدث إن الهدنة صامدة.');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(ExtractionSchema.parse(JSON.parse(lines[0] as string)).text).toBe('قال المتحدث إن الهدنة صامدة.');
  });

  it('a JSONL line that is not JSON is reported by line number; the rest are processed (exit 2)', () => {
    const p = file('b.jsonl', [
      JSON.stringify({ id: 'one', title: 'عنوان', body: 'نص أول.' }),
      '{"id": "two", "body": ',
      JSON.stringify({ id: 'three', body: 'نص ثالث.' }),
    ].join('\n'));
    const r = rasid(['extract', p]);
    expect(r.code).toBe(2);
    const recs = JSON.parse(r.out) as { article: { id: string }; text: string }[];
    expect(recs.map((x) => x.article.id)).toEqual(['one', 'three']);
    expect(recs[0]?.text).toBe('عنوان\n\nنص أول.');
    expect(r.err).toMatch(/1 of 3 inputs rejected/);
    expect(r.err).toMatch(/E_JSONL_PARSE/);
    expect(r.err).toMatch(/b\.jsonl:2/);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'E_INPUT_EMPTY'],
    ['a binary file with NUL bytes', 'bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'E_INPUT_BINARY'],
    ['broken UTF-8 (a Windows-1256 word inside UTF-8 text)', 'cp.txt', Buffer.concat([Buffer.from('قال الوزير ', 'utf8'), Buffer.from([0xde, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xe6, 0xd2, 0xdd, 0xd1])]), 'E_INPUT_ENCODING'],
  ])('%s is rejected with a typed error and a hint, and the next file is still processed', (_what, name, content, code) => {
    const bad = file(name, content);
    const good = file(`good-${name}`, 'خبر سليم.');
    const r = rasid(['extract', '--format', 'jsonl', bad, good]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(code);
    expect(r.err).toMatch(/hint:/);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('a Windows-1256 file is decoded, not refused', () => {
    const r = rasid(['extract', file('cp1256.txt', Buffer.from([0xde, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xe6, 0xd2, 0xed, 0xd1]))]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { text: string }).text).toBe('قال الوزير');
  });

  it('invalid UTF-8 is located: line and column', () => {
    const p = file('where.txt', Buffer.concat([Buffer.from('سطر\nسطر ثان\n', 'utf8'), Buffer.from([0x41, 0xff])]));
    const r = rasid(['extract', p]);
    expect(r.err).toMatch(/where\.txt:3:2: not valid UTF-8/);
  });

  it('a 50 MB single-line file is refused quickly with E_INPUT_TOO_LARGE, and --max-bytes lets a large one through', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const t0 = Date.now();
    const r = rasid(['extract', big]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('E_INPUT_TOO_LARGE');
    expect(r.err).toMatch(/--max-bytes/);
    expect(Date.now() - t0).toBeLessThan(10_000);
    const line = 'قال الوزير إن 2000 جندي وصلوا أمس، '.repeat(60_000); // ~2 MB on one line
    const p = file('line.txt', line);
    const ok = rasid(['extract', '--max-bytes', '4000000', '--format', 'jsonl', p]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).text).toBe(line);
  });

  it('text of only diacritics, only emoji, only Latin, with direction marks: processed, text kept', () => {
    for (const [name, text] of [
      ['marks.txt', 'ًٌٍَُِّْ'],
      ['emoji.txt', '😀🚀🇸🇾'],
      ['latin.txt', 'Only English words here.'],
      ['bidi.txt', '\u202Bقال\u202C \u200Fالرئيس\u200E: 2000\u2066 جندي\u2069'],
    ] as const) {
      const r = rasid(['extract', file(name, text)]);
      expect(r.code, name).toBe(0);
      expect(JSON.parse(r.out).text, name).toBe(text);
    }
  });

  it('tokens --json shows tokens, sentences, numbers and dates with offsets', () => {
    const text = 'اعتقلت الشرطة ثمانية أشخاص أول من أمس على بعد 40 كلم من العاصمة.';
    const r = rasid(['tokens', '--json', '--published', '2014-11-16', file('t.txt', text)]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      tokens: { start: number; end: number; text: string }[];
      sentences: unknown[];
      numbers: { value: number; noun: { text: string } | null }[];
      dates: { text: string; value: string }[];
    };
    for (const t of j.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(j.sentences).toHaveLength(1);
    expect(j.numbers.map((n) => [n.value, n.noun?.text])).toEqual([[8, 'أشخاص'], [40, 'كلم']]);
    expect(j.dates.map((d) => [d.text, d.value])).toEqual([['أول من أمس', '2014-11-14']]);
  });

  it('tokens without --json prints a readable table', () => {
    const r = rasid(['tokens', '--published', '2014-11-16', file('u.txt', 'وصل ستة جنود أمس.')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/## sentence 1/);
    expect(r.out).toMatch(/ستة = 6/);
    expect(r.out).toMatch(/أمس = 2014-11-15/);
  });

  it('schema prints a JSON Schema that accepts what extract prints', () => {
    const r = rasid(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['schema', 'article', 'text', 'entities', 'events', 'quotes']);
    expect(schema.required).toContain('text');
  });

  it('extract reads the example article (npm start serves the demo articles: test/serve.test.ts)', () => {
    const r = rasid(['extract', '--published', '2024-03-12', '--format', 'pretty', join(ROOT, 'examples', 'article.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/أمس الإثنين → 2024-03-11/);
  });
});

sharedNote();
describe.skipIf(!SHARED)('rasid CLI on the reference sample (../shared)', () => {
  const sample = join(SHARED ?? '', 'samples', 'ar-2014-isis-qaeda-coordination.txt');

  it('extract prints a valid record whose text equals the file', () => {
    const r = rasid(['extract', '--published', '2014-11-16', sample]);
    expect(r.code).toBe(0);
    const rec = ExtractionSchema.parse(JSON.parse(r.out));
    expect(rec.text).toBe(readFileSync(sample, 'utf8'));
  });

  it('tokens --json resolves the relative dates and reads the numbers', () => {
    const r = rasid(['tokens', '--json', '--published', '2014-11-16', sample]);
    const j = JSON.parse(r.out) as { dates: { text: string; value: string }[]; numbers: { text: string; value: number; noun: { text: string } | null }[] };
    const date = (t: string) => j.dates.find((d) => d.text === t)?.value;
    expect(date('أمس')).toBe('2014-11-15');
    expect(date('أول من أمس')).toBe('2014-11-14');
    expect(date('نهاية ديسمبر')).toBe('2014-12');
    expect(date('مارس الفائت')).toBe('2014-03');
    const values = j.numbers.map((n) => n.value);
    for (const v of [2000, 8, 4, 7, 6]) expect(values).toContain(v);
    expect(j.numbers.find((n) => n.value === 40)?.noun?.text).toBe('كلم');
    expect(j.numbers.find((n) => n.value === 2000)?.noun?.text).toBe('مقاتل');
  });
});
