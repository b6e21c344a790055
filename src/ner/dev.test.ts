// The committed model on its own development slice (the last 10% of ../shared's ANERcorp train.txt): it still scores
// what its header recorded at training time. Skipped, visibly, when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, sharedNote } from '../../test/shared.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { loadTextResources } from '../text/index.js';
import { conllUnits, devStart, featureContext, goldTags, loadNerModel, parseConll, scoreNer, tagSentences } from './index.js';

const TRAIN = SHARED ? join(SHARED, 'data', 'anercorp', 'train.txt') : null;
sharedNote();

describe.skipIf(!TRAIN || !existsSync(TRAIN))('committed model on the development slice of ../shared ANERcorp', () => {
  it('scores within two points of what training recorded (the KB may have changed since; retrain when it drifts)', () => {
    const text = loadTextResources();
    const kb = loadKnowledgeBase(text);
    const model = loadNerModel();
    const sentences = parseConll(readFileSync(TRAIN as string, 'utf8')).sentences;
    const dev = sentences.slice(devStart(sentences.length));
    expect(dev).toHaveLength(model.header.training.devSentences);
    const pred = tagSentences(model, featureContext(text, kb, model.clusters), dev.map((s) => conllUnits(s.tokens, text)));
    const scores = scoreNer(dev.map((s, i) => ({ gold: goldTags(s, 'train.txt'), pred: pred[i] as Int32Array })));
    const recorded = model.header.training.dev;
    expect(recorded).not.toBeNull();
    expect(Math.abs(scores.PLO.f1 - (recorded?.PLO?.f1 ?? 0))).toBeLessThan(0.02);
  });
});
