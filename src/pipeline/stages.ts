// The built-in stages and the default extraction pipeline.
import { kbStage, linkStage } from '../kb/index.js';
import { QUOTES_REQUIRES, quotesStage } from '../quotes/index.js';
import { nerStage } from '../ner/index.js';
import { EVENTS_REQUIRES, eventsStage } from '../events/index.js';
import { findDates, findNumbers, numbersOutsideDates, splitSentences, tokenise } from '../text/index.js';
import { Registry } from './registry.js';
import type { Resources } from './resources.js';

/** The stages of the default pipeline, in order. */
export const DEFAULT_STAGES: readonly string[] = ['normalise', 'tokenise', 'sentences', 'dates', 'numbers', 'kb', 'ner', 'link', 'quotes', 'events'];

/** A registry holding every built-in stage. */
export function createRegistry(): Registry<Resources> {
  return new Registry<Resources>()
    .register({
      name: 'normalise',
      requires: [],
      assigns: ['normalised'],
      create: (r) => (doc) => doc.set('normalised', r.text.normaliser.normalise(doc.text)),
    })
    .register({
      name: 'tokenise',
      requires: ['normalised'],
      assigns: ['tokens'],
      create: () => (doc) => doc.set('tokens', tokenise(doc.get('normalised'))),
    })
    .register({
      name: 'sentences',
      requires: ['tokens'],
      assigns: ['sentences'],
      create: (r) => (doc) => doc.set('sentences', splitSentences(doc.get('tokens'), doc.text, r.text.sentences)),
    })
    .register({
      name: 'dates',
      requires: ['tokens'],
      assigns: ['dates'],
      create: (r) => (doc) => doc.set('dates', findDates(doc.get('tokens'), r.text.dates, doc.text, doc.meta.published)),
    })
    .register({
      name: 'numbers',
      requires: ['tokens', 'dates'],
      assigns: ['numbers'],
      create: (r) => (doc) =>
        doc.set('numbers', numbersOutsideDates(findNumbers(doc.get('tokens'), r.text.numbers, doc.text), doc.get('dates'))),
    })
    .register({
      name: 'kb',
      requires: ['normalised', 'tokens'],
      assigns: ['mentions', 'agents', 'nominals', 'segments'],
      create: (r) => kbStage(r.kb, r.text),
    })
    .register({
      name: 'ner',
      requires: ['tokens'],
      assigns: ['ner'],
      create: (r) => nerStage(r.ner, r.text, r.kb),
    })
    .register({
      name: 'link',
      requires: ['mentions'],
      assigns: ['entities'],
      create: (r) => linkStage(r.kb),
    })
    .register({
      name: 'quotes',
      requires: QUOTES_REQUIRES,
      assigns: ['quotes'],
      create: (r) => quotesStage(r.quotes),
    })
    .register({
      name: 'events',
      requires: EVENTS_REQUIRES,
      assigns: ['triggers', 'events'],
      create: (r) => eventsStage(r.events, r.quotes),
    });
}
