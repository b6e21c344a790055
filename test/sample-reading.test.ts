// The sample report's expected reading (../shared/gold/ar-2014-isis-qaeda-coordination.gold.json): checked through
// `rasid eval` on that article alone, and event by event through `rasid extract`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Event, Extraction } from '../src/contract/extraction.js';
import { SHARED, sharedNote } from './shared.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'rasid');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });

sharedNote();
const GOLD = SHARED ? join(SHARED, 'gold', 'ar-2014-isis-qaeda-coordination.gold.json') : null;

describe.skipIf(!GOLD)('the sample report, as an analyst must read it', () => {
  const gold = GOLD ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { text_file?: string; text?: string; published: string }) : null;
  const text = gold && GOLD ? gold.text ?? readFileSync(join(GOLD, '..', gold.text_file as string), 'utf8') : '';

  it('rasid eval on the sample alone: events, their stance and sides, quotes and speakers', () => {
    // the gold file with its text inline, in a folder of its own (nothing is copied into the project)
    const dir = mkdtempSync(join(tmpdir(), 'rasid-sample-'));
    const { text_file: _, ...rest } = gold as { text_file?: string };
    writeFileSync(join(dir, 'ar-2014-isis-qaeda-coordination.gold.json'), JSON.stringify({ ...rest, text }));
    const r = run(['eval', dir, '--min', 'events.f1=85', '--min', 'stance=95', '--min', 'source=55', '--min', 'target=60',
      '--min', 'quotes.f1=95', '--min', 'speaker=85', '--min', 'entities.f1=93']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^summary: .*events\.f1=/m);
  });

  it('reads the arrests in Shijak, the planned training and the denied alliance', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rasid-sample-')), 'sample.txt');
    writeFileSync(file, text);
    const r = run(['extract', '--published', (gold as { published: string }).published, file]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as Extraction;
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name_en ?? null;
    const quote = (id: string | null) => x.quotes.find((q) => q.id === id);
    const find = (pred: (e: Event) => boolean): Event => {
      const e = x.events.find(pred);
      if (!e) throw new Error('event not found');
      return e;
    };

    // Albanian police —COERCE/arrest→ eight suspects, two days before publication, per a police source
    const arrest = find((e) => e.type === 'COERCE' && e.mode === 'arrest' && e.date?.value === '2014-11-14');
    expect(arrest.stance).toBe('asserted');
    expect(arrest.source.map((a) => `${a.country}/${a.sector}`)).toEqual(['ALB/GOV']);
    expect(arrest.quantity?.value).toBe(8);
    expect(arrest.target.map((a) => a.sector)).toEqual(['CRM']);
    expect(quote(arrest.attribution)?.speaker).toMatchObject({ country: 'ALB', sector: 'COP' });

    // Turkey + USA —AID (military training)→ the Syrian opposition, 2,000 fighters, planned
    const training = find((e) => e.type === 'AID' && e.quantity?.value === 2000 && e.source.length === 2);
    expect(training.stance).toBe('planned');
    expect(training.mode).toBe('military');
    expect(training.target.map((a) => `${a.country}/${a.sector}`)).toEqual(['SYR/REB']);

    // ISIS ↔ al-Qaeda: the alliance negated, told by Clapper
    const denied = x.events.filter((e) => e.type === 'COOPERATE' && e.stance === 'negated' && quote(e.attribution)?.speaker.entity !== undefined);
    expect(denied.some((e) => name(quote(e.attribution)?.speaker.entity ?? null) === 'James Clapper')).toBe(true);
    expect(denied.some((e) => e.source.map((a) => name(a.entity)).join('+') === 'Islamic State+al-Qaeda')).toBe(true);

    // six Albanians killed in Syria
    const killed = find((e) => e.type === 'ASSAULT' && e.dead === 6);
    expect(killed.target.map((a) => `${a.country}/${a.sector}`)).toEqual(['ALB/CVL']);
    expect(name(killed.location)).toBe('Syria');
  });
});
