// `rasid ner`, `rasid ner train` and `rasid eval-ner` through the CLI entry point, with the committed model.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { tagConll } from '../cli/ner.js';
import type { Io } from '../cli/output.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { loadTextResources, type TextResources } from '../text/index.js';
import { loadNerModel, parseConll, type NerModel } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-ner-cli-'));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function rasid(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => { out += s; }, err: (s) => { err += s; }, isTTY: false, stdinIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

/** The input's lines as `rasid ner --conll` must give them back: token (first column) + tab + a tag, or blank. */
function expectMirrors(input: string, output: string): void {
  const lines = parseConll(input).lines;
  const got = output === '' ? [] : output.replace(/\n$/, '').split('\n');
  expect(got).toHaveLength(lines.length);
  lines.forEach((l, i) => {
    const o = got[i] as string;
    if (l.kind === 'blank') expect(o).toBe('');
    else if (l.kind === 'docstart') expect(o).toBe('-DOCSTART-\tO');
    else if (l.kind === 'token') {
      expect(o.slice(0, o.lastIndexOf('\t'))).toBe(l.token);
      expect(o.slice(o.lastIndexOf('\t') + 1)).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    }
  });
}

let text: TextResources;
let kb: KnowledgeBase;
let model: NerModel;
beforeAll(() => {
  text = loadTextResources();
  kb = loadKnowledgeBase(text);
  model = loadNerModel();
});

describe('rasid ner --conll', () => {
  it('keeps every token in order on odd input: blank lines at both ends, CRLF, tabs, tag columns, a very long sentence', async () => {
    const words = ['قال', 'الرئيس', 'محمد', 'عبدالله', 'في', 'بغداد', '،', 'و', 'Reuters', '2002', '(', 'أ)', '«', 'واشنطن', '»', '.'];
    const long = Array.from({ length: 6000 }, (_, i) => words[i % words.length] as string).join('\r\n');
    const input = `\r\n\r\n${long}\r\n\r\nزار\tO\r\nأوباما  B-PERS\r\n\tدمشق\t\tB-LOC\r\nNew York\tB-LOC\r\n\r\n\r\n`;
    const r = await rasid(['ner', '--conll', file('odd.conll', input)]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expectMirrors(input, r.out);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 2)).toEqual(['', '']);
    expect(lines[6003]).toMatch(/^زار\t/);
    expect(lines[6005]).toMatch(/^دمشق\t/);
    expect(lines[6006]).toMatch(/^New York\t/);
  });

  it('property: any CoNLL-like input comes back line for line', () => {
    const token = fc.oneof(
      fc.constantFrom('بغداد', 'وزير', 'محمد', '،', '.', 'ـ', '\u200F', '(د', 'US', '٢٠٠٢', '-DOCSTART-', 'الأمم', 'المتحدة'),
      fc.stringMatching(/^[\u0621-\u064A\u064B-\u0652a-zA-Z0-9.,()«»]{1,8}$/),
    );
    const line = fc.oneof(
      { arbitrary: fc.constant(''), weight: 1 },
      { arbitrary: token, weight: 4 },
      { arbitrary: fc.tuple(token, fc.constantFrom('O', 'B-LOC', 'I-PERS', 'x')).map(([t, g]) => `${t}\t${g}`), weight: 2 },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => {
        const input = ls.join(eol) + (ls.length ? eol : '');
        expectMirrors(input, tagConll(parseConll(input), model, text, kb));
      }),
      { numRuns: 60 },
    );
  });

  it('an empty input gives an empty output; a missing file is E_INPUT_NOT_FOUND; a missing model E_MODEL_INVALID (exit 3)', async () => {
    expect((await rasid(['ner', '--conll', file('empty.conll', '')])).out).toBe('');
    const missing = await rasid(['ner', '--conll', join(dir, 'nope.conll')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/E_INPUT_NOT_FOUND/);
    const noModel = await rasid(['ner', '--conll', file('a.conll', 'بغداد\n'), '--model', join(dir, 'nope.bin')]);
    expect(noModel.code).toBe(3);
    expect(noModel.err).toMatch(/E_MODEL_INVALID/);
  });
});

