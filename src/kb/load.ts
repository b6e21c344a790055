// Reads the knowledge base's JSONL files: one record per line, each validated; every problem names file and line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import { z } from 'zod';
import { AgentSchema, KbRecordSchema, type Agent, type KbRecord } from './schema.js';

export interface KbProblem {
  file: string;
  line: number;
  message: string;
}

export interface LoadedRecord {
  record: KbRecord;
  file: string;
  line: number;
}

/** Parses one JSONL file; returns the valid records and the problems of the others. */
export function parseKbJsonl(source: string, file: string): { records: LoadedRecord[]; problems: KbProblem[] } {
  const records: LoadedRecord[] = [];
  const problems: KbProblem[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text === '' || text.startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      problems.push({ file, line: i + 1, message: `not valid JSON (${(err as Error).message})` });
      continue;
    }
    const r = KbRecordSchema.safeParse(json);
    if (!r.success) {
      const id = (json as { id?: unknown })?.id;
      for (const issue of r.error.issues) {
        problems.push({ file, line: i + 1, message: `${typeof id === 'string' ? `${id}: ` : ''}${issue.path.join('.') || 'record'}: ${issue.message}` });
      }
      continue;
    }
    records.push({ record: r.data, file, line: i + 1 });
  }
  return { records, problems };
}

/** Every `*.jsonl` file of `dir` (data/kb by default), in name order. */
export function kbFiles(dir: string = join(DEFAULT_DATA_DIR, 'kb')): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** Reads every KB file; throws one DataError listing all problems when any record is invalid. */
export function loadKbRecords(dir?: string): LoadedRecord[] {
  const all: LoadedRecord[] = [];
  const problems: KbProblem[] = [];
  for (const f of kbFiles(dir)) {
    const r = parseKbJsonl(readFileSync(f, 'utf8'), f);
    all.push(...r.records);
    problems.push(...r.problems);
  }
  if (problems.length > 0) throw kbError(problems);
  return all;
}

export function kbError(problems: KbProblem[]): DataError {
  const first = problems[0] as KbProblem;
  const list = problems.slice(0, 50).map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n');
  const more = problems.length > 50 ? `\n  … and ${problems.length - 50} more` : '';
  return new DataError(`The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}${more}`, { file: first.file, line: first.line });
}

export const AgentFileSchema = z.object({ $comment: z.string().optional(), agents: z.array(AgentSchema) }).strict();

export function loadAgents(dataDir: string = DEFAULT_DATA_DIR): Agent[] {
  return loadDataFile('kb/agents.json', AgentFileSchema, dataDir).agents;
}
