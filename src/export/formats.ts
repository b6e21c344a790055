// The export formats as pure writers over rasid.extraction/1 records: JSON lines, CSV (RFC 4180) and GeoJSON (RFC 7946).
import type { Event, Extraction } from '../contract/extraction.js';
import { COLUMNS, eventRows, type ExportRow, type StoryOf } from './rows.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface WriterOptions {
  /** CSV: start with a UTF-8 byte-order mark, for spreadsheet programs that need one to see UTF-8. */
  bom?: boolean;
}

/** What to take from one record: which events, and their stories. */
export interface RecordSelection {
  keep?: (e: Event) => boolean;
  storyOf?: StoryOf;
}

/**
 * A streaming writer: `begin()`, then `add()` per record, then `end()`; the strings concatenate to the file.
 * `written` counts records (JSONL) or events (CSV, GeoJSON); `skipped` counts events left out (GeoJSON: no coordinates).
 */
export interface ExportWriter {
  begin(): string;
  add(x: Extraction, sel?: RecordSelection): string;
  end(): string;
  readonly written: number;
  readonly skipped: number;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; line breaks inside names become spaces. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = v.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  return /[",]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvRow(row: ExportRow): string {
  return csvLine(COLUMNS.map((c) => row[c]));
}

/** A GeoJSON Point feature of a located event (coordinates in lon, lat order); null when the event has no coordinates. */
export function geoFeature(row: ExportRow): Record<string, unknown> | null {
  if (row.lat === null || row.lon === null) return null;
  const properties: Record<string, unknown> = {};
  for (const c of COLUMNS) if (c !== 'lat' && c !== 'lon') properties[c] = row[c];
  return { type: 'Feature', id: `${row.article_id}/${row.event_id}`, geometry: { type: 'Point', coordinates: [row.lon, row.lat] }, properties };
}

class JsonlWriter implements ExportWriter {
  written = 0;
  readonly skipped = 0;
  begin(): string { return ''; }
  add(x: Extraction): string { this.written++; return `${JSON.stringify(x)}\n`; }
  end(): string { return ''; }
}

class CsvWriter implements ExportWriter {
  written = 0;
  readonly skipped = 0;
  constructor(private readonly bom: boolean) {}
  begin(): string { return `${this.bom ? '\uFEFF' : ''}${csvLine(COLUMNS)}`; }
  add(x: Extraction, sel: RecordSelection = {}): string {
    const rows = eventRows(x, sel);
    this.written += rows.length;
    return rows.map(csvRow).join('');
  }
  end(): string { return ''; }
}

class GeoJsonWriter implements ExportWriter {
  written = 0;
  skipped = 0;
  begin(): string { return '{"type":"FeatureCollection","features":[\n'; }
  add(x: Extraction, sel: RecordSelection = {}): string {
    let out = '';
    for (const row of eventRows(x, sel)) {
      const f = geoFeature(row);
      if (!f) { this.skipped++; continue; }
      out += `${this.written++ === 0 ? '' : ',\n'}${JSON.stringify(f)}`;
    }
    return out;
  }
  end(): string { return '\n]}\n'; }
}

/** A writer of the given format. */
export function createWriter(format: ExportFormat, opts: WriterOptions = {}): ExportWriter {
  switch (format) {
    case 'jsonl': return new JsonlWriter();
    case 'csv': return new CsvWriter(opts.bom ?? false);
    case 'geojson': return new GeoJsonWriter();
  }
}

/**
 * The whole export of `records` as one string.
 * @example
 *   exportRecords('csv', records) // 'date,date_precision,source_name,…\r\n2023-10-10,day,…\r\n'
 */
export function exportRecords(format: ExportFormat, records: Iterable<Extraction>, opts: WriterOptions & RecordSelection = {}): string {
  const w = createWriter(format, opts);
  let out = w.begin();
  for (const x of records) out += w.add(x, opts);
  return out + w.end();
}
