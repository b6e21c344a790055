// `rasid kb lookup|stats|validate`: look into the knowledge base and check it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { UsageError } from '../errors.js';
import {
  compileKb, compileKbCache, DEFAULT_CACHE, kbFiles, loadAgents, loadContext, parseKbJsonl, phraseKeys, prior, walk, type KbEntry, type KnowledgeBase,
  type KbProblem, type LoadedRecord,
} from '../kb/index.js';
import { segment } from '../text/clitics.js';
import { collisions, commonWordAliases, forbiddenCollisions, loadCollisions, referenceProblems } from '../kb/validate.js';
import { loadTextResources, type TextResources } from '../text/index.js';
import type { Io } from './output.js';

export const KB_HELP = `Usage: rasid kb <lookup|stats|validate> [options]

  rasid kb lookup NAME [--json]   every referent NAME can mean, with the evidence used
  rasid kb stats [--json]         counts by kind and type, aliases, build time and memory
  rasid kb compile [--out PATH]   validate data/kb and write the compiled copy that start-up reads
                                  (the build runs it; without it, every start compiles the KB anew)
  rasid kb validate [--corpus DIR]
                                  checks data/kb: schema (file:line), duplicate ids, dangling parents and
                                  relations, aliases shared across PER/ORG/LOC, aliases shared within a type,
                                  and aliases that behave like common words in a corpus (default ../shared/corpus)
Exit codes: 0 valid, 3 the knowledge base is invalid (every problem is listed).
`;

function chain(kb: KnowledgeBase, e: KbEntry): string {
  const names: string[] = [];
  let p = e.parent;
  for (let guard = 0; p && guard < 6; guard++) {
    const up = kb.entries.get(p);
    if (!up) break;
    names.push(up.en);
    p = up.parent;
  }
  return names.join(' › ');
}

function lookup(name: string, kb: KnowledgeBase, text: TextResources, json: boolean, io: Io): number {
  const keys = phraseKeys(name, text);
  const found: { entry: KbEntry; via: string; peeled: string[]; prior: number }[] = [];
  const tryKeys = (ks: string[], peeled: string[]): void => {
    const node = walk(kb.names, ks);
    for (const r of node?.refs ?? []) {
      const entry = kb.entries.get(r.id);
      if (entry && !found.some((f) => f.entry.id === entry.id)) found.push({ entry, via: r.via, peeled, prior: prior(entry, r.via) });
    }
  };
  tryKeys(keys, []);
  if (keys.length > 0) {
    for (const seg of segment(keys[0] as string, text.clitics)) {
      if (seg.proclitics.length === 0 || seg.enclitic) continue;
      for (const k of seg.article ? [`ال${seg.stem}`, seg.stem] : [seg.stem]) tryKeys([k, ...keys.slice(1)], seg.proclitics);
    }
  }
  const nisba = walk(kb.nisba, keys)?.refs.map((r) => kb.entries.get(r.id)?.country).filter(Boolean) ?? [];
  const agents = walk(kb.agentTrie, keys)?.refs.map((r) => kb.agents[Number(r.id)]) ?? [];
  found.sort((a, b) => b.prior - a.prior);
  if (json) {
    io.out(JSON.stringify({ query: name, keys, referents: found.map((f) => ({ ...f.entry, via: f.via, peeled: f.peeled, prior: f.prior })), nisba, agents }, null, 2) + '\n');
    return found.length + nisba.length + agents.length > 0 ? 0 : 2;
  }
  io.out(`${name}  (matching key: ${keys.join(' ')})\n`);
  if (found.length === 0 && nisba.length === 0 && agents.length === 0) { io.out('  no referent in the knowledge base\n'); return 2; }
  for (const f of found) {
    const e = f.entry;
    const geo = e.lat !== undefined ? ` · ${e.lat.toFixed(2)}, ${e.lon?.toFixed(2)}` : '';
    io.out(`  ${e.id}  ${e.type}/${e.kind}  ${e.name} — ${e.en}${e.country ? ` (${e.country})` : ''}${geo}${e.wikidata ? ` · ${e.wikidata}` : ''}\n`);
    const where = chain(kb, e);
    io.out(`      evidence: ${f.via}${f.peeled.length ? ` after peeling ${f.peeled.join('+')}` : ''}; prior ${f.prior.toFixed(2)}${e.common ? '; common word: needs a cue, quotes or an earlier mention' : ''}${e.capitalOf ? `; capital of ${e.capitalOf}` : ''}${where ? `; in ${where}` : ''}${e.role ? `; ${e.role}` : ''}\n`);
  }
  for (const c of nisba) io.out(`  nisba → ${c}\n`);
  for (const a of agents) if (a) io.out(`  agent → ${a.sector}${a.alt_sector ? `/${a.alt_sector}` : ''} (${a.en})\n`);
  if (found.length > 1) io.out('  several referents: context decides (cue words before the name, other places named in the document)\n');
  return 0;
}

