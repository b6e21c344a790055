// Sentence splitter over tokens: terminal marks and line breaks, aware of abbreviations, initials and quotations.
import { z } from 'zod';
import { loadDataFile } from '../data/load.js';
import type { Normaliser } from './normalise.js';
import type { Sentence, Token } from './types.js';

export const SentenceDataSchema = z.object({
  $comment: z.string().optional(),
  abbreviations: z.array(z.string().min(1)),
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })).min(1),
  closers: z.array(z.string().length(1)),
});
export type SentenceData = z.infer<typeof SentenceDataSchema>;

export function loadSentenceData(dataDir?: string): SentenceData {
  return loadDataFile('text/sentences.json', SentenceDataSchema, dataDir);
}

export interface SentenceRules {
  readonly abbreviations: ReadonlySet<string>;
  /** opening mark → closing mark */
  readonly opens: ReadonlyMap<string, string>;
  readonly closes: ReadonlySet<string>;
  readonly closers: ReadonlySet<string>;
}

export function compileSentences(data: SentenceData, normaliser: Normaliser): SentenceRules {
  const opens = new Map<string, string>();
  for (const q of data.quotes) opens.set(q.open, q.close);
  return {
    abbreviations: new Set(data.abbreviations.map((a) => normaliser.key(a))),
    opens,
    closes: new Set(data.quotes.map((q) => q.close)),
    closers: new Set(data.closers),
  };
}

const TERMINAL = /^[.!?؟…]+$/;

/**
 * Groups tokens into sentences. A sentence ends at . ! ? ؟ … (with the closing quotes and brackets that follow
 * them), and at every line break, so headlines, captions and datelines are sentences of their own (kind 'line').
 * A full stop after an initial or a listed abbreviation does not end the sentence when the line goes on, and
 * nothing inside an open quotation ends it: «… انتهى؟» قال المتحدث is one sentence (a full stop just before the
 * closing mark does end it).
 */
export function splitSentences(tokens: readonly Token[], original: string, rules: SentenceRules): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const stack: string[] = []; // expected closing marks of open quotations
  const close = (endExclusive: number, kind: Sentence['kind']): void => {
    if (endExclusive <= first) return;
    const a = tokens[first] as Token;
    const b = tokens[endExclusive - 1] as Token;
    out.push({ index: out.length, start: a.start, end: b.end, text: original.slice(a.start, b.end), tokenStart: first, tokenEnd: endExclusive, kind });
    first = endExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.nl > 0 && i > first) {
      close(i, 'line');
      stack.length = 0;
    }
    if (tok.kind !== 'punct') continue;
    const t = tok.text;
    if (stack.length > 0 && t === stack[stack.length - 1]) {
      stack.pop();
      // «… انتهى الأمر.» ends the sentence; «… انتهت الحرب؟» تساءل … goes on with the speaker.
      const prev = tokens[i - 1] as Token;
      if (stack.length === 0 && prev.norm === '.' && i > first) {
        let end = i + 1;
        while (end < tokens.length && (tokens[end] as Token).nl === 0 && rules.closers.has((tokens[end] as Token).text)) end++;
        close(end, 'sentence');
        i = end - 1;
      }
      continue;
    }
    const closing = rules.opens.get(t);
    if (closing !== undefined && !(rules.closes.has(t) && stack.includes(t))) { stack.push(closing); continue; }
    if (!TERMINAL.test(tok.norm) || stack.length > 0) continue;
    const next = tokens[i + 1];
    const sameLine = next !== undefined && next.nl === 0;
    if (tok.norm === '.' && sameLine && i > first) {
      const prev = tokens[i - 1] as Token;
      const initial = (prev.kind === 'arabic' || prev.kind === 'latin') && prev.norm.length === 1;
      if (prev.end === tok.start && (initial || rules.abbreviations.has(prev.norm))) continue;
    }
    let end = i + 1;
    while (end < tokens.length && (tokens[end] as Token).nl === 0 && rules.closers.has((tokens[end] as Token).text)) end++;
    close(end, 'sentence');
    i = end - 1;
  }
  close(tokens.length, 'line');
  return out;
}
