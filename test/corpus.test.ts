// The text layer over every real article in ../shared/corpus: no exception, every span round-trips.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText, loadTextResources } from '../src/text/index.js';
import { parsePublished } from '../src/ingest/sources.js';
import { SHARED, sharedNote } from './shared.js';

sharedNote();

interface CorpusRecord { id: string; title?: string; body: string; published?: string }

function corpus(): CorpusRecord[] {
  const dir = join(SHARED as string, 'corpus');
  const out: CorpusRecord[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as CorpusRecord);
  }
  return out;
}

describe.skipIf(!SHARED)('text layer over ../shared/corpus', () => {
  it('analyses every article without an exception; all offsets round-trip', () => {
    const res = loadTextResources();
    const records = corpus();
    expect(records.length).toBeGreaterThan(800);
    let tokens = 0;
    let dates = 0;
    let numbers = 0;
    for (const r of records) {
      const text = r.title ? `${r.title}\n\n${r.body}` : r.body;
      const a = analyseText(text, res, r.published ? parsePublished(r.published) : null);
      const { starts, ends } = a.normalised;
      for (let i = 1; i < starts.length; i++) {
        if ((starts[i] as number) < (starts[i - 1] as number) || (ends[i] as number) < (ends[i - 1] as number)) {
          throw new Error(`${r.id}: offset map not monotonic at ${i}`);
        }
      }
      for (const t of a.tokens) if (text.slice(t.start, t.end) !== t.text) throw new Error(`${r.id}: token ${t.index} does not round-trip`);
      let next = 0;
      for (const s of a.sentences) {
        if (text.slice(s.start, s.end) !== s.text || s.tokenStart !== next) throw new Error(`${r.id}: sentence ${s.index} is wrong`);
        next = s.tokenEnd;
      }
      expect(next, r.id).toBe(a.tokens.length);
      for (const x of [...a.numbers, ...a.dates]) if (text.slice(x.start, x.end) !== x.text) throw new Error(`${r.id}: span "${x.text}" does not round-trip`);
      tokens += a.tokens.length;
      dates += a.dates.length;
      numbers += a.numbers.length;
    }
    expect(tokens).toBeGreaterThan(100_000);
    expect(dates).toBeGreaterThan(500);
    expect(numbers).toBeGreaterThan(1000);
  });
});
