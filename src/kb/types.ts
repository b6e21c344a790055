// The compiled knowledge base's types, shared by the compiler, its cache, the validator and the stages.
import type { Agent, KbRecord } from './schema.js';

/** A KB record with its entity type and where it was read from. */
export interface KbEntry extends KbRecord {
  readonly type: 'PER' | 'ORG' | 'LOC';
  readonly file: string;
  readonly line: number;
  /** Countries only: ids of the capital that also stands for the country. */
  readonly capitalOf?: string;
}

export interface AliasRef {
  /** The record (names trie), the agent's index (agents trie), or the country code (nisba trie). */
  readonly id: string;
  readonly via: 'name' | 'alias' | 'acronym' | 'nisba' | 'agent' | 'title' | 'nominal';
  /**
   * Names trie: the aliases as written, keeping hamza, ة and ى (the strict form), so that a match whose letters
   * disagree with every spelling of the name (بأنه against بانه, قصره against قصرة) can be refused.
   */
  readonly surfaces?: string[];
}

/** A trie over token keys; `refs` are the referents of the phrase that ends at this node. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly refs: AliasRef[];
}

export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, KbEntry>;
  /** Names, aliases and acronyms of every record. */
  readonly names: TrieNode;
  /** Nisba adjectives and demonyms → country id. */
  readonly nisba: TrieNode;
  /** Agent role nouns → index in `agents`. */
  readonly agentTrie: TrieNode;
  readonly agents: readonly Agent[];
  /** Cue word key → kinds it announces (مدينة → city, …). */
  readonly cues: ReadonlyMap<string, ReadonlySet<string>>;
  readonly titles: TrieNode;
  /** Nominal word key → the kind of entity it refers back to (الصحيفة → media). */
  readonly nominal: ReadonlyMap<string, string>;
  /** Family-name key → ids of the people who bear it. */
  readonly families: ReadonlyMap<string, readonly string[]>;
  /** Family names that one KB person bears, that are no one's given name and no function word (via 'name'). */
  readonly uniqueFamilies: TrieNode;
  /** Person id → the token keys of the family name. */
  readonly familyOf: ReadonlyMap<string, readonly string[]>;
  /** ISO3 → country record id. */
  readonly countries: ReadonlyMap<string, string>;
  /** Given-name keys of the people in the KB (a family name that is also a given name is not unique evidence). */
  readonly givenNames: ReadonlySet<string>;
  /** Function words (على، في، من …): never a name on their own, whatever a record says. */
  readonly functionWords: ReadonlySet<string>;
  /** The strict form of a phrase: tashkeel removed, hamza, ة and ى kept (see AliasRef.surfaces). */
  readonly strict: (phrase: string) => string;
  /** How many alias phrases the tries hold. */
  readonly size: number;
}
