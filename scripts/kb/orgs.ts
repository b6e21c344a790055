// Generates data/kb/orgs.jsonl from the hand-written tables in scripts/kb/orgs-table/*.txt:
//   npx tsx scripts/kb/orgs.ts              (writes the file, prints counts by kind and the aliases shared by records)
//
// Table rows are `slug | kind | sector | ISO3 | name | aliases | en | en_aliases | acronyms | relations | flags`:
//   - empty kind / sector take the section default set by a line `@ <kind> <sector>`;
//   - ISO3 "-" (or empty) means no country (IGOs, transnational groups);
//   - aliases, en_aliases, acronyms, relations and flags are separated by ";";
//   - relations are `type:slug` (branch_of, split_from, part_of, allied_with, successor_of, wing_of, member_of);
//   - flags: `common` (the name is also a common word or a generic phrase: matched only with a cue, quotes or an
//     earlier unambiguous mention), `wd:Q…` (Wikidata id, only where certain), `src:…` (a source note).
// Lines starting with "#" are comments. The generator adds the spelling variants أميركي ↔ أمريكي and
// عبد الله ↔ عبدالله of every Arabic name, and drops aliases that equal the name or another alias after the
// matcher's normalisation (tashkeel, أ/إ/آ, ى, ة, punctuation).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbRecordSchema, ORG_KINDS, RELATIONS, type KbRecord } from '../../src/kb/schema.js';
import { SECTORS } from '../../src/contract/extraction.js';
import { createNormaliser, tokenise } from '../../src/text/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const tableDir = join(here, 'orgs-table');
const out = join(root, 'data', 'kb', 'orgs.jsonl');

const normaliser = createNormaliser();
/** The matching key of a phrase, as the KB compiler computes it (normalised tokens joined by spaces). */
const key = (s: string): string => tokenise(normaliser.normalise(s)).map((t) => t.norm).join(' ');

const isArabic = (s: string): boolean => /[\u0600-\u06FF]/.test(s);

/** Spelling variants news uses side by side. */
function variants(s: string): string[] {
  const v = new Set<string>([s]);
  if (s.includes('أميرك')) v.add(s.replaceAll('أميرك', 'أمريك'));
  if (s.includes('أمريك')) v.add(s.replaceAll('أمريك', 'أميرك'));
  for (const x of [...v]) {
    if (/عبد ال/.test(x)) v.add(x.replace(/عبد ال/g, 'عبدال'));
    else if (/عبدال/.test(x)) v.add(x.replace(/عبدال/g, 'عبد ال'));
  }
  return [...v];
}

const split = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter((x) => x !== '');

const problems: string[] = [];
const records: KbRecord[] = [];
const where = new Map<string, string>();

for (const file of readdirSync(tableDir).filter((f) => f.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(tableDir, file), 'utf8').split('\n');
  let defKind = '';
  let defSector = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const at = `${file}:${i + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      [defKind = '', defSector = ''] = line.slice(1).trim().split(/\s+/);
      return;
    }
    const f = line.split('|').map((x) => x.trim());
    if (f.length < 7 || f.length > 11) { problems.push(`${at}: expected 7-11 fields, got ${f.length}`); return; }
    const [slug, kind0, sector0, iso, name, aliases, en, enAliases, acronyms, relations, flags] = f as string[];
    const kind = kind0 || defKind;
    const sector = sector0 || defSector;
    const id = `org:${slug}`;
    if (where.has(id)) problems.push(`${at}: duplicate id ${id} (also ${where.get(id)})`);
    where.set(id, at);
    if (!(ORG_KINDS as readonly string[]).includes(kind)) problems.push(`${at}: unknown kind ${kind}`);
    if (sector && !(SECTORS as readonly string[]).includes(sector)) problems.push(`${at}: unknown sector ${sector}`);
    const nameKey = key(name as string);
    // Arabic acronyms (واس، قسد) live in `acronyms`; an alias that repeats one is dropped.
    const seen = new Set<string>([nameKey, ...split(acronyms).map(key)]);
    const al: string[] = [];
    for (const a of [...variants(name as string).slice(1), ...split(aliases).flatMap(variants)]) {
      if (!isArabic(a)) { problems.push(`${at}: alias "${a}" is not Arabic (put Latin forms in acronyms or en_aliases)`); continue; }
      const k = key(a);
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      al.push(a);
    }
    const rec: Record<string, unknown> = { id, kind, name, aliases: al, en };
    const ena = split(enAliases).filter((x) => x !== en);
    if (ena.length) rec.en_aliases = ena;
    const acr = split(acronyms);
    if (acr.length) rec.acronyms = acr;
    rec.country = iso && iso !== '-' ? iso : null;
    for (const fl of split(flags)) {
      if (fl === 'common') rec.common = true;
      else if (fl.startsWith('wd:')) rec.wikidata = fl.slice(3);
      else if (fl.startsWith('src:')) rec.source = fl.slice(4);
      else problems.push(`${at}: unknown flag ${fl}`);
    }
    if (sector) rec.sector = sector;
    const rels = split(relations).map((r) => {
      const [type, target] = r.split(':').map((x) => x.trim());
      if (!(RELATIONS as readonly string[]).includes(type as string)) problems.push(`${at}: unknown relation ${type}`);
      return { type, target: `org:${target}` };
    });
    if (rels.length) rec.relations = rels;
    const parsed = KbRecordSchema.safeParse(rec);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${at}: ${id}: ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    records.push(rec as KbRecord);
  });
}

// Relations must point at records of this file.
const ids = new Set(records.map((r) => r.id));
for (const r of records) for (const rel of r.relations ?? []) if (!ids.has(rel.target)) problems.push(`${where.get(r.id)}: ${r.id}: ${rel.type} ${rel.target} does not exist`);

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problems; nothing written`);
  process.exit(1);
}

writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const byKind: Record<string, number> = {};
for (const r of records) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
console.log(`${out}: ${records.length} records`);
for (const [k, n] of Object.entries(byKind).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(13)} ${n}`);

// Phrases that name more than one record here: the linker needs context for them.
const byKey = new Map<string, Set<string>>();
for (const r of records) {
  for (const a of [r.name, ...r.aliases, ...(r.acronyms ?? [])]) {
    const k = key(a);
    const s = byKey.get(k) ?? new Set<string>();
    s.add(r.id);
    byKey.set(k, s);
  }
}
const shared = [...byKey].filter(([, s]) => s.size > 1);
if (shared.length) {
  console.log(`phrases shared by several organisations (${shared.length}):`);
  for (const [k, s] of shared) console.log(`  ${k}: ${[...s].join(', ')}`);
}
const common = records.filter((r) => r.common).map((r) => `${r.id} (${r.name})`);
console.log(`marked common (${common.length}): ${common.join(', ')}`);
