// The NER model and its binary file: magic, format version, a JSON header, the clusters, then typed arrays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { DataError, ModelError } from '../errors.js';
import { parseClusters, type Clusters } from './clusters.js';
import { fnv1a } from '../hash.js';
import { TAG_COUNT, TAGS } from './tags.js';

/** The committed model. */
export const DEFAULT_NER_MODEL = join(DEFAULT_DATA_DIR, 'models', 'ner-anercorp.bin');

export const MAGIC = 'RASIDNER';
/** Bump whenever the file layout or the feature function changes: older files are then refused. */
export const FORMAT_VERSION = 1;

const Prf = z.object({ p: z.number(), r: z.number(), f1: z.number(), correct: z.number(), predicted: z.number(), gold: z.number() });

export const NerHeaderSchema = z.object({
  format: z.literal('rasid.ner'),
  tags: z.array(z.string()),
  /** Rows of the feature table (the features of every pass). */
  features: z.int().nonnegative(),
  /** 1, or 2 when a second pass reads the first's document history (history.ts). */
  passes: z.union([z.literal(1), z.literal(2)]),
  /** Second pass: how many sentences on either side of a CoNLL sentence make its document (documents are whole). */
  window: z.int().nonnegative(),
  /** Scale of the scores in the forward-backward that gives confidences (tuned on the development slice). */
  scale: z.number().positive(),
  /** Added to the final pass's score of every entity tag: trades precision for recall (tuned on the dev slice). */
  entityBias: z.number(),
  training: z.object({
    source: z.string(),
    algorithm: z.enum(['perceptron', 'crf']),
    sentences: z.int(),
    tokens: z.int(),
    devSentences: z.int(),
    epochs: z.int(),
    bestEpoch: z.int(),
    seed: z.int(),
    minCount: z.int(),
    kbPhrases: z.int(),
    clusterWords: z.int(),
    dev: z.record(z.string(), Prf).nullable(),
  }),
});
export type NerHeader = z.infer<typeof NerHeaderSchema>;

/**
 * Feature hash → row, by open addressing with linear probing over one typed array of (hash, row + 1) pairs, so that
 * a probe reads one cache line (built when a model is made or loaded; half full at most).
 */
export class FeatureTable {
  readonly #slots: Uint32Array;
  readonly #mask: number;

  constructor(hashes: Uint32Array) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.#slots = new Uint32Array(size * 2);
    this.#mask = size - 1;
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r] as number;
      let i = h & this.#mask;
      while ((this.#slots[2 * i + 1] as number) !== 0) i = (i + 1) & this.#mask;
      this.#slots[2 * i] = h;
      this.#slots[2 * i + 1] = r + 1;
    }
  }

  /** The row of a feature hash, or -1. */
  get(h: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const r = slots[2 * i + 1] as number;
      if (r === 0) return -1;
      if (slots[2 * i] === h) return r - 1;
    }
  }
}

/** A trained tagger: immutable once built; pass it to tagTokens(). */
export interface NerModel {
  readonly header: NerHeader;
  /** Feature hashes, strictly ascending; one row of weights each. */
  readonly hashes: Uint32Array;
  /** rows × passes × TAG_COUNT: the weights of row r for pass p start at (r × passes + p) × TAG_COUNT. */
  readonly weights: Float32Array;
  /** Per pass, (TAG_COUNT + 1) × TAG_COUNT: row 0 from the start, row p + 1 after tag p. */
  readonly transitions: readonly Float32Array[];
  readonly clusters: Clusters;
  readonly table: FeatureTable;
}

export function makeModel(
  header: NerHeader, hashes: Uint32Array, weights: Float32Array, transitions: readonly Float32Array[], clusters: Clusters,
): NerModel {
  return { header: { ...header, features: hashes.length, passes: transitions.length as 1 | 2 }, hashes, weights, transitions, clusters, table: new FeatureTable(hashes) };
}

