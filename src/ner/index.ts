// The statistical named-entity recogniser: a TypeScript averaged perceptron over BIO tags, trained on ANERcorp.
export { loadNerModel, saveNerModel, encodeNerModel, decodeNerModel, DEFAULT_NER_MODEL, FORMAT_VERSION, type NerModel, type NerHeader } from './model.js';
export { tagTokens, tagSentences, tagDocument, documentScores, nerStage, type NerSpan, type TagOptions } from './tagger.js';
export { trainNer, devStart, type TrainSentence, type TrainOptions, type TrainResult, type EpochReport } from './train.js';
export { parseConll, goldTags, conllUnits, type ConllDocument, type ConllLine, type ConllSentence } from './conll.js';
export { scoreNer, formatScores, type NerScores, type Prf } from './eval.js';
export { loadClusters, parseClusters, noClusters, DEFAULT_CLUSTERS, type Clusters } from './clusters.js';
export { featureContext, describeUnit, type Unit, type FeatureContext } from './features.js';
export { TAGS, NER_TYPES, tagIndex, tagName, spansOf, type NerType } from './tags.js';
