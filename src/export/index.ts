// Exports of stored extractions: JSON lines of rasid.extraction/1, one CSV row per event, GeoJSON of located events.
export { COLUMNS, eventRows, type ExportRow, type StoryOf } from './rows.js';
export {
  createWriter, csvField, csvLine, csvRow, EXPORT_FORMATS, exportRecords, geoFeature,
  type ExportFormat, type ExportWriter, type RecordSelection, type WriterOptions,
} from './formats.js';
