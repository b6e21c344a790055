import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, type Extraction } from '../contract/extraction.js';
import { COLUMNS, createWriter, csvField, eventRows, exportRecords } from './index.js';

/** Builds a record by hand: spans are computed from the text, so offsets are right by construction. */
function record(id: string, text: string, outlet: string | null, published: string | null, build: (span: (s: string, from?: number) => { start: number; end: number; text: string }) => Omit<Extraction, 'schema' | 'article' | 'text'>): Extraction {
  const span = (s: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" is not in the text`);
    return { start, end: start + s.length, text: s };
  };
  return ExtractionSchema.parse({ schema: 'rasid.extraction/1', article: { id, url: `https://${id}.example/a`, outlet, title: text.split('\n')[0], published, lang: 'ar' }, text, ...build(span) });
}

const T1 = 'غارة على غزة\n\nقال الجيش الإسرائيلي إنه قصف مواقع لحركة حماس في غزة أمس، وأكدت وزارة الصحة مقتل 5 أشخاص وإصابة 12، فيما تظاهر "آلاف" في رام الله.';
const A = record('a1', T1, 'وكالة, "المثال"', '2023-10-10', (span) => ({
  entities: [
    { id: 'e1', type: 'ORG', kind: 'state_body', name: 'الجيش الإسرائيلي', name_en: 'Israel Defense Forces', ref: 'org:idf', wikidata: null, country: 'ISR', geo: null, confidence: 0.9, mentions: [span('الجيش الإسرائيلي')] },
    { id: 'e2', type: 'ORG', kind: 'armed_group', name: 'حماس', name_en: 'Hamas', ref: 'org:hamas', wikidata: 'Q38799', country: 'PSE', geo: null, confidence: 0.9, mentions: [span('حماس')] },
    { id: 'e3', type: 'LOC', kind: 'city', name: 'غزة', name_en: 'Gaza', ref: 'city:ps-gaza', wikidata: null, country: 'PSE', geo: { lat: 31.5017, lon: 34.4668, precision: 'city' }, confidence: 0.95, mentions: [span('غزة'), span('غزة', 20)] },
    { id: 'e4', type: 'ORG', kind: 'state_body', name: 'وزارة الصحة', name_en: null, ref: null, wikidata: null, country: null, geo: null, confidence: 0.6, mentions: [span('وزارة الصحة')] },
    { id: 'e5', type: 'LOC', kind: 'city', name: 'رام الله', name_en: 'Ramallah', ref: 'city:ps-ramallah', wikidata: null, country: 'PSE', geo: null, confidence: 0.9, mentions: [span('رام الله')] },
  ],
  events: [
    {
      id: 'v1', type: 'ASSAULT', mode: 'aerial', cameo: '19', trigger: span('قصف'), sentence: { start: 14, end: T1.length },
      source: [{ entity: 'e1', ...span('الجيش الإسرائيلي'), country: 'ISR', sector: 'MIL' }],
      target: [{ entity: 'e2', ...span('حماس'), country: 'PSE', sector: 'REB' }, { entity: null, ...span('مواقع'), country: null, sector: null }],
      location: 'e3', date: { value: '2023-10-09', precision: 'day', text: 'أمس' }, quantity: { value: 5, unit: 'people', text: '5 أشخاص' },
      dead: 5, injured: 12, stance: 'asserted', attribution: 'q1', confidence: 0.8,
    },
    {
      id: 'v2', type: 'PROTEST', mode: null, cameo: '14', trigger: span('تظاهر'), sentence: { start: 14, end: T1.length },
      source: [{ entity: null, ...span('"آلاف"'), country: 'PSE', sector: 'CVL' }], target: [],
      location: 'e5', date: null, quantity: null, dead: null, injured: null, stance: 'asserted', attribution: null, confidence: 0.7,
    },
  ],
  quotes: [{ id: 'q1', speaker: { entity: 'e4', ...span('وزارة الصحة'), country: null, sector: 'GOV' }, via: [], cue: span('وأكدت'), content: { start: span('مقتل').start, end: span('12').end }, direct: false }],
}));
const T2 = 'نفي\n\nنفت الحكومة السودانية أي هجوم على\nالخرطوم.';
const B = record('b2', T2, null, null, (span) => ({
  entities: [{ id: 'e1', type: 'LOC', kind: 'city', name: 'الخرطوم', name_en: 'Khartoum', ref: 'city:sd-khartoum', wikidata: null, country: 'SDN', geo: { lat: 15.5, lon: 32.56, precision: 'city' }, confidence: 0.9, mentions: [span('الخرطوم')] }],
  events: [{
    id: 'v1', type: 'ASSAULT', mode: null, cameo: null, trigger: span('هجوم'), sentence: { start: 5, end: T2.length },
    source: [{ entity: null, ...span('الحكومة السودانية'), country: 'SDN', sector: 'GOV' }], target: [],
    location: 'e1', date: null, quantity: null, dead: null, injured: null, stance: 'negated', attribution: null, confidence: 0.5,
  }],
  quotes: [],
}));

