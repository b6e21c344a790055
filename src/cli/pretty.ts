// The readable summary printed by `rasid extract --format pretty`.
import type { Extraction } from '../contract/extraction.js';
import type { Doc } from '../pipeline/index.js';

export function prettyDoc(doc: Doc, record: Extraction): string {
  const a = record.article;
  const out: string[] = [];
  out.push(`── ${a.title ?? 'article'} · id ${a.id}${a.published ? ` · published ${a.published}` : ''}${a.outlet ? ` · ${a.outlet}` : ''}`);
  const sentences = doc.has('sentences') ? doc.get('sentences') : [];
  out.push(`${sentences.length} sentences, ${doc.has('tokens') ? doc.get('tokens').length : 0} tokens`);
  for (const s of sentences) out.push(`  ${String(s.index + 1).padStart(3)}. ${s.text}`);
  if (doc.has('dates')) {
    const dates = doc.get('dates');
    out.push(`dates (${dates.length}):`);
    for (const d of dates) out.push(`  ${d.text} → ${d.value ?? 'unresolved'} (${d.precision}${d.relative ? ', relative' : ''})`);
  }
  if (doc.has('numbers')) {
    const numbers = doc.get('numbers');
    out.push(`numbers (${numbers.length}):`);
    for (const n of numbers) out.push(`  ${n.text} = ${n.value}${n.approximate ? ' ~' : ''}${n.noun ? ` ${n.noun.text}` : ''}`);
  }
  out.push(`entities (${record.entities.length}):`);
  for (const e of record.entities) {
    const geo = e.geo ? ` @ ${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)} (${e.geo.precision})` : '';
    out.push(`  ${e.type} ${e.name}${e.name_en ? ` — ${e.name_en}` : ''}${e.country ? ` [${e.country}]` : ''}${geo} ×${e.mentions.length}: ${e.mentions.map((m) => m.text).join('، ')}`);
  }
  if (doc.has('agents')) {
    const agents = doc.get('agents');
    out.push(`agents (${agents.length}):`);
    for (const a of agents) out.push(`  ${a.text} → ${a.sector}${a.countries.length ? ` ${a.countries.join('+')}` : ''}`);
  }
  out.push(`events: ${record.events.length} · quotes: ${record.quotes.length}`);
  return out.join('\n') + '\n\n';
}
