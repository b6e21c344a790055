// The Arabic text layer: normalisation, tokens, sentences, clitics, numbers and dates, all with original offsets.
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { compileClitics, loadCliticData, type CliticLexicon } from './clitics.js';
import { compileDates, findDates, loadDateData, type DateLexicon } from './dates.js';
import { createNormaliser, type Normalised, type NormaliseOptions, type Normaliser } from './normalise.js';
import { compileNumbers, findNumbers, loadNumberData, type NumberLexicon } from './numbers.js';
import { compileSentences, loadSentenceData, splitSentences, type SentenceRules } from './sentences.js';
import { tokenise } from './tokenise.js';
import type { DateSpan, NumberSpan, Sentence, Token } from './types.js';

export * from './types.js';
export { createNormaliser, toOriginal, type Normalised, type Normaliser, type NormaliseOptions } from './normalise.js';
export { tokenise } from './tokenise.js';
export { splitSentences, type SentenceRules } from './sentences.js';
export { segment, segmentToken, type Segmentation, type CliticLexicon } from './clitics.js';
export { findNumbers, type NumberLexicon } from './numbers.js';
export { findDates, type DateLexicon } from './dates.js';

/** Everything the text layer needs, compiled once from data/text/ and passed in. */
export interface TextResources {
  readonly normaliser: Normaliser;
  readonly sentences: SentenceRules;
  readonly clitics: CliticLexicon;
  readonly numbers: NumberLexicon;
  readonly dates: DateLexicon;
}

/** Loads and validates the text layer's data files (data/text/*.json) and compiles them. */
export function loadTextResources(dataDir: string = DEFAULT_DATA_DIR, options: NormaliseOptions = {}): TextResources {
  const normaliser = createNormaliser(options);
  return {
    normaliser,
    sentences: compileSentences(loadSentenceData(dataDir), normaliser),
    clitics: compileClitics(loadCliticData(dataDir), normaliser),
    numbers: compileNumbers(loadNumberData(dataDir), normaliser),
    dates: compileDates(loadDateData(dataDir), normaliser),
  };
}

export interface TextAnalysis {
  normalised: Normalised;
  tokens: Token[];
  sentences: Sentence[];
  numbers: NumberSpan[];
  dates: DateSpan[];
}

/** Numbers that lie inside a date (the 2018 of «3 مارس 2018») belong to the date, not to the counts. */
export function numbersOutsideDates(numbers: readonly NumberSpan[], dates: readonly DateSpan[]): NumberSpan[] {
  if (dates.length === 0) return [...numbers];
  // both lists are in text order and their spans do not overlap among themselves: one pass
  const out: NumberSpan[] = [];
  let d = 0;
  for (const n of numbers) {
    while (d < dates.length && (dates[d] as DateSpan).end <= n.start) d++;
    const date = dates[d];
    if (!(date && n.start >= date.start && n.end <= date.end)) out.push(n);
  }
  return out;
}

/**
 * Runs the whole text layer on one text.
 * @example
 *   const a = analyseText('قُتل ستة أشخاص أمس', loadTextResources(), '2014-11-16');
 *   a.numbers[0].value // 6
 *   a.dates[0].value   // '2014-11-15'
 */
export function analyseText(text: string, res: TextResources, published: string | null = null): TextAnalysis {
  const normalised = res.normaliser.normalise(text);
  const tokens = tokenise(normalised);
  const sentences = splitSentences(tokens, text, res.sentences);
  const dates = findDates(tokens, res.dates, text, published);
  const numbers = numbersOutsideDates(findNumbers(tokens, res.numbers, text), dates);
  return { normalised, tokens, sentences, numbers, dates };
}