/** An RFC 4180 reader written for this test: quoted fields, doubled quotes, CRLF or LF records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && s[i + 1] === '\n') { /* the \n ends the record */ } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

describe('eventRows', () => {
  it('flattens an event: canonical names, nominal actors by their words, place coordinates, the quote\'s speaker', () => {
    const [v1, v2] = eventRows(A, { storyOf: (a, e) => (a === 'a1' && e === 'v1' ? 's7' : null) });
    expect(v1).toMatchObject({
      date: '2023-10-09', date_precision: 'day', type: 'ASSAULT', mode: 'aerial', cameo: '19',
      source_name: 'الجيش الإسرائيلي', source_name_en: 'Israel Defense Forces', source_country: 'ISR', source_sector: 'MIL',
      target_name: 'حماس; مواقع', target_name_en: 'Hamas; ', target_country: 'PSE; ', target_sector: 'REB; ',
      place_name: 'غزة', place_name_en: 'Gaza', place_country: 'PSE', lat: 31.5017, lon: 34.4668, precision: 'city',
      quantity: 5, quantity_unit: 'people', dead: 5, injured: 12, quote_speaker: 'وزارة الصحة', stance: 'asserted',
      story_id: 's7', article_id: 'a1', event_id: 'v1', outlet: 'وكالة, "المثال"', url: 'https://a1.example/a',
    });
    // an undated event takes the publication date, and says so; a place without coordinates stays empty
    expect(v2).toMatchObject({ date: '2023-10-10', date_precision: 'published', place_name: 'رام الله', lat: null, lon: null, target_name: null, story_id: null });
    // no date at all
    expect(eventRows(B)[0]).toMatchObject({ date: null, date_precision: null, stance: 'negated' });
  });

  it('keeps only the events asked for', () => {
    expect(eventRows(A, { keep: (e) => e.type === 'PROTEST' }).map((r) => r.event_id)).toEqual(['v2']);
  });
});

describe('CSV', () => {
  const csv = exportRecords('csv', [A, B]);

  it('is RFC 4180: a header of the documented columns, one CRLF record per event, fields quoted only when needed', () => {
    expect(csv.startsWith('date,date_precision,source_name,')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 events, final empty string
    expect(csv).toContain(',"وكالة, ""المثال""",');
  });

  it('reads back to the same values with a CSV parser', () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(COLUMNS.length);
    const get = (r: number, c: string): string | undefined => rows[r]?.[COLUMNS.indexOf(c as (typeof COLUMNS)[number])];
    expect(get(1, 'outlet')).toBe('وكالة, "المثال"');
    expect(get(1, 'lat')).toBe('31.5017');
    expect(get(1, 'lon')).toBe('34.4668');
    expect(get(1, 'dead')).toBe('5');
    expect(get(2, 'source_name')).toBe('"آلاف"');
    expect(get(2, 'lat')).toBe('');
    expect(get(3, 'stance')).toBe('negated');
    expect(get(3, 'title')).toBe('نفي');
  });

  it('turns line breaks inside a value into spaces, so every record is one line', () => {
    expect(csvField('سطر\nثان')).toBe('سطر ثان');
    expect(csvField(' حواف ')).toBe('" حواف "');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(exportRecords('csv', [A], { bom: true }).startsWith('\uFEFFdate,')).toBe(true);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('is read by Python\'s csv module into the same table (skipped without python3)', () => {
    const script = 'import csv,sys,json; rows=list(csv.reader(sys.stdin.buffer.read().decode("utf-8").splitlines(True))); print(json.dumps(rows))';
    const r = spawnSync('python3', ['-c', script], { input: csv, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(parseCsv(csv));
  });
});

describe('GeoJSON', () => {
  it('is a FeatureCollection of located events, coordinates in lon, lat order, properties as in the CSV', () => {
    const w = createWriter('geojson');
    const text = w.begin() + w.add(A) + w.add(B) + w.end();
    const fc = JSON.parse(text) as { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(['a1/v1', 'b2/v1']);
    expect(w.written).toBe(2);
    expect(w.skipped).toBe(1); // the protest in Ramallah has no coordinates
    const [gaza, khartoum] = fc.features;
    expect(gaza?.geometry).toEqual({ type: 'Point', coordinates: [34.4668, 31.5017] });
    expect(khartoum?.geometry.coordinates).toEqual([32.56, 15.5]);
    expect(gaza?.properties).toMatchObject({ type: 'ASSAULT', dead: 5, place_name: 'غزة', precision: 'city', story_id: null });
    expect(Object.keys(gaza?.properties ?? {})).toEqual(COLUMNS.filter((c) => c !== 'lat' && c !== 'lon'));
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it('is valid JSON when nothing is located', () => {
    expect(JSON.parse(exportRecords('geojson', []))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('JSONL', () => {
  it('writes one rasid.extraction/1 record per line that parses back to the same record', () => {
    const lines = exportRecords('jsonl', [A, B]).split('\n');
    expect(lines).toHaveLength(3);
    expect(ExtractionSchema.parse(JSON.parse(lines[0] as string))).toEqual(A);
    expect(JSON.parse(lines[1] as string)).toEqual(B);
  });
});
