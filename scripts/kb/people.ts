// Generates data/kb/people.jsonl from the hand-written tables in scripts/kb/people-table/*.ts:
//   npx tsx scripts/kb/people.ts            (writes the file and prints counts by group)
//   npx tsx scripts/kb/people.ts --review   (also prints every derived family/given name for review)
//
// Table rows are `en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra`:
//   - aliases and en_aliases are separated by "/";
//   - family / given left empty are derived from the name (family: the last word, with the particles that belong to
//     it — أبو، بن، ولد، آل، عبد، نصر الله، داود أوغلو …; given: the first word, or two for عبد الله، نور الدين …);
//     "-" means none (kunya names, royals, Chinese names);
//   - extra: space-separated flags: a Wikidata id (Q…), `common` (the name is shared by many people), `slug=…`.
// Lines starting with "## " name the group the following rows belong to (used for the counts only).
// The generator adds the spelling variants عبد الله ↔ عبدالله, عبد ربه ↔ عبدربه and نصر الله ↔ نصرالله of every name and
// alias; drops aliases that equal the name or another alias after the matcher's normalisation (tashkeel, أ/إ/آ, ى, ة)
// and titled forms whose bare name is already listed (الملك عبد الله الثاني); and refuses (writing nothing) rows with Latin or
// Persian letters in Arabic cells, shared names as aliases (محمد علي، عبد الله، أحمد …), duplicate ids or names, a family
// name listed as an alias, or a record the schema rejects.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KbRecordSchema } from '../../src/kb/schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const tableDir = join(here, 'people-table');
const out = join(root, 'data', 'kb', 'people.jsonl');
const review = process.argv.includes('--review');

/** The matcher's normalisation, for de-duplicating aliases. */
export function norm(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names that many people share or that are common words: never an alias (the brief's list, and kin). */
const NEVER_ALIAS = new Set(['محمد علي', 'عبد الله', 'عبدالله', 'حمد', 'أحمد', 'جمال', 'محمد', 'علي', 'حسن', 'حسين', 'عمر', 'خالد'].map(norm));

/** Titles and ranks written before names. */
const TITLES = new Set(['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان', 'السيد', 'آية', 'الله', 'المشير', 'الفريق', 'أول',
  'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'العماد', 'الركن', 'الجنرال', 'البابا', 'البطريرك', 'المستشار', 'الرئيس',
  'الملا', 'مولانا', 'مولوي', 'مفتي', 'ولي', 'العهد', 'العاهل', 'المغربي', 'شيخ', 'الأزهر'].map(norm));

const PARTICLES = new Set(['أبو', 'ابو', 'أبي', 'بن', 'ابن', 'ولد', 'آل', 'عبد', 'دي', 'دا', 'فون', 'لو', 'بو', 'فان', 'دو', 'أم']);
const SECOND_OF_COMPOUND = new Set(['الله', 'الدين', 'العابدين', 'الإسلام', 'الرحمن', 'أوغلو', 'زاده', 'زاد', 'نجاد', 'الحق', 'النبي']);

function deriveFamily(name: string): string | undefined {
  const w = name.split(' ');
  if (w.length < 2) return undefined;
  let i = w.length - 1;
  if (SECOND_OF_COMPOUND.has(w[i] as string) && i > 0) i--;
  while (i > 1 && PARTICLES.has(w[i - 1] as string)) i--;
  return w.slice(i).join(' ');
}

function deriveGiven(name: string): string | undefined {
  const w = name.split(' ');
  if (w.length < 2) return undefined;
  if (PARTICLES.has(w[0] as string) || SECOND_OF_COMPOUND.has(w[1] as string)) return w.length > 2 ? w.slice(0, 2).join(' ') : undefined;
  return w[0];
}

/** عبد الرحمن ↔ عبدالرحمن, نصر الله ↔ نصرالله: both spellings are common in news. */
function variants(s: string): string[] {
  const v = new Set<string>();
  v.add(s.replace(/(^|\s)عبد\s+(ال\S+)/g, '$1عبد$2'));
  v.add(s.replace(/(^|\s)عبد(ال\S+)/g, '$1عبد $2'));
  v.add(s.replace(/(^|\s)عبد ربه(?=\s|$)/g, '$1عبدربه'));
  v.add(s.replace(/(^|\s)عبدربه(?=\s|$)/g, '$1عبد ربه'));
  v.add(s.replace(/نصر الله/g, 'نصرالله'));
  v.add(s.replace(/نصرالله/g, 'نصر الله'));
  v.add(s.replace(/الحمد الله/g, 'الحمدالله'));
  v.delete(s);
  return [...v];
}

function slugify(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’ʿʾ.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Row { group: string; file: string; line: number; cells: string[] }

const files = readdirSync(tableDir).filter((f) => f.endsWith('.ts')).sort();
const rows: Row[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(tableDir, f)).href)) as { default: string };
  let group = 'other';
  mod.default.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    if (line.startsWith('## ')) { group = line.slice(3).trim(); return; }
    rows.push({ group, file: f, line: i + 1, cells: line.split('|').map((c) => c.trim()) });
  });
}

