// Events, first layer: trigger words with their PLOVER type, mode and CAMEO root, and the stance of each.
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import { Segments } from '../kb/matcher.js';
import type { Doc } from '../pipeline/doc.js';
import type { TextResources } from '../text/index.js';
import { StanceDataSchema, TriggerDataSchema, type StanceData, type TriggerData } from './schema.js';
import { assignStances, compileStance, type EventLexicon } from './stance.js';
import { compileTriggers, findTriggers, type TriggerCandidate } from './triggers.js';

export { conjugate, declineNoun, citationForm, rootClass, VERB_FORMS, type VerbSpec, type VerbWord, type NounWord, type Tense, type Voice } from './morphology.js';
export { PLOVER_TYPES, STANCES, TriggerDataSchema, StanceDataSchema, type PloverType, type Stance, type TriggerData, type StanceData } from './schema.js';
export { compileTriggers, findTriggers, type TriggerCandidate, type TriggerLexicon, type TriggerSense, type CueSpan } from './triggers.js';
export { compileStance, stanceOf, assignStances, type StanceLexicon, type EventLexicon } from './stance.js';

declare module '../pipeline/doc.js' {
  interface Layers {
    /** Event trigger candidates with their type, mode, CAMEO root and stance; arguments come later. */
    triggers: TriggerCandidate[];
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
    const segs = new Segments(doc.get('tokens'), doc.get('normalised'), lexicon.triggers.clitics);
    const sentences = doc.get('sentences');
    const triggers = findTriggers(segs, sentences, lexicon.triggers);
    return doc.set('triggers', assignStances(triggers, segs, sentences, lexicon));
  };
}