function stats(kb: KnowledgeBase, ms: number, json: boolean, io: Io): number {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let withGeo = 0;
  for (const e of kb.entries.values()) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    if (e.lat !== undefined) withGeo++;
  }
  const s = {
    records: kb.entries.size, byType, byKind, withCoordinates: withGeo, phrases: kb.size, agents: kb.agents.length,
    buildMs: Math.round(ms), heapMB: Math.round(process.memoryUsage().heapUsed / 1e6), rssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
  if (json) { io.out(JSON.stringify(s, null, 2) + '\n'); return 0; }
  io.out(`records: ${s.records} (${Object.entries(byType).map(([k, v]) => `${k} ${v}`).join(', ')}); with coordinates: ${withGeo}\n`);
  for (const [k, v] of Object.entries(byKind).sort((a, b) => b[1] - a[1])) io.out(`  ${k.padEnd(14)} ${v}\n`);
  io.out(`alias phrases: ${s.phrases}; agent role nouns: ${s.agents}\nbuilt in ${s.buildMs} ms; heap ${s.heapMB} MB, rss ${s.rssMB} MB\n`);
  return 0;
}

function corpusTexts(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as { title?: string; body?: string };
        out.push(`${r.title ?? ''}\n${r.body ?? ''}`);
      } catch { /* a bad corpus line is not the KB's problem */ }
    }
  }
  return out;
}

function validate(text: TextResources, corpus: string | undefined, io: Io): number {
  const problems: KbProblem[] = [];
  const records: LoadedRecord[] = [];
  for (const f of kbFiles(join(DEFAULT_DATA_DIR, 'kb'))) {
    const r = parseKbJsonl(readFileSync(f, 'utf8'), f);
    records.push(...r.records);
    problems.push(...r.problems);
  }
  problems.push(...referenceProblems(records));
  const kb = compileKb(records, loadAgents(), loadContext(), text);
  problems.push(...forbiddenCollisions(kb, loadCollisions().allowed.map((a) => a.alias), text));
  const shared = collisions(kb).filter((c) => c.types.length === 1);
  io.out(`${records.length} records in ${kbFiles(join(DEFAULT_DATA_DIR, 'kb')).length} files; ${kb.size} alias phrases\n`);
  io.out(`aliases shared by several referents of one type (resolved from context): ${shared.length}\n`);
  for (const c of shared.slice(0, 25)) io.out(`  ${c.alias}: ${c.ids.join(', ')}\n`);
  if (shared.length > 25) io.out(`  … and ${shared.length - 25} more (rasid kb lookup NAME shows one)\n`);
  const defaultCorpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
  const dir = corpus ?? (existsSync(defaultCorpus) ? defaultCorpus : undefined);
  if (dir) {
    const warnings = commonWordAliases(kb, corpusTexts(dir), text);
    io.out(`aliases that behave like common words in ${dir} (mark them "common": true, or remove them): ${warnings.length}\n`);
    for (const w of warnings.slice(0, 40)) io.out(`  ${w.alias}  ×${w.count} (with article or pronoun ×${w.productive}): ${w.ids.join(', ')}\n`);
  } else {
    io.out('common-word check skipped: no corpus (pass --corpus DIR)\n');
  }
  if (problems.length > 0) {
    io.err(`rasid: the knowledge base is invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    for (const p of problems) io.err(`  ${p.file}:${p.line}: ${p.message}\n`);
    return 3;
  }
  io.out('valid\n');
  return 0;
}

export function runKb(argv: string[], io: Io, loadKb: (text: TextResources) => KnowledgeBase): number {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, corpus: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || sub === undefined || sub === 'help') { io.out(KB_HELP); return sub === undefined ? 1 : 0; }
  const text = loadTextResources();
  switch (sub) {
    case 'lookup': {
      if (positionals.length === 0) throw new UsageError('rasid kb lookup needs a NAME, e.g. rasid kb lookup "عين العرب".');
      return lookup(positionals.join(' '), loadKb(text), text, Boolean(values.json), io);
    }
    case 'stats': {
      const t0 = performance.now();
      const kb = loadKb(text);
      return stats(kb, performance.now() - t0, Boolean(values.json), io);
    }
    case 'validate':
      return validate(text, values.corpus, io);
    case 'compile': {
      const t0 = performance.now();
      const kb = compileKbCache(text, DEFAULT_DATA_DIR, values.out ?? DEFAULT_CACHE);
      io.err(`rasid: compiled ${kb.entries.size} records, ${kb.size} alias phrases in ${Math.round(performance.now() - t0)} ms → ${values.out ?? DEFAULT_CACHE}\n`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown kb command "${sub}": use lookup, stats, validate or compile.`);
  }
}
