// The knowledge base: compiled records, the matcher, agents, coreference, linking and geocoding stages.
import type { Entity } from '../contract/extraction.js';
import type { Doc } from '../pipeline/doc.js';
import type { TextResources } from '../text/index.js';
import { findAgents, type AgentMention } from './agents.js';
import type { KnowledgeBase } from './compile.js';
import { addCoreference, nominalMentions, type NominalMention } from './coref.js';
import { linkEntities } from './link.js';
import { matchPhrases, Segments } from './matcher.js';
import { resolveMatches, trimDescriptors, type KbMention } from './resolve.js';

export { compileKb, compileKbCache, loadKnowledgeBase, loadContext, phraseKeys, walk, type KnowledgeBase, type KbEntry, type TrieNode } from './compile.js';
export { DEFAULT_CACHE, kbFingerprint } from './cache.js';
export { loadKbRecords, loadAgents, parseKbJsonl, kbFiles, type LoadedRecord, type KbProblem } from './load.js';
export { matchPhrases, Segments, type PhraseMatch } from './matcher.js';
export { resolveMatches, trimDescriptors, spellingAgrees, prior, type KbMention } from './resolve.js';
export { findAgents, type AgentMention } from './agents.js';
export { addCoreference, nominalMentions, type NominalMention } from './coref.js';
export { linkEntities, geoOf } from './link.js';

declare module '../pipeline/doc.js' {
  interface Layers {
    /** Names the KB knows, each resolved to one referent (coreferent mentions included). */
    mentions: KbMention[];
    /** Nominal actors: role noun + country (السلطات الألبانية). */
    agents: AgentMention[];
    /** Common nouns that refer back to a named entity (الصحيفة → the newspaper named before). */
    nominals: NominalMention[];
    /** One entity per referent, with all its mentions. */
    entities: Entity[];
    /** The clitic readings of the document's tokens (computed once, on demand, by the KB stage). */
    segments: Segments;
  }
}

/** The KB matcher stage: finds names, resolves each to a referent, adds coreferent mentions and agents. */
export function kbStage(kb: KnowledgeBase, text: TextResources): (doc: Doc) => Doc {
  return (doc) => {
    const tokens = doc.get('tokens');
    const n = doc.get('normalised');
    const segs = new Segments(tokens, n, text.clitics);
    let matches = matchPhrases(segs, kb.names);
    // a date is not a name: الأربعاء the weekday, not the town of that name
    if (doc.has('dates')) {
      const inDate = new Uint8Array(tokens.length);
      for (const d of doc.get('dates')) inDate.fill(1, d.tokenStart, d.tokenEnd);
      matches = matches.filter((m) => !inDate[m.tokenStart]);
    }
    const resolved = trimDescriptors(resolveMatches(matches, segs, kb), tokens, kb);
    const mentions = addCoreference(resolved, segs, kb);
    doc.set('mentions', mentions);
    doc.set('agents', findAgents(segs, kb, mentions));
    doc.set('nominals', nominalMentions(mentions, tokens, kb));
    // the clitic readings of the document's words, for the later stages that read words the same way
    doc.set('segments', segs);
    return doc;
  };
}

/** The linking stage: one entity per referent, with KB facts and coordinates. */
export function linkStage(kb: KnowledgeBase): (doc: Doc) => Doc {
  // names the statistical recogniser found, when that stage ran, join as unlinked entities where the KB has none
  return (doc) => doc.set('entities', linkEntities(doc.get('mentions'), kb, doc.has('ner') ? doc.get('ner') : []));
}
