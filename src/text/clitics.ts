// Clitic analysis: the plausible segmentations of one Arabic word into proclitics, article, stem and pronoun suffix.
import { z } from 'zod';
import { loadDataFile } from '../data/load.js';
import { toOriginal, type Normalised, type Normaliser } from './normalise.js';
import type { Span, Token } from './types.js';

const weight = z.number().finite();
const form = z.string().min(1);

export const CliticDataSchema = z
  .object({
    $comment: z.string().optional(),
    proclitics: z
      .array(
        z.object({
          form,
          role: z.enum(['conjunction', 'preposition', 'future']),
          weight,
          elidesArticleAlef: z.boolean().optional(),
        }),
      )
      .min(1),
    article: z.object({ form: z.string().min(2), afterProclitic: weight, bare: weight }),
    imperfectPrefixes: z.array(z.object({ form, weight })).min(1),
    enclitics: z.array(z.object({ form, weight })),
    minStem: z.object({
      bare: z.int().min(1),
      afterArticle: z.int().min(1),
      certain: z.int().min(1),
      inflected: z.int().min(1),
    }),
    weights: z.object({ listed: weight, listedBeforeEnclitic: weight, known: weight, shortStem: weight, haMaybeTaMarbuta: weight }),
    stemEndings: z.array(
      z.object({
        written: z.string().length(1),
        stem: z.string().length(1),
        restored: weight,
        kept: weight,
        afterAlef: z.object({ restored: weight, kept: weight }).optional(),
        onlyAfterAlef: z.boolean().optional(),
        resolvesFinalHa: z.boolean().optional(),
      }),
    ),
    shortStems: z.array(form),
    inflections: z.record(z.string(), z.array(form)),
    wholeWords: z.array(z.object({ note: z.string().optional(), inflect: z.string(), words: z.array(form).min(1) })),
  })
  .superRefine((data, ctx) => {
    data.wholeWords.forEach((group, i) => {
      if (!(group.inflect in data.inflections)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown inflection set "${group.inflect}" (known: ${Object.keys(data.inflections).join(', ')})`,
          path: ['wholeWords', i, 'inflect'],
        });
      }
    });
  });
export type CliticData = z.infer<typeof CliticDataSchema>;

/** Reads and validates data/text/clitics.json. */
export function loadCliticData(dataDir?: string): CliticData {
  return loadDataFile('text/clitics.json', CliticDataSchema, dataDir);
}

/** One reading of a word: proclitics + stem + enclitic. All strings are normalised keys. */
export interface Segmentation {
  /** In order, e.g. ['و', 'ب'], ['ل', 'ال'], ['ال'], ['ف', 'س']; the article, when present, is the last one. */
  proclitics: string[];
  /** The stem carries the definite article (ال, or the ل of لل). */
  article: boolean;
  /**
   * The stem's key WITHOUT the article, with the letter a suffix changed restored: ة written ت before an enclitic
   * (حكومته → حكومه when ة folds to ه, else حكومة), ء written ئ/ؤ after ا (لقائه → لقاء).
   */
  stem: string;
  /** The pronoun suffix (ه ها هم هما هن ك كم كن نا ي), or null. */
  enclitic: string | null;
  /**
   * The stem's range [start, end) inside the key. It includes the article when the article's letters are written
   * (والمعارضه → المعارضه, [1, 9)); after ل the article's alef is elided and the range starts at the article's ل
   * (للمعارضه → لمعارضه, [1, 8)). When a letter was restored, `end` includes the letter written for it (حكومته →
   * [0, 5), the ت standing for ة).
   * So key.slice(end) is the enclitic, and key.slice(0, start) the written proclitics.
   */
  start: number;
  end: number;
  /** Higher = more plausible; comparable only within one list. */
  score: number;
}

/** A segmentation of a token, with the stem's range in the ORIGINAL text. */
export interface TokenSegmentation extends Segmentation {
  span: Span;
}

interface Proclitic {
  readonly form: string;
  readonly weight: number;
  readonly elidesArticleAlef: boolean;
}

interface Affix {
  readonly form: string;
  readonly weight: number;
}

/** A stem's last letter as written before an enclitic, and the letter it stands for (حكومته: ت for ة). */
interface StemEnding {
  readonly stem: string;
  readonly restored: number;
  readonly kept: number;
  readonly restoredAfterAlef: number;
  readonly keptAfterAlef: number;
  readonly onlyAfterAlef: boolean;
  readonly resolvesFinalHa: boolean;
}

/** The compiled clitic inventory and word lists (immutable; build with compileClitics). */
export interface CliticLexicon {
  readonly conjunctions: readonly Proclitic[];
  readonly prepositions: readonly Proclitic[];
  readonly future: readonly Proclitic[];
  readonly article: string;
  readonly articleAfterProclitic: number;
  readonly articleBare: number;
  readonly imperfect: ReadonlyMap<string, number>;
  /** Longest first. */
  readonly enclitics: readonly Affix[];
  readonly minBare: number;
  readonly minAfterArticle: number;
  readonly minCertain: number;
  readonly weights: CliticData['weights'];
  /** Keyed by the written letter (its key). */
  readonly stemEndings: ReadonlyMap<string, StemEnding>;
  readonly shortStems: ReadonlySet<string>;
  /** Keys of words whose edge letters belong to the word (with their inflected forms). */
  readonly whole: ReadonlySet<string>;
  /** Keys in `whole` only because a final ة folded to ه (آلية → اليه): not listed when the original letter is ه (إليه). */
  readonly wholeByTaMarbuta: ReadonlySet<string>;
  /** Char codes that may open a proclitic or the article, and that may close an enclitic. */
  readonly firstCodes: ReadonlySet<number>;
  readonly lastCodes: ReadonlySet<number>;
  /** The key of ه and of ا. */
  readonly haKey: string;
  readonly alefKey: string;
  /** True when the normaliser folds ة into ه, so that a final ه may be either. */
  readonly taMarbutaFolded: boolean;
}

/**
 * Compiles the clitic data through the normaliser's key(), expanding every listed word with its inflection set.
 * @example
 *   const lex = compileClitics(loadCliticData(), createNormaliser());
 */
export function compileClitics(data: CliticData, normaliser: Normaliser): CliticLexicon {
  const key = (s: string): string => normaliser.key(s);
  const proclitics = (role: string): Proclitic[] =>
    data.proclitics
      .filter((p) => p.role === role)
      .map((p) => ({ form: key(p.form), weight: p.weight, elidesArticleAlef: p.elidesArticleAlef === true }))
      .filter((p) => p.form.length > 0);
  const taMarbutaKey = key('ة');
  const haKey = key('ه');
  const stemEndings = new Map<string, StemEnding>();
  for (const e of data.stemEndings) {
    stemEndings.set(key(e.written), {
      stem: key(e.stem),
      restored: e.restored,
      kept: e.kept,
      restoredAfterAlef: e.afterAlef?.restored ?? e.restored,
      keptAfterAlef: e.afterAlef?.kept ?? e.kept,
      onlyAfterAlef: e.onlyAfterAlef === true,
      resolvesFinalHa: e.resolvesFinalHa === true,
    });
  }
  const taKey = key('ت');
  const alefKey = key('ا');
  const pluralKey = key('ات');

  const whole = new Set<string>();
  const byHa = new Set<string>(); // keys that some entry gives with a final ه that is not a folded ة
  const byTaMarbuta = new Set<string>();
  const addWhole = (written: string, k: string): void => {
    whole.add(k);
    if (normaliser.options.taMarbuta && k.endsWith(haKey)) (written.endsWith('ة') ? byTaMarbuta : byHa).add(k);
  };
  for (const group of data.wholeWords) {
    const suffixes = (data.inflections[group.inflect] ?? []).map((written) => ({ written, key: key(written) }));
    for (const entry of group.words) {
      // A name of several words protects its first word (بيت لحم → بيت); tokens are single words.
      const first = entry.trim().split(/\s+/)[0] ?? '';
      const w = key(first);
      if (w.length === 0) continue;
      addWhole(first, w);
      // Short words are not inflected: فن + ون would hide ف + نون-like readings of other words.
      if (w.length < data.minStem.inflected) continue;
      const feminine = w.endsWith(taMarbutaKey);
      for (const s of suffixes) {
        // After a final ة only the suffixes that replace it apply: وزارة → وزارات, وزارتان, وزارتين.
        if (!feminine) addWhole(s.written, w + s.key);
        else if (s.key.startsWith(taKey) || s.key === pluralKey) addWhole(s.written, w.slice(0, -taMarbutaKey.length) + s.key);
      }
    }
  }

  const conjunctions = proclitics('conjunction');
  const prepositions = proclitics('preposition');
  const future = proclitics('future');
  const article = key(data.article.form);
  const enclitics = data.enclitics
    .map((e) => ({ form: key(e.form), weight: e.weight }))
    .filter((e) => e.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  const firstCodes = new Set<number>();
  for (const p of [...conjunctions, ...prepositions, ...future]) firstCodes.add(p.form.charCodeAt(0));
  firstCodes.add(article.charCodeAt(0));
  const lastCodes = new Set<number>(enclitics.map((e) => e.form.charCodeAt(e.form.length - 1)));

  return Object.freeze({
    conjunctions,
    prepositions,
    future,
    article,
    articleAfterProclitic: data.article.afterProclitic,
    articleBare: data.article.bare,
    imperfect: new Map(data.imperfectPrefixes.map((p) => [key(p.form), p.weight] as const)),
    enclitics,
    minBare: data.minStem.bare,
    minAfterArticle: data.minStem.afterArticle,
    minCertain: data.minStem.certain,
    weights: { ...data.weights },
    stemEndings,
    shortStems: new Set(data.shortStems.map(key)),
    whole,
    wholeByTaMarbuta: new Set([...byTaMarbuta].filter((k) => !byHa.has(k))),
    firstCodes,
    lastCodes,
    haKey,
    alefKey,
    taMarbutaFolded: normaliser.options.taMarbuta,
  });
}

/** What the word's final ه is, when it ends in one: a pronoun, a folded ة, or not known from the key alone. */
type FinalHa = 'ha' | 'taMarbuta' | 'unknown';

/** A candidate while the list is built: `cut` is where the stem proper (after the article) starts. */
interface Candidate extends Segmentation {
  cut: number;
  /** Listed or known: not to be cut into, and never dropped. */
  protect: boolean;
}

/**
 * The plausible segmentations of one word, given by its key (token.norm), best first. The whole word (no clitics)
 * is always among them, except when a proclitic + article makes the split certain (والمعارضه, بالسلطات,
 * للمعارضه) and the whole word is neither listed nor known. `known` (a knowledge base's name keys) is asked about
 * stems and article + stem; known readings rank first. An empty key has no segmentation.
 * @example
 *   segment('بسوريه', lex)[0]     // { proclitics: ['ب'], stem: 'سوريه', start: 1, end: 6, … }
 *   segment('للمعارضه', lex)[0]   // { proclitics: ['ل', 'ال'], article: true, stem: 'معارضه', start: 1, end: 8, … }
 *   segment('وزير', lex)          // [{ proclitics: [], stem: 'وزير', … }]
 */
export function segment(key: string, lex: CliticLexicon, known?: (stemKey: string) => boolean): Segmentation[] {
  const finalHa: FinalHa = lex.taMarbutaFolded ? 'unknown' : 'ha';
  return analyse(key, lex, known, finalHa);
}

/**
 * Segments a token and maps each stem range back to the original text: `span` covers the stem (with the article
 * when written, with its own tashkeel) and none of the clitics, so original.slice(span.start, span.end) is the
 * mention a matcher points at (سُورِيَّة in وَبِسُورِيَّة). Tokens that are not Arabic words get one unsegmented reading.
 * When ة folds to ه, the original letter decides whether a final ه can be a pronoun.
 */
export function segmentToken(
  token: Token,
  n: Normalised,
  lex: CliticLexicon,
  known?: (stemKey: string) => boolean,
): TokenSegmentation[] {
  const key = token.norm;
  let segs: Segmentation[];
  if (token.kind !== 'arabic') {
    segs = key.length === 0 ? [] : [{ proclitics: [], article: false, stem: key, enclitic: null, start: 0, end: key.length, score: 0 }];
  } else {
    let finalHa: FinalHa = 'ha';
    if (lex.taMarbutaFolded && key.endsWith(lex.haKey)) {
      const c = n.original.charCodeAt(n.starts[token.nstart + key.length - 1] as number);
      finalHa = c === 0x0629 || c === 0xfe93 || c === 0xfe94 ? 'taMarbuta' : 'ha';
    }
    segs = analyse(key, lex, known, finalHa);
  }
  const result: TokenSegmentation[] = new Array(segs.length);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segmentation;
    const [start, end] = toOriginal(n, token.nstart + s.start, token.nstart + s.end);
    result[i] = {
      proclitics: s.proclitics, article: s.article, stem: s.stem, enclitic: s.enclitic, start: s.start, end: s.end,
      score: s.score, span: { start, end },
    };
  }
  return result;
}

function analyse(key: string, lex: CliticLexicon, known: ((k: string) => boolean) | undefined, finalHa: FinalHa): Segmentation[] {
  const n = key.length;
  if (n === 0) return [];
  const listed = lex.whole.has(key) && !(finalHa === 'ha' && lex.wholeByTaMarbuta.has(key));
  const whole: Candidate = {
    proclitics: [], article: false, stem: key, enclitic: null, start: 0, end: n, cut: 0, protect: listed,
    score: listed ? lex.weights.listed : 0,
  };
  if (!lex.firstCodes.has(key.charCodeAt(0)) && !lex.lastCodes.has(key.charCodeAt(n - 1))) return [strip(whole)];
  const reader = new Reader(key, lex, known, finalHa, whole);
  reader.afterConjunction([], 0, 0);
  for (const c of lex.conjunctions) {
    if (key.startsWith(c.form)) reader.afterConjunction([c.form], c.weight, c.form.length);
  }
  if (reader.out.length === 1) return [strip(whole)];
  if (known !== undefined && known(key)) {
    whole.protect = true;
    whole.score += lex.weights.known;
  }
  return select(reader.out, whole, lex);
}

/** Collects the candidate readings of one key: (و|ف)? then (ب|ل|ك)? (ال)? noun, or (و|ف)? س + imperfect verb. */
class Reader {
  readonly out: Candidate[];
  private readonly n: number;

  constructor(
    private readonly key: string,
    private readonly lex: CliticLexicon,
    private readonly known: ((k: string) => boolean) | undefined,
    private readonly finalHa: FinalHa,
    whole: Candidate,
  ) {
    this.n = key.length;
    this.out = [whole];
  }

  afterConjunction(procs: readonly string[], base: number, p: number): void {
    const { key, lex } = this;
    this.nominal(procs, base, p, false);
    for (const prep of lex.prepositions) {
      if (key.startsWith(prep.form, p)) this.nominal([...procs, prep.form], base + prep.weight, p + prep.form.length, prep.elidesArticleAlef);
    }
    for (const f of lex.future) {
      if (!key.startsWith(f.form, p)) continue;
      const v = p + f.form.length;
      const pw = lex.imperfect.get(key.charAt(v));
      if (pw !== undefined) this.plain([...procs, f.form], base + f.weight + pw, v, false);
    }
  }

  /** A nominal stem after the proclitics `procs` (weight `base`), at key position p. */
  private nominal(procs: readonly string[], base: number, p: number, elides: boolean): void {
    const { key, lex, n } = this;
    const art = lex.article;
    if (elides && key.startsWith(art.slice(1), p)) {
      // ل + ال → لل: the article's alef is not written (للمعارضه); or ل + a ل-initial word (للبنان).
      const after = [...procs, art];
      const a = p + art.length - 1;
      // The span starts at the article's ل (للمعارضه → لمعارضه): the article belongs to the name, as in gold/FORMAT.md.
      this.add(after, true, key.slice(a, n), null, p, a, n, base + lex.articleAfterProclitic, false);
      const rest = key.slice(p, n);
      if (this.known !== undefined && this.known(art + rest) && !this.known(rest)) {
        this.add(after, true, rest, null, p, p, n, base + lex.articleAfterProclitic, true);
      }
      this.plain(procs, base, p, true); // only a listed or known ل-initial word: للبنان → ل + لبنان
    } else if (!elides && key.startsWith(art, p)) {
      const aw = base + (procs.length > 0 ? lex.articleAfterProclitic : lex.articleBare);
      this.add([...procs, art], true, key.slice(p + art.length, n), null, p, p + art.length, n, aw, false);
      this.plain(procs, base, p, true); // an ال that belongs to the word only when listed or known: والي, اليهم
    } else {
      this.plain(procs, base, p, false);
    }
  }

  /**
   * A stem without article over key[p, n): the bare stem, then each enclitic reading. With `onlyProtected`, only
   * readings whose stem is listed, known or a short function word.
   */
  private plain(procs: readonly string[], base: number, p: number, onlyProtected: boolean): void {
    const { key, lex, n } = this;
    if (p > 0) this.add(procs, false, key.slice(p, n), null, p, p, n, base, onlyProtected);
    if (!lex.lastCodes.has(key.charCodeAt(n - 1))) return;
    for (const e of lex.enclitics) {
      const q = n - e.form.length;
      if (q <= p || !key.endsWith(e.form)) continue;
      let ew = base + e.weight;
      let ending = q - 1 > p ? lex.stemEndings.get(key.charAt(q - 1)) : undefined;
      const afterAlef = q - 2 >= p && key.startsWith(lex.alefKey, q - 2);
      if (ending?.onlyAfterAlef && !afterAlef) ending = undefined;
      if (e.form === lex.haKey) {
        if (this.finalHa === 'taMarbuta') continue;
        if (this.finalHa === 'unknown' && !ending?.resolvesFinalHa) ew += lex.weights.haMaybeTaMarbuta;
      }
      if (ending === undefined) {
        this.add(procs, false, key.slice(p, q), e.form, p, p, q, ew, onlyProtected);
        continue;
      }
      this.add(procs, false, key.slice(p, q), e.form, p, p, q, ew + (afterAlef ? ending.keptAfterAlef : ending.kept), onlyProtected);
      const restored = key.slice(p, q - 1) + ending.stem;
      this.add(procs, false, restored, e.form, p, p, q, ew + (afterAlef ? ending.restoredAfterAlef : ending.restored), onlyProtected);
    }
  }

  /** Adds a candidate if its stem is long enough (or listed, known, or a short function word). */
  private add(
    procs: readonly string[], article: boolean, stem: string, enclitic: string | null,
    start: number, cut: number, end: number, base: number, onlyProtected: boolean,
  ): void {
    const { lex, known } = this;
    if (stem.length === 0) return;
    const w = lex.weights;
    // A stem that ends the word and ends in ه is listed only if its ه may be what the original has (آلية, not إليه).
    const listed = lex.whole.has(stem) && !(end === this.n && this.finalHa === 'ha' && lex.wholeByTaMarbuta.has(stem));
    const hit = known !== undefined && (known(stem) || (article && known(lex.article + stem)));
    const short = !article && lex.shortStems.has(stem);
    if (!listed && !hit && !short && (onlyProtected || stem.length < (article ? lex.minAfterArticle : lex.minBare))) return;
    let score = base;
    if (listed) score += enclitic === null ? w.listed : w.listedBeforeEnclitic;
    if (hit) score += w.known;
    if (short && stem.length < lex.minBare) score += w.shortStem;
    this.out.push({ proclitics: procs as string[], article, stem, enclitic, start, end, cut, protect: listed || hit, score });
  }
}

/**
 * Drops the readings that cut into a protected (listed or known) word, and, when a proclitic + article makes a split
 * certain, every unprotected reading whose stem would still hold those letters (the whole word among them); sorts
 * best first (equal scores: fewer clitics first, then the order of generation).
 */
function select(out: Candidate[], whole: Candidate, lex: CliticLexicon): Segmentation[] {
  let certainCut = 0;
  if (!whole.protect) {
    certainCut = Infinity;
    for (const c of out) {
      if (c.article && c.proclitics.length > 1 && c.stem.length >= lex.minCertain && c.cut < certainCut) certainCut = c.cut;
    }
    if (certainCut === Infinity) certainCut = 0;
  }
  const list: Candidate[] = [];
  for (const x of out) {
    if (!x.protect && (x.cut < certainCut || cutsIntoProtected(x, out))) continue;
    list.push(x);
  }
  list.sort((a, b) => b.score - a.score || clitics(a) - clitics(b));
  const result: Segmentation[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) result[i] = strip(list[i] as Candidate);
  return result;
}

/** x cuts into c when one of its stem boundaries falls strictly inside c's stem, or it reads c's letters otherwise. */
function cutsIntoProtected(x: Candidate, out: readonly Candidate[]): boolean {
  for (const c of out) {
    if (c === x || !c.protect) continue;
    if ((c.cut < x.cut && x.cut < c.end) || (c.cut < x.end && x.end < c.end) || (x.cut === c.cut && x.end === c.end)) return true;
  }
  return false;
}

function clitics(c: Candidate): number {
  return c.proclitics.length + (c.enclitic === null ? 0 : 1);
}

function strip(c: Candidate): Segmentation {
  return { proclitics: c.proclitics, article: c.article, stem: c.stem, enclitic: c.enclitic, start: c.start, end: c.end, score: c.score };
}