/** The weights of one pass fitted on its own: its features (ascending hashes), features × TAG_COUNT weights. */
export interface PassWeights {
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** Puts passes fitted on their own into one feature table (the union of their features; zeros where a pass lacks one). */
export function mergePasses(passes: readonly PassWeights[]): { hashes: Uint32Array; weights: Float32Array; transitions: Float32Array[] } {
  const P = passes.length;
  const all = new Set<number>();
  for (const p of passes) for (const h of p.hashes) all.add(h);
  const hashes = Uint32Array.from(all).sort();
  const rowOf = new Map<number, number>();
  hashes.forEach((h, r) => rowOf.set(h, r));
  const weights = new Float32Array(hashes.length * P * TAG_COUNT);
  passes.forEach((p, k) => {
    p.hashes.forEach((h, i) => {
      const r = rowOf.get(h) as number;
      weights.set(p.weights.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT), (r * P + k) * TAG_COUNT);
    });
  });
  return { hashes, weights, transitions: passes.map((p) => p.transitions) };
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** The bytes of a model file. Little-endian whatever the platform. */
export function encodeNerModel(model: NerModel): Uint8Array {
  const enc = new TextEncoder();
  const header = enc.encode(JSON.stringify(model.header));
  const clusters = enc.encode(model.clusters.source);
  const n = model.hashes.length;
  const size = 8 + 4 + 4 + pad4(header.length) + 4 + pad4(clusters.length) + 4 + n * 4 + model.weights.length * 4 +
    model.transitions.length * (TAG_COUNT + 1) * TAG_COUNT * 4 + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let o = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[o++] = MAGIC.charCodeAt(i);
  view.setUint32(o, FORMAT_VERSION, true); o += 4;
  view.setUint32(o, header.length, true); o += 4;
  bytes.set(header, o); o += pad4(header.length);
  view.setUint32(o, clusters.length, true); o += 4;
  bytes.set(clusters, o); o += pad4(clusters.length);
  view.setUint32(o, n, true); o += 4;
  for (let i = 0; i < n; i++, o += 4) view.setUint32(o, model.hashes[i] as number, true);
  for (const arr of [model.weights, ...model.transitions]) for (let i = 0; i < arr.length; i++, o += 4) view.setFloat32(o, arr[i] as number, true);
  view.setUint32(o, fnv1a(bytes, 0, o), true);
  return bytes;
}

/**
 * Reads a model file's bytes. Refuses, with a ModelError, a file that is not a rasid NER model, that was cut short
 * or altered (E_MODEL_INVALID), or that another format version wrote (E_MODEL_VERSION).
 */
export function decodeNerModel(bytes: Uint8Array, file = '(model)'): NerModel {
  const invalid = (msg: string, cause?: unknown): never => {
    throw new ModelError('E_MODEL_INVALID', `${file}: ${msg}`, file, cause);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (o: number, len: number, what: string): void => {
    if (o + len > bytes.length) invalid(`truncated: ${what} needs bytes ${o}-${o + len} but the file has ${bytes.length}`);
  };
  need(0, 12, 'the magic string and version');
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) invalid(`not a rasid NER model (no "${MAGIC}" magic string at the start)`);
  let o = 8;
  const version = view.getUint32(o, true); o += 4;
  if (version !== FORMAT_VERSION) {
    throw new ModelError('E_MODEL_VERSION', `${file}: format version ${version}, but this rasid reads version ${FORMAT_VERSION}`, file);
  }
  need(o, 4, 'the header length');
  const headerLen = view.getUint32(o, true); o += 4;
  need(o, pad4(headerLen), 'the header');
  const dec = new TextDecoder('utf-8', { fatal: true });
  let header: NerHeader;
  try {
    header = NerHeaderSchema.parse(JSON.parse(dec.decode(bytes.subarray(o, o + headerLen))));
  } catch (err) {
    return invalid(`the header is not valid (${(err as Error).message.split('\n')[0]})`, err);
  }
  o += pad4(headerLen);
  if (header.tags.join(' ') !== TAGS.join(' ')) invalid(`the model's tags (${header.tags.join(' ')}) are not rasid's (${TAGS.join(' ')})`);
  need(o, 4, 'the clusters length');
  const clustersLen = view.getUint32(o, true); o += 4;
  need(o, pad4(clustersLen), 'the clusters');
  let clusters: Clusters;
  try {
    clusters = parseClusters(dec.decode(bytes.subarray(o, o + clustersLen)), `${file} (clusters)`);
  } catch (err) {
    return invalid(`the embedded clusters are not valid (${err instanceof DataError ? err.message : String(err)})`, err);
  }
  o += pad4(clustersLen);
  // the sizes are in the header: check the whole length and the checksum before reading the arrays
  const n = header.features;
  const P = header.passes;
  const end = o + 4 + n * 4 + n * P * TAG_COUNT * 4 + P * (TAG_COUNT + 1) * TAG_COUNT * 4;
  need(end, 4, 'the weights and checksum');
  if (end + 4 !== bytes.length) invalid(`${bytes.length - end - 4} unexpected bytes after the checksum`);
  if (view.getUint32(end, true) !== fnv1a(bytes, 0, end)) invalid('the checksum does not match: the file was altered or damaged');
  if (view.getUint32(o, true) !== n) invalid(`the header says ${n} features, the arrays hold ${view.getUint32(o, true)}`);
  o += 4;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++, o += 4) hashes[i] = view.getUint32(o, true);
  for (let i = 1; i < n; i++) if ((hashes[i] as number) <= (hashes[i - 1] as number)) invalid('the feature hashes are not in ascending order');
  const weights = new Float32Array(n * P * TAG_COUNT);
  for (let i = 0; i < weights.length; i++, o += 4) weights[i] = view.getFloat32(o, true);
  const transitions: Float32Array[] = [];
  for (let k = 0; k < P; k++) {
    const t = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    for (let i = 0; i < t.length; i++, o += 4) t[i] = view.getFloat32(o, true);
    transitions.push(t);
  }
  return makeModel(header, hashes, weights, transitions, clusters);
}

/**
 * Loads a NER model file (data/models/ner-anercorp.bin by default).
 * @example
 *   const model = loadNerModel();
 *   tagTokens(model, tokens, text, kb);
 */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ModelError('E_MODEL_INVALID', `${path}: cannot read the model file (${(err as Error).message})`, path, err);
  }
  return decodeNerModel(bytes, path);
}

/** Writes a model file. */
export function saveNerModel(model: NerModel, path: string): void {
  writeFileSync(path, encodeNerModel(model));
}
