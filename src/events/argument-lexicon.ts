// The argument lexicon: data/events/arguments.json compiled for the argument reader, every word keyed like tokens.
import type { Sector } from '../contract/extraction.js';
import type { TextResources } from '../text/index.js';
import type { ArgumentData, PloverType } from './schema.js';

/** The compiled argument lexicon (data/events/arguments.json), keyed through the text layer's normaliser. */
export interface ArgumentLexicon {
  readonly symmetric: ReadonlySet<PloverType>;
  readonly relativeLightVerbs: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  readonly accusers: ReadonlySet<string>;
  readonly statementTypes: ReadonlySet<PloverType>;
  readonly armedSectors: ReadonlySet<Sector>;
  readonly resultPhrases: readonly (readonly string[])[];
  readonly demonstratives: ReadonlySet<string>;
  readonly controlPhrases: readonly (readonly string[])[];
  readonly warEvents: number;
  readonly pronounSuffixes: readonly string[];
  readonly articles: ReadonlySet<string>;
  readonly conflictTypes: ReadonlySet<PloverType>;
  readonly carrySentences: number;
  readonly objectTypes: ReadonlySet<PloverType>;
  readonly forceDoerTypes: ReadonlySet<PloverType>;
  readonly forceSectors: ReadonlySet<Sector>;
  readonly localSectors: ReadonlySet<Sector>;
  readonly stateSectors: ReadonlySet<Sector>;
  readonly reporterSectors: ReadonlySet<Sector>;
  readonly attributionCues: ReadonlySet<string>;
  readonly personSectors: ReadonlySet<Sector>;
  readonly memberSectors: ReadonlySet<Sector>;
  readonly targetPreps: ReadonlySet<string>;
  readonly targetClitics: ReadonlySet<string>;
  readonly targetCliticWithin: number;
  readonly partnerPreps: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly otherPreps: ReadonlySet<string>;
  readonly affiliationPreps: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  /** Counted noun of people → the sector it tells. */
  readonly countedPeople: ReadonlyMap<string, Sector>;
  readonly onePerson: ReadonlySet<string>;
  readonly defaultSides: ReadonlyMap<PloverType, { readonly source?: Sector; readonly target?: Sector }>;
  readonly dyadTypes: ReadonlySet<PloverType>;
  readonly agentPhrases: readonly (readonly string[])[];
  readonly locationPreps: readonly (readonly string[])[];
  readonly locationClitics: ReadonlySet<string>;
  readonly subjectGap: ReadonlySet<string>;
  readonly pronounSubjects: ReadonlySet<string>;
  readonly headNouns: ReadonlySet<string>;
  readonly clauseStops: readonly (readonly string[])[];
  readonly windowStops: ReadonlySet<string>;
  readonly questionMarks: ReadonlySet<string>;
  readonly quantityExclude: ReadonlySet<string>;
  readonly dead: ReadonlySet<string>;
  readonly injured: ReadonlySet<string>;
  readonly casualtyWithin: number;
  readonly deadBack: ReadonlySet<string>;
  readonly backWithin: number;
  readonly weekAsMonth: boolean;
}

/** Compiles data/events/arguments.json: every word and phrase keyed the way tokens are. */
export function compileArguments(data: ArgumentData, text: TextResources): ArgumentLexicon {
  const key = (s: string): string => text.normaliser.key(s);
  const set = (ws: readonly string[]): Set<string> => new Set(ws.map(key));
  const phrases = (ws: readonly string[]): string[][] => ws.map((w) => w.trim().split(/\s+/).map(key)).sort((a, b) => b.length - a.length);
  return {
    symmetric: new Set(data.symmetricTypes),
    relativeLightVerbs: set(data.relativeLightVerbs),
    conjunctions: new Set(text.clitics.conjunctions.map((c) => c.form)),
    accusers: new Set(data.accusers),
    statementTypes: new Set(data.statementTypes),
    armedSectors: new Set(data.armedSectors),
    resultPhrases: phrases(data.resultPhrases),
    demonstratives: set(data.demonstratives),
    controlPhrases: phrases(data.controlPhrases),
    warEvents: data.warEvents,
    pronounSuffixes: data.pronounSuffixes.map(key).sort((a, b) => b.length - a.length),
    articles: new Set([text.clitics.article, 'ال', 'لل']),
    conflictTypes: new Set(data.conflictTypes),
    carrySentences: data.carrySentences,
    objectTypes: new Set(data.objectTypes),
    forceDoerTypes: new Set(data.forceDoerTypes),
    forceSectors: new Set(data.forceSectors),
    localSectors: new Set(data.localSectors),
    stateSectors: new Set(data.stateSectors),
    reporterSectors: new Set(data.reporterSectors),
    attributionCues: set(data.attributionCues),
    personSectors: new Set(data.personSectors),
    memberSectors: new Set(data.memberSectors),
    targetPreps: set(data.targetPreps),
    targetClitics: set(data.targetClitics),
    targetCliticWithin: data.targetCliticWithin,
    partnerPreps: set(data.partnerPreps),
    between: set(data.between),
    otherPreps: set(data.otherPreps),
    affiliationPreps: set(data.affiliationPreps),
    relatives: set(data.relatives),
    countedPeople: new Map(Object.entries(data.countedPeople).flatMap(([sector, ws]) => (ws ?? []).map((w) => [key(w), sector as Sector] as const))),
    defaultSides: new Map(Object.entries(data.defaultSides) as [PloverType, { source?: Sector; target?: Sector }][]),
    dyadTypes: new Set(data.dyadTypes),
    onePerson: set(data.onePerson),
    agentPhrases: phrases(data.agentPhrases),
    locationPreps: phrases(data.locationPreps),
    locationClitics: set(data.locationClitics),
    subjectGap: set(data.subjectGap),
    pronounSubjects: set(data.pronounSubjects),
    headNouns: set(data.headNouns),
    clauseStops: phrases(data.clauseStops),
    windowStops: new Set(data.windowStops),
    questionMarks: new Set(data.questionMarks),
    quantityExclude: set(data.quantityNouns.exclude),
    dead: set(data.casualties.dead),
    injured: set(data.casualties.injured),
    casualtyWithin: data.casualties.within,
    deadBack: set(data.casualties.deadBack),
    backWithin: data.casualties.backWithin,
    weekAsMonth: data.weekAsMonth,
  };
}
