// The model file: bit-exact round trips, and refusal of truncated, altered or other-version files with typed errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelError, RasidError } from '../errors.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { loadTextResources, type TextResources } from '../text/index.js';
import {
  conllUnits, decodeNerModel, encodeNerModel, featureContext, FORMAT_VERSION, goldTags, loadNerModel, parseClusters,
  parseConll, saveNerModel, tagSentences, trainNer, type NerModel,
} from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-ner-'));
let text: TextResources;
let kb: KnowledgeBase;
let model: NerModel;
let bytes: Uint8Array;
let path: string;
beforeAll(() => {
  text = loadTextResources();
  kb = loadKnowledgeBase(text);
  const conll = readFileSync(new URL('./fixtures/tiny.conll', import.meta.url), 'utf8');
  const sentences = parseConll(conll).sentences.map((s) => ({ tokens: s.tokens, tags: goldTags(s, 'tiny.conll') }));
  const clusters = parseClusters('# test clusters\nبغداد\t0101\t9\nدمشق\t0100\t7\n');
  model = trainNer(sentences, text, kb, clusters, { passes: 2, folds: 2, devFraction: 0, epochs: 8 }).model;
  bytes = encodeNerModel(model);
  path = join(dir, 'tiny.bin');
  saveNerModel(model, path);
});

/** The error a function throws (fails the test when it throws none). */
function thrown(fn: () => unknown): RasidError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelError);
    return err as RasidError;
  }
  throw new Error('expected an error');
}

describe('model file', () => {
  it('round-trips bit-exactly: same header, same weights, same bytes, same tags', () => {
    const loaded = loadNerModel(path);
    expect(loaded.header).toEqual(model.header);
    expect(Buffer.from(loaded.hashes.buffer).equals(Buffer.from(model.hashes.buffer))).toBe(true);
    expect(Buffer.from(loaded.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
    loaded.transitions.forEach((t, p) => expect(Buffer.from(t.buffer).equals(Buffer.from((model.transitions[p] as Float32Array).buffer))).toBe(true));
    expect(loaded.clusters.source).toBe(model.clusters.source);
    expect(Buffer.from(encodeNerModel(loaded)).equals(Buffer.from(bytes))).toBe(true);
    const units = [conllUnits(['زار', 'سمير', 'حداد', 'دمشق', 'و', 'بغداد', '.'], text)];
    const a = tagSentences(model, featureContext(text, kb, model.clusters), units);
    const b = tagSentences(loaded, featureContext(text, kb, loaded.clusters), units);
    expect([...(b[0] as Int32Array)]).toEqual([...(a[0] as Int32Array)]);
  });

  it('refuses a truncated file (E_MODEL_INVALID), wherever it was cut', () => {
    for (const cut of [0, 5, 11, 40, bytes.length >> 1, bytes.length - 1]) {
      const e = thrown(() => decodeNerModel(bytes.subarray(0, cut), 'cut.bin'));
      expect(e.code, `cut at ${cut}`).toBe('E_MODEL_INVALID');
      expect(e.message).toMatch(/cut\.bin/);
      expect(e.hint).toMatch(/retrain|restore/);
    }
    writeFileSync(join(dir, 'cut.bin'), bytes.subarray(0, bytes.length - 100));
    expect(thrown(() => loadNerModel(join(dir, 'cut.bin'))).message).toMatch(/truncated/);
  });

  it('refuses a file of another format version (E_MODEL_VERSION) with a hint to retrain', () => {
    const other = Uint8Array.from(bytes);
    new DataView(other.buffer).setUint32(8, FORMAT_VERSION + 1, true);
    const e = thrown(() => decodeNerModel(other, 'v2.bin'));
    expect(e.code).toBe('E_MODEL_VERSION');
    expect(e.message).toMatch(`version ${FORMAT_VERSION + 1}`);
    expect(e.hint).toMatch(/rasid ner train/);
  });

  it('refuses an altered file (checksum), a file that is not a model, and a missing file', () => {
    const altered = Uint8Array.from(bytes);
    altered[altered.length - 200] = (altered[altered.length - 200] as number) ^ 0xff;
    expect(thrown(() => decodeNerModel(altered)).message).toMatch(/checksum/);
    expect(thrown(() => decodeNerModel(new TextEncoder().encode('{"not": "a model"}'))).message).toMatch(/not a rasid NER model/);
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(thrown(() => decodeNerModel(longer)).code).toBe('E_MODEL_INVALID');
    expect(thrown(() => loadNerModel(join(dir, 'absent.bin'))).code).toBe('E_MODEL_INVALID');
  });

  it('the committed model (data/models/ner-anercorp.bin) loads without ../shared', () => {
    const committed = loadNerModel();
    expect(committed.header.format).toBe('rasid.ner');
    expect(committed.header.training.source).toBe('train.txt');
    expect(committed.hashes.length).toBe(committed.header.features);
    expect(committed.clusters.index.size).toBeGreaterThan(1000);
  });
});
