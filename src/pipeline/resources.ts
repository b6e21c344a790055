// The resources every stage is built from: loaded once, immutable, passed to the stage factories.
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/compile.js';
import { loadEventResources, type EventResources } from '../events/index.js';
import { loadQuoteLexicon, type QuoteLexicon } from '../quotes/index.js';
import { loadNerModel, type NerModel } from '../ner/index.js';
import { loadTextResources, type TextResources } from '../text/index.js';

export interface Resources {
  readonly text: TextResources;
  readonly kb: KnowledgeBase;
  readonly quotes: QuoteLexicon;
  /** The statistical named-entity recogniser (data/models/ner-anercorp.bin). */
  readonly ner: NerModel;
  /** Event triggers, stance cues and argument words (data/events). */
  readonly events: EventResources;
}

/** Loads and validates every data file the default pipeline needs. */
export function loadResources(dataDir: string = DEFAULT_DATA_DIR): Resources {
  const text = loadTextResources(dataDir);
  const kb = loadKnowledgeBase(text, dataDir);
  return { text, kb, quotes: loadQuoteLexicon(text, kb, dataDir), ner: loadNerModel(), events: loadEventResources(text, dataDir) };
}
