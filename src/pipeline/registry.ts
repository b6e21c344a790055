// Stages registered by name with what they require and assign; pipelines are checked when they are built.
import { PipelineError } from '../errors.js';
import type { Doc, LayerName } from './doc.js';

/** One step of the extraction pipeline. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  process(doc: Doc): Doc;
}

/** How a registered stage is made from the loaded resources (`R`). */
export interface StageSpec<R> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly create: (resources: R) => (doc: Doc) => Doc;
}

export class Registry<R> {
  readonly #specs = new Map<string, StageSpec<R>>();

  register(spec: StageSpec<R>): this {
    if (this.#specs.has(spec.name)) throw new PipelineError('E_PIPELINE_UNKNOWN', `A stage named "${spec.name}" is already registered.`);
    this.#specs.set(spec.name, spec);
    return this;
  }

  names(): string[] {
    return [...this.#specs.keys()];
  }

  get(name: string): StageSpec<R> {
    const spec = this.#specs.get(name);
    if (!spec) {
      throw new PipelineError('E_PIPELINE_UNKNOWN', `No stage is registered as "${name}"; registered stages: ${this.names().join(', ')}.`);
    }
    return spec;
  }

  /** The registered stages that assign `layer`. */
  providers(layer: LayerName): string[] {
    return [...this.#specs.values()].filter((s) => s.assigns.includes(layer)).map((s) => s.name);
  }

  /**
   * Builds a pipeline from stage names, in order. Fails at once, naming the stage to add, when a stage requires a
   * layer that no earlier stage assigns.
   */
  build(names: readonly string[], resources: R): Pipeline {
    const available = new Set<LayerName>();
    const stages: Stage[] = [];
    for (const name of names) {
      const spec = this.get(name);
      for (const need of spec.requires) {
        if (!available.has(need)) {
          const by = this.providers(need);
          const fix = by.length ? `add ${by.map((b) => `"${b}"`).join(' or ')} before "${name}"` : `no registered stage assigns it`;
          throw new PipelineError('E_PIPELINE_MISSING', `Stage "${name}" requires the "${need}" layer, which no earlier stage assigns: ${fix}.`);
        }
      }
      for (const a of spec.assigns) available.add(a);
      stages.push({ name: spec.name, requires: spec.requires, assigns: spec.assigns, process: spec.create(resources) });
    }
    return new Pipeline(stages);
  }
}

/** An ordered, checked list of stages. */
export class Pipeline {
  constructor(readonly stages: readonly Stage[]) {}

  run(doc: Doc): Doc {
    let d = doc;
    for (const stage of this.stages) d = stage.process(d);
    return d;
  }

  get names(): string[] {
    return this.stages.map((s) => s.name);
  }
}
