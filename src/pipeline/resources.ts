// The resources every stage is built from: loaded once, immutable, passed to the stage factories.
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { loadTextResources, type TextResources } from '../text/index.js';

export interface Resources {
  readonly text: TextResources;
}

/** Loads and validates every data file the default pipeline needs. */
export function loadResources(dataDir: string = DEFAULT_DATA_DIR): Resources {
  return { text: loadTextResources(dataDir) };
}
