// Training learns a tiny hand-written corpus: mistakes fall to zero, the tags come out right, the bytes repeat.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { loadTextResources, type TextResources } from '../text/index.js';
import {
  conllUnits, encodeNerModel, featureContext, goldTags, noClusters, parseClusters, parseConll, tagSentences, tagName,
  trainNer, type TrainSentence,
} from './index.js';

const TINY = readFileSync(new URL('./fixtures/tiny.conll', import.meta.url), 'utf8');

let text: TextResources;
let kb: KnowledgeBase;
let sentences: TrainSentence[];
beforeAll(() => {
  text = loadTextResources();
  kb = loadKnowledgeBase(text);
  sentences = parseConll(TINY).sentences.map((s) => ({ tokens: s.tokens, tags: goldTags(s, 'tiny.conll') }));
});

const names = (tags: Int32Array): string[] => [...tags].map((t) => tagName(t));

describe('trainNer on a tiny corpus', () => {
  it.each(['perceptron', 'crf'] as const)('%s, one pass: mistakes fall to zero and every sentence is tagged right', (algorithm) => {
    const { model, epochs } = trainNer(sentences, text, kb, noClusters(), { algorithm, passes: 1, devFraction: 0, epochs: 25 });
    const first = epochs[0];
    const last = epochs[epochs.length - 1];
    expect(first?.mistakes).toBeGreaterThan(0);
    expect(last?.mistakes).toBe(0);
    if (algorithm === 'crf') expect(last?.loss as number).toBeLessThan(first?.loss as number);
    const ctx = featureContext(text, kb, model.clusters);
    const tagged = tagSentences(model, ctx, sentences.map((s) => conllUnits(s.tokens, text)));
    sentences.forEach((s, i) => expect(names(tagged[i] as Int32Array), s.tokens.join(' ')).toEqual(names(s.tags)));
  });

  it('two passes (jackknifed history): learns the corpus too, and records its settings in the header', () => {
    const clusters = parseClusters('بغداد\t0101\t9\nدمشق\t0101\t7\nمحمد\t0011\t12\n');
    const { model, epochs } = trainNer(sentences, text, kb, clusters, { passes: 2, folds: 2, devFraction: 0, epochs: 25, seed: 7 });
    expect(model.header.passes).toBe(2);
    expect(model.header.training).toMatchObject({ algorithm: 'perceptron', seed: 7, sentences: sentences.length, devSentences: 0, clusterWords: 3 });
    expect(epochs.some((e) => e.stage.startsWith('pass 1, fold'))).toBe(true);
    expect(epochs.filter((e) => e.stage === 'pass 2').at(-1)?.mistakes).toBe(0);
    const tagged = tagSentences(model, featureContext(text, kb, model.clusters), sentences.map((s) => conllUnits(s.tokens, text)));
    sentences.forEach((s, i) => expect(names(tagged[i] as Int32Array)).toEqual(names(s.tags)));
  });

  it('is reproducible: the same data, options and seed give the same bytes', () => {
    const opts = { passes: 2 as const, folds: 2, devFraction: 0, epochs: 6, seed: 3 };
    const a = encodeNerModel(trainNer(sentences, text, kb, noClusters(), opts).model);
    const b = encodeNerModel(trainNer(sentences, text, kb, noClusters(), opts).model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('holds the last tenth out when there are ten sentences or more, and scores the model on it', () => {
    const twelve = [...sentences, ...sentences.slice(0, 4)];
    const { model, dev } = trainNer(twelve, text, kb, noClusters(), { passes: 1, epochs: 5 });
    expect(model.header.training.devSentences).toBe(1);
    expect(dev).not.toBeNull();
    expect(model.header.training.dev?.ALL).toEqual(dev?.ALL);
  });
});
