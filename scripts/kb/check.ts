// Checks KB JSONL files against the record schema: `tsx scripts/kb/check.ts data/kb/x.jsonl …`; lists every problem.
import { readFileSync } from 'node:fs';
import { parseKbJsonl } from '../../src/kb/load.js';

let bad = 0;
const ids = new Map<string, string>();
for (const f of process.argv.slice(2)) {
  const { records, problems } = parseKbJsonl(readFileSync(f, 'utf8'), f);
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`);
  bad += problems.length;
  for (const r of records) {
    const prev = ids.get(r.record.id);
    if (prev) { console.log(`${f}:${r.line}: duplicate id ${r.record.id} (also ${prev})`); bad++; }
    ids.set(r.record.id, `${f}:${r.line}`);
  }
  console.log(`${f}: ${records.length} valid records, ${problems.length} problems`);
}
process.exit(bad > 0 ? 1 : 0);
