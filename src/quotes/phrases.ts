// Phrases (sequences of token keys) indexed by their first key, so that matching at a token costs one map lookup.

export interface Phrase<T> {
  readonly keys: readonly string[];
  readonly value: T;
}

const EMPTY: readonly Phrase<never>[] = [];

/** An immutable table of phrases; the phrases that begin with a key come longest first. */
export class PhraseTable<T> {
  readonly #byFirst = new Map<string, Phrase<T>[]>();

  constructor(entries: Iterable<Phrase<T>>) {
    for (const e of entries) {
      const first = e.keys[0];
      if (first === undefined) continue;
      let list = this.#byFirst.get(first);
      if (!list) { list = []; this.#byFirst.set(first, list); }
      if (!list.some((x) => x.keys.join(' ') === e.keys.join(' '))) list.push(e);
    }
    for (const list of this.#byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The phrases that begin with `key`, longest first. */
  startingWith(key: string): readonly Phrase<T>[] {
    return this.#byFirst.get(key) ?? EMPTY;
  }

  /** The one-word phrase `key`, if the table holds it. */
  word(key: string): Phrase<T> | undefined {
    return this.#byFirst.get(key)?.find((p) => p.keys.length === 1);
  }
}