describe('rasid ner FILE', () => {
  it('prints the names of an article with offsets into its text', async () => {
    const article = 'قال الرئيس الأمريكي باراك أوباما في واشنطن أمس إن وزير الخارجية جون كيري سيزور بغداد.';
    const r = await rasid(['ner', file('a.txt', article)]);
    expect(r.code).toBe(0);
    const { ner } = JSON.parse(r.out) as { ner: { start: number; end: number; text: string; type: string; confidence: number }[] };
    expect(ner.length).toBeGreaterThan(0);
    for (const s of ner) {
      expect(article.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(ner.find((s) => s.text === 'بغداد')?.type).toBe('LOC');
    expect(ner.find((s) => s.text.includes('أوباما'))?.type).toBe('PER');
  });
});

describe('rasid eval-ner', () => {
  const gold = 'محمد B-PERS\nعلي I-PERS\nزار O\nبغداد B-LOC\n\nقال O\nالبنك B-ORG\nالأهلي I-ORG\n';
  const pred = 'محمد B-PERS\nعلي I-PERS\nزار O\nبغداد B-ORG\n\nقال O\nالبنك B-ORG\nالأهلي I-ORG\n';

  it('scores a prediction file against gold: per type and micro, exact span and type', async () => {
    const r = await rasid(['eval-ner', '--conll', file('gold.conll', gold), '--pred', file('pred.conll', pred), '--json']);
    expect(r.code).toBe(0);
    const { scores } = JSON.parse(r.out) as { scores: Record<string, { p: number; r: number; f1: number }> };
    expect(scores.PER).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(scores.LOC).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(scores.ORG).toMatchObject({ p: 0.5, r: 1 });
    expect(scores.ALL?.f1).toBeCloseTo(2 / 3);
    const table = await rasid(['eval-ner', '--conll', join(dir, 'gold.conll'), '--pred', join(dir, 'pred.conll')]);
    expect(table.out).toMatch(/PER\s+100\.00\s+100\.00\s+100\.00/);
  });

  it('refuses predictions that do not line up with the gold, and gold with a bad tag (file:line)', async () => {
    const short = await rasid(['eval-ner', '--conll', file('g2.conll', gold), '--pred', file('p2.conll', 'محمد O\n')]);
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/E_INPUT_FORMAT/);
    const bad = await rasid(['eval-ner', '--conll', file('g3.conll', 'محمد B-PERSON\n'), '--pred', file('p3.conll', 'محمد O\n')]);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/g3\.conll:1/);
  });

  it('runs the committed model on gold tokens', async () => {
    const r = await rasid(['eval-ner', '--conll', file('g4.conll', gold), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { sentences: number }).sentences).toBe(2);
  });
});

describe('rasid ner train', () => {
  it('trains on a CoNLL file, prints each epoch, writes a model that tags', async () => {
    const tiny = readFileSync(new URL('./fixtures/tiny.conll', import.meta.url), 'utf8');
    const out = join(dir, 'tiny.bin');
    const r = await rasid(['ner', 'train', '--conll', file('tiny.conll', tiny), '--out', out, '--epochs', '4', '--passes', '1']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pass 1 run 1, epoch {2}1: \d+ token mistakes/);
    expect(r.out).toMatch(/wrote .*tiny\.bin/);
    const tagged = await rasid(['ner', '--conll', file('t.conll', 'زار\nبغداد\n'), '--model', out, '--tags', 'rasid']);
    expect(tagged.code).toBe(0);
    expect(tagged.out.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('needs --conll and --out, and a tag on every line', async () => {
    expect((await rasid(['ner', 'train', '--conll', 'x'])).code).toBe(1);
    const bad = await rasid(['ner', 'train', '--conll', file('bad.conll', 'محمد B-PERS\nعلي\n'), '--out', join(dir, 'x.bin')]);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/bad\.conll:2: no tag column/);
  });
});
