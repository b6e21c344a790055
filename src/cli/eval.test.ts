// End to end: `rasid eval` over a gold folder written here, its summary line and --min thresholds (exit codes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, sharedNote } from '../../test/shared.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'rasid');
const rasid = (args: string[]): { code: number; out: string; err: string } => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

// One article (a headline, then one sentence): Lavrov and Moscow are found and linked, the quote and its speaker too; "الطقس" is annotated as a
// person no extraction finds (entity recall 2/3), and a SANCTION event that the sentence does not tell is never found.
const text = 'تصريحات جديدة\n\nقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن الطقس بارد.';
const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
const dir = mkdtempSync(join(tmpdir(), 'rasid-eval-'));
writeFileSync(join(dir, 'a1.gold.json'), JSON.stringify({
  id: 'a1',
  text,
  published: '2020-01-01',
  entities: [
    { key: 'lavrov', type: 'PER', en: ['Sergey Lavrov'], link: true, mentions: [span('سيرغي لافروف')] },
    { key: 'moscow', type: 'LOC', en: ['Moscow'], link: true, mentions: [span('موسكو')] },
    { key: 'weather', type: 'PER', en: ['Weather'], link: false, mentions: [span('الطقس')] },
  ],
  events: [{ key: 'sanction', type: ['SANCTION'], source: ['lavrov'], target: [], stance: 'asserted', mentions: [[span('قال')[0], text.length]] }],
  quotes: [{ speaker: 'lavrov', cue: span('قال'), direct: false, content: [span('إن')[0], text.length - 1] }],
}));

describe('rasid eval', () => {
  it('prints the table and one summary line, and exits 0 with thresholds it meets', () => {
    const r = rasid(['eval', dir, '--min', 'entities.p=90', '--min', 'linking=90', '--min', 'speaker=90', '--min', 'entities.r=60']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^events \(accepted type/m);
    expect(r.out).toMatch(/^ {2}SANCTION +P {3}0\.0 {2}R {3}0\.0/m);
    expect(r.out).toMatch(/^ {2}stance +0\.0% {2}\(0\/0\)$/m);
    const summary = r.out.trimEnd().split('\n').filter((l) => l.startsWith('summary: '));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/^summary: entities\.p=100\.0 entities\.r=66\.7 entities\.f1=80\.0 linking=100\.0 quotes\.p=100\.0 quotes\.r=100\.0 quotes\.f1=100\.0 speaker=100\.0 events\.p=0\.0 events\.r=0\.0 events\.f1=0\.0 source=0\.0 target=0\.0 stance=0\.0$/);
  });

  it('exits 4 naming each figure under its threshold, and only those', () => {
    const r = rasid(['eval', dir, '--min', 'entities.p=90', '--min', 'entities.r=90', '--min', 'events.f1=50', '--min', 'speaker=90']);
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/^summary: /m); // the scores are still printed
    expect(r.err).toMatch(/^rasid eval: 2 figures under their --min threshold:\n/);
    expect(r.err).toMatch(/^ {2}entities\.r +66\.7 < 90 {3}\(2\/3\)$/m);
    expect(r.err).toMatch(/^ {2}events\.f1 +0\.0 < 50 {3}\(P 0\.0, R 0\.0\)$/m);
    expect(r.err).not.toMatch(/entities\.p|speaker/);
  });

  it('--json carries every figure and the thresholds checked, with the same exit code', () => {
    const r = rasid(['eval', dir, '--json', '--min', 'events.r=10', '--min', 'quotes.f1=95']);
    expect(r.code).toBe(4);
    const j = JSON.parse(r.out) as {
      events: { all: { gold: number; found: number }; byType: Record<string, { gold: number }> };
      arguments: Record<string, { scored: number }>;
      figures: Record<string, number>;
      thresholds: { key: string; min: number; value: number; ok: boolean }[];
    };
    expect(j.events.all).toMatchObject({ gold: 1, found: 0 });
    expect(j.events.byType.SANCTION?.gold).toBe(1);
    expect(Object.keys(j.arguments)).toEqual(['source', 'target', 'stance', 'location', 'date', 'quantity', 'dead', 'injured', 'attribution']);
    expect(j.figures['entities.r']).toBe(66.7);
    expect(j.figures['events.ASSAULT.f1']).toBe(0);
    expect(j.thresholds).toEqual([
      { key: 'events.r', min: 10, value: 0, ok: false },
      { key: 'quotes.f1', min: 95, value: 100, ok: true },
    ]);
  });

  it('an unknown key or a fraction is a usage error (exit 1) naming it, before anything runs', () => {
    const bad = rasid(['eval', dir, '--min', 'event.f1=70']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/E_USAGE {2}--min event\.f1: unknown figure\. Keys: entities\.p/);
    expect(bad.out).toBe('');
    const fraction = rasid(['eval', join(dir, 'absent'), '--min', 'stance=0.85']);
    expect(fraction.code).toBe(1);
    expect(fraction.err).toMatch(/did you mean stance=85\?/);
  });

  it('a malformed gold event is an input error naming the file and the event (exit 2)', () => {
    const bad = mkdtempSync(join(tmpdir(), 'rasid-eval-bad-'));
    writeFileSync(join(bad, 'b.gold.json'), JSON.stringify({ id: 'b', text: 'نص', entities: [], events: [{ key: 'x', type: ['ATTACK'], stance: 'asserted', mentions: [[0, 2]] }] }));
    const r = rasid(['eval', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_INPUT_FORMAT {2}.*b\.gold\.json: events\[0\] is not a gold event/);
  });

  it('--help documents the keys and the exit code', () => {
    const r = rasid(['eval', '--help']);
    expect(r.out).toMatch(/--min KEY=VALUE/);
    for (const k of ['entities.p|r|f1', 'linking', 'quotes.p|r|f1', 'speaker', 'events.p|r|f1', 'events.TYPE.p|r|f1', 'source', 'target', 'stance']) expect(r.out).toContain(k);
    expect(r.out).toMatch(/4 a figure under its --min/);
  });
});

sharedNote();
describe.skipIf(!SHARED)('rasid eval on ../shared/gold', () => {
  it('scores the gold events and prints the summary line', () => {
    const r = rasid(['eval', join(SHARED as string, 'gold')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^summary: entities\.p=[\d.]+ .* events\.f1=[\d.]+ source=[\d.]+ target=[\d.]+ stance=[\d.]+$/m);
    expect(r.out).toMatch(/^ {2}ALL +P +[\d.]+ +R +[\d.]+ +F1 +[\d.]+ +\(\d+\/\d+ predicted, \d+\/\d+ gold\)$/m);
  });
});
