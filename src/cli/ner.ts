// `rasid ner` (tag CoNLL tokens or articles), `rasid ner train` (learn a model) and `rasid eval-ner` (score one).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError, type RasidError } from '../errors.js';
import { readArticles } from '../ingest/sources.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import {
  conllUnits, devStart, featureContext, formatScores, goldTags, loadClusters, loadNerModel, parseConll, saveNerModel,
  scoreNer, tagName, tagSentences, tagTokens, trainNer, type ConllDocument, type NerModel, type NerScores,
} from '../ner/index.js';
import { analyseText, loadTextResources, type TextResources } from '../text/index.js';
import { commonOptions, readCommon } from './common.js';
import { rejectionSummary, type Io } from './output.js';

export const NER_HELP = `Usage: rasid ner --conll IN [--model PATH] [--tags anercorp|rasid]
       rasid ner [FILE...] [--model PATH]
       rasid ner train --conll FILE --out PATH [--epochs N] [--seed N] [--algorithm perceptron|crf] [--passes 1|2] …

Named-entity recognition with the statistical model (data/models/ner-anercorp.bin by default).

  --conll IN      IN has one token per line (a line with a tab is split on tabs, any other on spaces; the token
                  is the first column, any other column is ignored) and blank lines between sentences; - reads
                  standard input. Prints "token<TAB>TAG" for every token, in order, blank lines kept.
                  --tags anercorp (default) writes B-PERS/I-PERS as ANERcorp does; --tags rasid writes B-PER.
  FILE...         articles (.txt verbatim, .jsonl records, or standard input): prints one JSON line per article
                  with the names found: {"id", "ner": [{start, end, text, type, confidence, tokenStart, tokenEnd}]}

rasid ner train learns a model from a CoNLL file with gold tags (PERS/PER, LOC, ORG, MISC in BIO). The last 10%
of its sentences are held out: every epoch is scored on them and the best is kept. Seeded: the same file,
knowledge base, clusters and options give the same model, byte for byte. Prints each epoch's training mistakes
(and loss, for the CRF) and F1 on the held-out slice.
  --algorithm A   perceptron (averaged structured perceptron; default) or crf (linear-chain CRF, SGD + L2)
  --passes 1|2    2 (default): a second pass reads what the first said about each word's other mentions in the
                  document (for CoNLL input: --window sentences on either side, default 10)
  --runs N        runs from seeds seed, seed+1 … averaged into one model, for each pass (default 3)
  --epochs N      most epochs (default 30)           --seed N        order of the sentences (default 1)
  --min-count N   rarest feature learned (default 1) --patience N   epochs without gain before stopping (default 6)
  --prune X       drop features whose weights all stay under X (default 0.5 for the perceptron, 0.01 for the CRF)
  --clusters PATH word clusters (default data/models/clusters.tsv)
`;

export const EVAL_NER_HELP = `Usage: rasid eval-ner --conll FILE [--model PATH] [--dev-slice] [--pred PRED] [--json]

Tags the tokens of FILE (CoNLL with gold tags) and scores the result the CoNLL way: an entity counts only when its
span and type both match. Prints precision, recall and F1 per type (PER, LOC, ORG, MISC), micro over all types, and
micro over PER+LOC+ORG.
  --dev-slice     score only the last 10% of the sentences (the slice \`rasid ner train\` holds out)
  --pred PRED     score the tags of PRED (same tokens, tag in the last column) instead of running the model
  --json          the scores as JSON
`;

function readSource(path: string): string {
  try {
    const raw = path === '-' ? readFileSync(0) : readFileSync(path);
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError('E_INPUT_NOT_FOUND', `${path}: no such file.`, { position: { file: path } });
    if (err instanceof TypeError) throw new InputError('E_INPUT_ENCODING', `${path}: not valid UTF-8.`, { position: { file: path } });
    throw err;
  }
}

function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${v}".`);
  return n;
}

/** `rasid ner …`: dispatches to train, CoNLL tagging or article tagging. */
export function runNer(argv: string[], io: Io, loadKb: (text: TextResources) => KnowledgeBase = (t) => loadKnowledgeBase(t)): number {
  if (argv[0] === 'train') return runTrain(argv.slice(1), io, loadKb);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...commonOptions, conll: { type: 'string' }, model: { type: 'string' }, tags: { type: 'string', default: 'anercorp' } },
  });
  if (values.help) { io.out(NER_HELP); return 0; }
  const style = values.tags;
  if (style !== 'anercorp' && style !== 'rasid') throw new UsageError(`--tags must be anercorp or rasid, not "${style}".`);
  const model = loadNerModel(values.model);
  const text = loadTextResources();
  const kb = loadKb(text);
  if (values.conll !== undefined) {
    if (positionals.length > 0) throw new UsageError('rasid ner --conll IN takes no other file.');
    const doc = parseConll(readSource(values.conll));
    io.out(tagConll(doc, model, text, kb, style));
    return 0;
  }
  const rejected: { origin: string; error: RasidError }[] = [];
  let total = 0;
  for (const item of readArticles(positionals, readCommon(values))) {
    total++;
    if (!item.ok) { rejected.push(item); continue; }
    const a = analyseText(item.article.text, text, item.article.published);
    const ner = tagTokens(model, a.tokens, text, kb, { original: item.article.text });
    io.out(JSON.stringify({ id: item.article.id, ner }) + '\n');
  }
  if (rejected.length === 0) return 0;
  io.err(rejectionSummary(rejected, total));
  return 2;
}

