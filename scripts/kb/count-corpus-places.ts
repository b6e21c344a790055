// Counts candidate place expressions in the unlabelled corpus (../shared/corpus/*.jsonl, fields title and body) and
// prints their frequencies: the word(s) after a place noun (بلدة، مخيم، معبر …) or a preposition (في، من، إلى).
// Prints counts only, never text from the articles.
//
//   npx tsx scripts/kb/count-corpus-places.ts [--corpus DIR] [--min N] [--top N]
//   npx tsx scripts/kb/count-corpus-places.ts --kb data/kb/places-corpus.jsonl   (occurrences of each record's names)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormaliser } from '../../src/text/normalise.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : dflt;
};
const corpusDir = opt('--corpus', join(here, '..', '..', '..', 'shared', 'corpus'));
const min = Number(opt('--min', '2'));
const top = Number(opt('--top', '400'));
const kbFile = opt('--kb', '');

const norm = createNormaliser();
const key = (s: string): string => norm.key(s);

/** Every article's title and body, normalised, as arrays of Arabic words (other characters break a run). */
function corpusDocs(): string[][][] {
  const docs: string[][][] = [];
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpusDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { title?: string; body?: string };
      const text = key(`${a.title ?? ''}\n${a.body ?? ''}`);
      // Runs of Arabic words; punctuation, digits and Latin letters end a run so that n-grams do not cross them.
      const runs = text.split(/[^\u0621-\u064a\s]+/).map((r) => r.split(/\s+/).filter((w) => w.length > 0)).filter((r) => r.length > 0);
      docs.push(runs);
    }
  }
  return docs;
}

// Place nouns that head a name (construct state: مخيم اليرموك) and prepositions, normalised; the conjunctions و/ف and
// the prepositions ب/ل may be attached to a place noun (وبلدة، بمدينة، لمعبر).
const HEADS = [
  'بلده', 'مدينه', 'قريه', 'مخيم', 'معبر', 'حي', 'منطقه', 'محافظه', 'ولايه', 'قاعده', 'مطار', 'نهر', 'جبل', 'بحر',
  'مضيق', 'خليج', 'جزيره', 'جزر', 'ميناء', 'سجن', 'ساحل', 'هضبه', 'سهل', 'وادي', 'ريف', 'ناحيه', 'قضاء', 'بلدات', 'قري',
  'اقليم', 'مقاطعه', 'شارع', 'ساحه', 'ميدان', 'سد', 'حقل', 'صحراء', 'شبه',
];
const PREPS = ['في', 'من', 'الي', 'نحو', 'قرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'داخل', 'مدينه'];
const STOP = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'انه', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعد',
  'قبل', 'خلال', 'بين', 'حتي', 'او', 'ثم', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'هو', 'هي', 'ما', 'اي', 'عند', 'منذ',
  'حيث', 'اجل', 'جانب', 'قبل', 'غير', 'بعض', 'جميع', 'عدد', 'اكثر', 'اخري', 'الاخري', 'اخر', 'نفس', 'ذات', 'احد', 'احدي',
]);
const headSet = new Set(HEADS);
const prepSet = new Set(PREPS);
/** The place noun of a word, peeling an attached و/ف and then ب/ل (وبمدينة → مدينه). */
function headOf(w: string): string | null {
  let s = w;
  if (headSet.has(s)) return s;
  if (s.length > 2 && (s[0] === 'و' || s[0] === 'ف')) { s = s.slice(1); if (headSet.has(s)) return s; }
  if (s.length > 2 && (s[0] === 'ب' || s[0] === 'ل')) { s = s.slice(1); if (headSet.has(s)) return s; }
  return null;
}

function countCandidates(): void {
  const docs = corpusDocs();
  const exprs = new Map<string, number>(); // "مخيم اليرموك", "في حلب"
  const names = new Map<string, number>(); // the name part alone, over all heads: "اليرموك"
  const docFreq = new Map<string, Set<number>>();
  let occurrences = 0;
  const add = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };
  docs.forEach((runs, d) => {
    for (const run of runs) {
      for (let i = 0; i < run.length - 1; i++) {
        const w = run[i] as string;
        const head = headOf(w);
        const prep = prepSet.has(w) ? w : null;
        if (!head && !prep) continue;
        const n1 = run[i + 1] as string;
        if (STOP.has(n1) || n1.length < 2 || headSet.has(n1)) continue;
        const n2 = run[i + 2];
        const forms = [n1];
        if (n2 !== undefined && !STOP.has(n2) && !prepSet.has(n2)) forms.push(`${n1} ${n2}`);
        for (const f of forms) {
          const e = `${head ?? prep} ${f}`;
          add(exprs, e);
          add(names, f);
          occurrences++;
          let s = docFreq.get(f);
          if (!s) docFreq.set(f, (s = new Set()));
          s.add(d);
        }
      }
    }
  });
  const sorted = (m: Map<string, number>): [string, number][] => [...m].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`# ${docs.length} articles; ${occurrences} candidate occurrences; ${exprs.size} distinct expressions, ${names.size} distinct names`);
  console.log(`# ${sorted(exprs).length} expressions and ${sorted(names).length} names occur >= ${min} times`);
  console.log(`\n## expressions after a place noun (count)`);
  for (const [e, c] of sorted(exprs).filter(([e]) => headSet.has(e.split(' ')[0] as string)).slice(0, top)) console.log(`${c}\t${e}`);
  console.log(`\n## names after a preposition or place noun (count, articles)`);
  for (const [e, c] of sorted(names).slice(0, top)) console.log(`${c}\t${docFreq.get(e)?.size ?? 0}\t${e}`);
}

/** Occurrences of each record's name and aliases (as whole words, allowing an attached و ف ب ل ك and ال). */
function countKb(file: string): void {
  const docs = corpusDocs().map((runs) => runs.map((r) => ` ${r.join(' ')} `));
  const rows: [number, number, string, string][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; name: string; aliases?: string[] };
    // One alternation of every form (with ال added or, after ل, elided), longest first, so that overlapping names
    // (مطار التيفور، التيفور) count once.
    const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alts = new Set<string>();
    for (const f of new Set([r.name, ...(r.aliases ?? [])].map(key))) {
      alts.add(esc(f));
      if (f.startsWith('ال')) alts.add(`ل${esc(f.slice(2))}`);
      else alts.add(`ال${esc(f)}`);
    }
    const re = new RegExp(`(?<= )(?:[وف]?[بلك]?)(?:${[...alts].sort((a, b) => b.length - a.length).join('|')})(?= )`, 'g');
    let total = 0;
    let inDocs = 0;
    for (const runs of docs) {
      let here = 0;
      for (const run of runs) here += run.match(re)?.length ?? 0;
      total += here;
      if (here > 0) inDocs++;
    }
    rows.push([total, inDocs, r.id, r.name]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [t, d, id, name] of rows) console.log(`${t}\t${d}\t${id}\t${name}`);
  console.log(`# ${rows.length} records; ${rows.filter((r) => r[0] >= 2).length} occur >= 2 times`);
}

if (kbFile) countKb(kbFile);
else countCandidates();
