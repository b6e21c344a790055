// Quotes: who said what, through which medium — the stage, the finder and the cue lexicon (data/quotes/).
import type { Quote } from '../contract/extraction.js';
import type { Doc } from '../pipeline/doc.js';
import { findQuotes } from './find.js';
import type { QuoteLexicon } from './lexicon.js';

export { findQuotes } from './find.js';
export { PhraseTable, type Phrase } from './phrases.js';
export {
  compileQuoteLexicon, loadQuoteData, loadQuoteLexicon, verbForms, QuoteDataSchema,
  type QuoteData, type QuoteLexicon, type CueForm, type CueVerb, type AccordingCue, type Frame,
} from './lexicon.js';

declare module '../pipeline/doc.js' {
  interface Layers {
    /** Quotes and attributions, in the order of their cues (contract `quotes`). */
    quotes: Quote[];
  }
}

/** The layers the quotes stage reads. */
export const QUOTES_REQUIRES = ['tokens', 'sentences', 'entities', 'mentions', 'agents', 'nominals'] as const;

/**
 * The quotes stage: sets the `quotes` layer. The lexicon is compiled once, with the other resources.
 * @example
 *   const quotes = loadQuoteLexicon(resources.text, resources.kb);
 *   registry.register({ name: 'quotes', requires: QUOTES_REQUIRES, assigns: ['quotes'], create: () => quotesStage(quotes) });
 */
export function quotesStage(lexicon: QuoteLexicon): (doc: Doc) => Doc {
  return (doc) => doc.set('quotes', findQuotes(doc, lexicon));
}
