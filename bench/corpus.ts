// The real articles of ../shared/corpus for the benchmarks: title + blank line + body, as `rasid extract` reads JSONL.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus folder (RASID_SHARED overrides ../shared). */
export const CORPUS_DIR = join(process.env.RASID_SHARED ?? join(process.cwd(), '..', 'shared'), 'corpus');

/** The corpus articles' texts, or null (with a line saying why) when ../shared is absent. */
export function loadCorpus(): string[] | null {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`bench skipped: ${CORPUS_DIR} is absent (the benchmarks read the real corpus from ../shared)`);
    return null;
  }
  const articles: string[] = [];
  for (const f of readdirSync(CORPUS_DIR).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(CORPUS_DIR, f), 'utf8').split('\n')) if (line.trim()) {
      const r = JSON.parse(line) as { title?: string; body: string };
      articles.push(r.title ? `${r.title}\n\n${r.body}` : r.body);
    }
  }
  return articles;
}

/** Median seconds of `rounds` runs of `fn`, after one warm-up run. */
export function median(fn: () => void, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    const s = performance.now();
    fn();
    if (r > 0) times.push(performance.now() - s);
  }
  return (times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number) / 1000;
}