const problems: string[] = [];
const seen = new Map<string, string>();
const byGroup = new Map<string, number>();
const lines: string[] = [];
const nameKeys = new Map<string, string>();

for (const r of rows) {
  const where = `${r.file}:${r.line}`;
  if (r.cells.length !== 10) { problems.push(`${where}: ${r.cells.length} cells, expected 10: ${r.cells.join(' | ')}`); continue; }
  const [en, name, aliasCell, familyCell, givenCell, cc, role, roleAr, enAliasCell, extra] = r.cells as [string, string, string, string, string, string, string, string, string, string];
  const flags = extra.split(/\s+/).filter(Boolean);
  let slug = slugify(en);
  let wikidata: string | undefined;
  let common = false;
  for (const fl of flags) {
    if (/^Q\d+$/.test(fl)) wikidata = fl;
    else if (fl === 'common') common = true;
    else if (fl.startsWith('slug=')) slug = fl.slice(5);
    else problems.push(`${where}: unknown flag ${fl}`);
  }
  const id = `person:${slug}`;
  if (seen.has(id)) { problems.push(`${where}: duplicate id ${id} (also ${seen.get(id)})`); continue; }
  seen.set(id, where);

  const nameKey = norm(name);
  if (nameKeys.has(nameKey)) problems.push(`${where}: name ${name} also used by ${nameKeys.get(nameKey)}`);
  nameKeys.set(nameKey, id);

  for (const t of [name, aliasCell, familyCell, givenCell]) if (/[A-Za-z]/.test(t)) problems.push(`${where}: Latin letters in an Arabic cell: ${t}`);
    else if (/[پچژگکیہ]/.test(t)) problems.push(`${where}: Persian/Urdu letters in an Arabic cell: ${t}`);
  const given0 = aliasCell === '' ? [] : aliasCell.split('/').map((a) => a.trim()).filter(Boolean);
  const aliases: string[] = [];
  const keys = new Set<string>([norm(name)]);
  for (const a of [...variants(name), ...given0.flatMap((a) => [a, ...variants(a)])]) {
    const k = norm(a);
    if (keys.has(k)) continue;
    if (NEVER_ALIAS.has(k)) { problems.push(`${where}: alias ${a} is a shared name`); continue; }
    keys.add(k);
    aliases.push(a);
  }
  // A title before a name that is already listed adds nothing but the title to the span (الملك عبد الله الثاني → عبد الله
  // الثاني): drop it. Titled forms whose bare remainder is not a name of its own (الملك سلمان، الشيخ تميم) stay.
  for (let i = aliases.length - 1; i >= 0; i--) {
    const words = (aliases[i] as string).split(' ');
    let j = 0;
    while (j < words.length - 1 && TITLES.has(norm(words[j] as string))) j++;
    if (j > 0 && keys.has(norm(words.slice(j).join(' ')))) aliases.splice(i, 1);
  }
  const family = familyCell === '-' ? undefined : familyCell || deriveFamily(name);
  const given = givenCell === '-' ? undefined : givenCell || deriveGiven(name);
  if (family && aliases.some((a) => norm(a) === norm(family))) problems.push(`${where}: the family name ${family} is listed as an alias`);
  const enAliases = [...new Set(enAliasCell.split('/').map((a) => a.trim()).filter((a) => a !== '' && a !== en))];

  const rec: Record<string, unknown> = { id, kind: 'person', name, aliases, en };
  if (enAliases.length) rec.en_aliases = enAliases;
  rec.country = cc === '' ? null : cc;
  if (wikidata) rec.wikidata = wikidata;
  if (role) rec.role = role;
  if (roleAr) rec.role_ar = roleAr;
  if (family) rec.family = family;
  if (given) rec.given = given;
  if (common) rec.common = true;
  const parsed = KbRecordSchema.safeParse(rec);
  if (!parsed.success) { problems.push(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`); continue; }
  if (!role || !roleAr) problems.push(`${where}: ${id} has no role or role_ar`);
  lines.push(JSON.stringify(rec));
  byGroup.set(r.group, (byGroup.get(r.group) ?? 0) + 1);
  if (review) console.log(`${id}\t${name}\tfamily=${family ?? '-'}\tgiven=${given ?? '-'}\t${aliases.join('، ')}`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problems; ${out} not written`);
  process.exit(1);
}
writeFileSync(out, lines.join('\n') + '\n');
for (const [g, n] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${g}`);
console.log(`${String(lines.length).padStart(5)}  people written to ${out}`);
