// GET /api/export.{csv,jsonl,geojson}: the events a filter selects, streamed in the export formats of src/export
// (CSV: one row per event; GeoJSON: located events; JSONL: the rasid.extraction/1 records that hold them).
import { createWriter, EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import type { Store } from '../../store/types.js';
import { route, type AnyRoute } from '../route.js';
import { ErrorSchema, ExportQuerySchema } from '../schemas.js';
import { eventFilter } from './store.js';

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

const DESCRIBE: Record<ExportFormat, string> = {
  csv: 'one row per event, with the documented columns (docs/export.md)',
  jsonl: 'one rasid.extraction/1 record per line: the articles that hold a selected event',
  geojson: 'a FeatureCollection of the selected events that have coordinates',
};

const PAGE = 1000;

export function exportRoutes(store: Store): AnyRoute[] {
  return EXPORT_FORMATS.map((format) =>
    route({
      method: 'get',
      path: `/api/export.${format}`,
      tag: 'export',
      summary: `Export the events of a filter as ${format.toUpperCase()}`,
      description: `Takes the filter of GET /api/events; ${DESCRIBE[format]}. Streamed; \`limit\` caps the events selected.`,
      query: ExportQuerySchema,
      responses: [
        { status: 200, description: DESCRIBE[format], contentType: TYPES[format] },
        { status: 400, description: 'a parameter is invalid; the message names it', schema: ErrorSchema },
      ],
      handle: async ({ query }, c) => {
        const filter = eventFilter(query);
        const cap = query.limit ?? Number.POSITIVE_INFINITY;
        // The selection first (article → its selected events and their stories), in the order the filter lists them.
        const selected = new Map<string, Map<string, string | null>>();
        let seen = 0;
        for (let offset = 0; seen < cap; offset += PAGE) {
          const page = await store.events(filter, { limit: Math.min(PAGE, cap - seen), offset });
          for (const r of page.items) {
            let evs = selected.get(r.articleId);
            if (!evs) selected.set(r.articleId, (evs = new Map()));
            evs.set(r.event.id, r.storyId);
          }
          seen += page.items.length;
          if (page.items.length === 0 || offset + page.items.length >= page.total) break;
        }
        const writer = createWriter(format);
        const enc = new TextEncoder();
        const ids = [...selected.keys()];
        let i = 0;
        let begun = false;
        const body = new ReadableStream<Uint8Array>({
          pull: async (ctl) => {
            if (!begun) {
              begun = true;
              ctl.enqueue(enc.encode(writer.begin()));
              return;
            }
            if (i >= ids.length) {
              ctl.enqueue(enc.encode(writer.end()));
              ctl.close();
              return;
            }
            const id = ids[i++] as string;
            const evs = selected.get(id) as Map<string, string | null>;
            const x = await store.getExtraction(id);
            if (x) ctl.enqueue(enc.encode(writer.add(x, { keep: (e) => evs.has(e.id), storyOf: (_a, e) => evs.get(e) ?? null })));
          },
        });
        return c.body(body, 200, {
          'Content-Type': TYPES[format],
          'Content-Disposition': `attachment; filename="rasid-events.${format}"`,
          'Cache-Control': 'no-store',
        });
      },
    }),
  );
}
