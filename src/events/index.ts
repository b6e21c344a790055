// Events, first layer: trigger words with their PLOVER type, mode and CAMEO root, and the stance of each.
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import { Segments } from '../kb/matcher.js';
import type { Doc } from '../pipeline/doc.js';
import type { TextResources } from '../text/index.js';
import type { Event } from '../contract/extraction.js';
import { DocView } from '../quotes/view.js';
import type { QuoteLexicon } from '../quotes/lexicon.js';
import { compileArguments, type ArgumentLexicon } from './argument-lexicon.js';
import { ArgumentReader } from './arguments.js';
import { ArgumentDataSchema, StanceDataSchema, TriggerDataSchema, type ArgumentData, type StanceData, type TriggerData } from './schema.js';
import { assignStances, compileStance, type EventLexicon } from './stance.js';
import { compileTriggers, findTriggers, type TriggerCandidate } from './triggers.js';

export { conjugate, declineNoun, citationForm, rootClass, VERB_FORMS, type VerbSpec, type VerbWord, type NounWord, type Tense, type Voice } from './morphology.js';
export { PLOVER_TYPES, STANCES, TriggerDataSchema, StanceDataSchema, type PloverType, type Stance, type TriggerData, type StanceData } from './schema.js';
export { compileTriggers, findTriggers, type TriggerCandidate, type TriggerLexicon, type TriggerSense, type CueSpan } from './triggers.js';
export { compileArguments, type ArgumentLexicon } from './argument-lexicon.js';
export { ArgumentReader } from './arguments.js';
export { Incidents, overlapsActors } from './incidents.js';
export { compileStance, stanceOf, assignStances, type StanceLexicon, type EventLexicon } from './stance.js';

declare module '../pipeline/doc.js' {
  interface Layers {
    /** Event trigger candidates with their type, mode, CAMEO root and stance; arguments come later. */
    triggers: TriggerCandidate[];
    /** Events with their arguments, stance and attribution (contract `events`). */
    events: Event[];
  }
}

/** Reads and validates data/events/triggers.json (errors name the file and line). */
export function loadTriggerData(dataDir: string = DEFAULT_DATA_DIR): TriggerData {
  return loadDataFile('events/triggers.json', TriggerDataSchema, dataDir);
}

/** Reads and validates data/events/stance.json. */
export function loadStanceData(dataDir: string = DEFAULT_DATA_DIR): StanceData {
  return loadDataFile('events/stance.json', StanceDataSchema, dataDir);
}

/** Reads and validates data/events/arguments.json. */
export function loadArgumentData(dataDir: string = DEFAULT_DATA_DIR): ArgumentData {
  return loadDataFile('events/arguments.json', ArgumentDataSchema, dataDir);
}

/** Everything the events stage knows: triggers, stance cues and argument words. */
export interface EventResources extends EventLexicon {
  readonly arguments: ArgumentLexicon;
}

/**
 * Loads, validates and compiles the trigger, stance and argument lexicons of data/events/.
 * @example
 *   const events = loadEventResources(loadTextResources());
 */
export function loadEventResources(text: TextResources, dataDir: string = DEFAULT_DATA_DIR): EventResources {
  return { ...loadEventLexicon(text, dataDir), arguments: compileArguments(loadArgumentData(dataDir), text) };
}

/** The layers the events stage reads. */
export const EVENTS_REQUIRES = ['tokens', 'sentences', 'dates', 'numbers', 'entities', 'mentions', 'agents', 'nominals', 'quotes'] as const;

/**
 * The events stage: finds the triggers (stance included) and reads their arguments; sets `triggers` and `events`.
 * The quote lexicon gives the per-token view of names, agents and quotation marks that quotes and events share.
 */
export function eventsStage(lexicon: EventResources, quotes: QuoteLexicon): (doc: Doc) => Doc {
  const find = triggersStage(lexicon);
  return (doc) => {
    const withTriggers = find(doc);
    const triggers = withTriggers.get('triggers');
    const view = new DocView(withTriggers, quotes);
    const reader = new ArgumentReader(view, lexicon.arguments, withTriggers.get('numbers'), withTriggers.get('dates'), withTriggers.get('quotes'), triggers);
    return withTriggers.set('events', reader.read(triggers));
  };
}

/**
 * Loads, validates and compiles the trigger and stance lexicons of data/events/.
 * @example
 *   const lexicon = loadEventLexicon(loadTextResources());
 *   const run = triggersStage(lexicon);
 */
export function loadEventLexicon(text: TextResources, dataDir: string = DEFAULT_DATA_DIR): EventLexicon {
  return { triggers: compileTriggers(loadTriggerData(dataDir), text), stance: compileStance(loadStanceData(dataDir), text) };
}

/**
 * The triggers stage (requires `normalised`, `tokens`, `sentences`; assigns `triggers`): finds the trigger candidates
 * of the document and sets the stance of each.
 */
export function triggersStage(lexicon: EventLexicon): (doc: Doc) => Doc {
  return (doc) => {
    const shared = doc.has('segments') ? doc.get('segments') : null;
    const segs = shared && shared.clitics === lexicon.triggers.clitics ? shared : new Segments(doc.get('tokens'), doc.get('normalised'), lexicon.triggers.clitics);
    const sentences = doc.get('sentences');
    const triggers = findTriggers(segs, sentences, lexicon.triggers);
    return doc.set('triggers', assignStances(triggers, segs, sentences, lexicon));
  };
}
