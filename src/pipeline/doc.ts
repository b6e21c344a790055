// The document model: the original text, never modified, and the named layers that stages add to it.
import { PipelineError } from '../errors.js';
import type { Normalised } from '../text/normalise.js';
import type { DateSpan, NumberSpan, Sentence, Token } from '../text/types.js';

/** What is known about an article besides its text. */
export interface ArticleMeta {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD; relative dates are resolved against it. */
  published: string | null;
}

/**
 * The layers a Doc can carry, by name. Later stages add theirs by declaration merging:
 * `declare module '../pipeline/doc.js' { interface Layers { entities: Entity[] } }`.
 */
export interface Layers {
  normalised: Normalised;
  tokens: Token[];
  sentences: Sentence[];
  numbers: NumberSpan[];
  dates: DateSpan[];
}

export type LayerName = keyof Layers;

export class Doc {
  /** The original text; every offset in every layer points into it. */
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly #layers = new Map<LayerName, unknown>();

  constructor(text: string, meta: ArticleMeta) {
    this.text = text;
    this.meta = meta;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  /** The layer `name`; throws a PipelineError when no stage has assigned it. */
  get<K extends LayerName>(name: K): Layers[K] {
    if (!this.#layers.has(name)) {
      throw new PipelineError('E_PIPELINE_MISSING', `The document has no "${name}" layer: no stage that assigns it has run.`);
    }
    return this.#layers.get(name) as Layers[K];
  }

  set<K extends LayerName>(name: K, value: Layers[K]): this {
    this.#layers.set(name, value);
    return this;
  }

  /** Names of the layers present, in the order they were assigned. */
  layerNames(): LayerName[] {
    return [...this.#layers.keys()];
  }
}