/** Tags every sentence of a CoNLL document; the lines of the output mirror the input's, token for token. */
export function tagConll(
  doc: ConllDocument,
  model: NerModel,
  text: TextResources,
  kb: KnowledgeBase,
  style: 'anercorp' | 'rasid' = 'anercorp',
): string {
  const ctx = featureContext(text, kb, model.clusters);
  const tags: string[] = [];
  for (const sentence of tagSentences(model, ctx, doc.sentences.map((s) => conllUnits(s.tokens, text)))) {
    for (const t of sentence) tags.push(tagName(t, style));
  }
  const out: string[] = [];
  let k = 0;
  for (const line of doc.lines) {
    if (line.kind === 'token') out.push(`${line.token}\t${tags[k++] as string}`);
    else out.push(line.kind === 'docstart' ? '-DOCSTART-\tO' : '');
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

function runTrain(argv: string[], io: Io, loadKb: (text: TextResources) => KnowledgeBase): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      conll: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' },
      'min-count': { type: 'string' }, patience: { type: 'string' }, prune: { type: 'string' }, clusters: { type: 'string' },
      algorithm: { type: 'string', default: 'perceptron' }, passes: { type: 'string', default: '2' }, window: { type: 'string' },
      runs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(NER_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid ner train takes no positional argument (got "${positionals.join(' ')}").`);
  if (values.conll === undefined || values.out === undefined) {
    throw new UsageError('rasid ner train needs --conll FILE and --out PATH.', 'For example: rasid ner train --conll ../shared/data/anercorp/train.txt --out data/models/ner-anercorp.bin');
  }
  const prune = values.prune === undefined ? undefined : Number(values.prune);
  if (prune !== undefined && (!Number.isFinite(prune) || prune < 0)) throw new UsageError(`--prune must be a number ≥ 0, not "${values.prune}".`);
  const algorithm = values.algorithm;
  if (algorithm !== 'perceptron' && algorithm !== 'crf') throw new UsageError(`--algorithm must be perceptron or crf, not "${algorithm}".`);
  const passes = values.passes === '1' ? 1 : values.passes === '2' ? 2 : null;
  if (passes === null) throw new UsageError(`--passes must be 1 or 2, not "${values.passes}".`);
  const file = values.conll;
  const doc = parseConll(readSource(file));
  const sentences = doc.sentences.map((s) => ({ tokens: s.tokens, tags: goldTags(s, file) }));
  if (sentences.length === 0) throw new InputError('E_INPUT_EMPTY', `${file}: no sentence to learn from.`, { position: { file } });
  const t0 = performance.now();
  const text = loadTextResources();
  const kb = loadKb(text);
  const clusters = loadClusters(values.clusters);
  const { model, dev } = trainNer(sentences, text, kb, clusters, {
    epochs: positiveInt('epochs', values.epochs, 30),
    seed: positiveInt('seed', values.seed, 1),
    minCount: positiveInt('min-count', values['min-count'], 1),
    patience: positiveInt('patience', values.patience, 6),
    window: positiveInt('window', values.window, 10),
    runs: Math.max(1, positiveInt('runs', values.runs, 3)),
    algorithm,
    passes,
    ...(prune === undefined ? {} : { prune }),
    source: basename(file),
    log: (line) => io.out(line + '\n'),
  });
  saveNerModel(model, values.out);
  io.out(`wrote ${values.out}: ${model.header.features} features (${model.header.passes} pass${model.header.passes === 2 ? 'es' : ''}), ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  if (dev) io.out(`development slice (last ${model.header.training.devSentences} sentences):\n${formatScores(dev)}`);
  return 0;
}

/** `rasid eval-ner`: per-type and micro P/R/F1, exact span and type. */
export function runEvalNer(argv: string[], io: Io, loadKb: (text: TextResources) => KnowledgeBase = (t) => loadKnowledgeBase(t)): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      conll: { type: 'string' }, model: { type: 'string' }, pred: { type: 'string' }, 'dev-slice': { type: 'boolean' },
      json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(EVAL_NER_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid eval-ner takes no positional argument (got "${positionals.join(' ')}").`);
  if (values.conll === undefined) throw new UsageError('rasid eval-ner needs --conll FILE (tokens with gold tags).');
  const file = values.conll;
  let sentences = parseConll(readSource(file)).sentences;
  const from = values['dev-slice'] ? devStart(sentences.length) : 0;
  const gold = sentences.map((s) => goldTags(s, file));
  let pred: Int32Array[];
  if (values.pred !== undefined) {
    const pfile = values.pred;
    const ps = parseConll(readSource(pfile)).sentences;
    const shape = (xs: readonly { tokens: readonly string[] }[]): string => xs.map((s) => s.tokens.length).join(',');
    if (shape(ps) !== shape(sentences)) {
      throw new InputError('E_INPUT_FORMAT', `${pfile}: its sentences and tokens do not line up with ${file}'s.`, { position: { file: pfile } });
    }
    pred = ps.map((s) => goldTags(s, pfile));
  } else {
    const model = loadNerModel(values.model);
    const text = loadTextResources();
    const ctx = featureContext(text, loadKb(text), model.clusters);
    const tagged = tagSentences(model, ctx, sentences.slice(from).map((s) => conllUnits(s.tokens, text)));
    pred = sentences.map((s, i) => (i < from ? new Int32Array(s.tokens.length) : (tagged[i - from] as Int32Array)));
  }
  sentences = sentences.slice(from);
  const scores: NerScores = scoreNer(gold.slice(from).map((g, i) => ({ gold: g, pred: pred[from + i] as Int32Array })));
  if (values.json) {
    io.out(JSON.stringify({ file, sentences: sentences.length, tokens: sentences.reduce((a, s) => a + s.tokens.length, 0), scores }, null, 2) + '\n');
    return 0;
  }
  io.out(`${file}${from > 0 ? ` (development slice: sentences ${from + 1}-${from + sentences.length})` : ''}: ${sentences.length} sentences, exact span + type\n`);
  io.out(formatScores(scores));
  return 0;
}
