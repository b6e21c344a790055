// End-to-end tests of `rasid kb` and `rasid eval` over the real knowledge base in data/kb.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, sharedNote } from './shared.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'rasid');
const rasid = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

describe('rasid kb', () => {
  it('lookup: عين العرب is Kobani at 36.89 N, 38.35 E; كوباني too', () => {
    for (const name of ['عين العرب', 'كوباني']) {
      const r = rasid(['kb', 'lookup', '--json', name]);
      expect(r.code, name).toBe(0);
      const j = JSON.parse(r.out) as { referents: { en: string; lat?: number; lon?: number; country: string }[] };
      const kobani = j.referents.find((x) => x.en === 'Kobani');
      expect(kobani?.country).toBe('SYR');
      expect(kobani?.lat).toBeCloseTo(36.89, 1);
      expect(kobani?.lon).toBeCloseTo(38.35, 1);
    }
  });

  it('lookup: the names of the Islamic State are one referent; clitics are peeled', () => {
    const ids = ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'وداعش'].map((n) => {
      const j = JSON.parse(rasid(['kb', 'lookup', '--json', n]).out) as { referents: { id: string }[] };
      return j.referents[0]?.id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
  });

  it('lookup: an ambiguous name lists every referent with its evidence; an unknown one says so (exit 2)', () => {
    const r = rasid(['kb', 'lookup', 'طرابلس']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/LBY/);
    expect(r.out).toMatch(/LBN/);
    expect(r.out).toMatch(/evidence:/);
    const none = rasid(['kb', 'lookup', 'زقزقستان']);
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/no referent/);
  });

  it('lookup: a nisba adjective points at its country, a role noun at its sector', () => {
    expect(rasid(['kb', 'lookup', 'الألبانية']).out).toMatch(/nisba → ALB/);
    expect(rasid(['kb', 'lookup', 'الشرطة']).out).toMatch(/agent → COP/);
  });

  it('stats: counts by kind meet the floor the issue sets', () => {
    const r = rasid(['kb', 'stats', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { byType: Record<string, number>; byKind: Record<string, number>; buildMs: number };
    expect((s.byKind.country ?? 0) + (s.byKind.territory ?? 0)).toBeGreaterThanOrEqual(249);
    expect(s.byType.LOC).toBeGreaterThanOrEqual(2000 + 249);
    expect(s.byType.ORG).toBeGreaterThanOrEqual(400);
    expect(s.byType.PER).toBeGreaterThanOrEqual(600);
  });

  it('validate: the shipped knowledge base is valid', () => {
    const r = rasid(['kb', 'validate']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid\n$/);
  });

  it('extract links and geocodes entities in a sentence', () => {
    const r = rasid(['extract', '--format', 'jsonl'], 'تصاعد الدخان فوق عين العرب بعد غارة على مواقع «داعش» قرب الحدود التركية.');
    const rec = JSON.parse(r.out) as { entities: { name_en: string; type: string; geo: { precision: string } | null }[] };
    const kobani = rec.entities.find((e) => e.name_en === 'Kobani');
    expect(kobani?.type).toBe('LOC');
    expect(kobani?.geo?.precision).toBe('city');
    expect(rec.entities.some((e) => e.type === 'ORG')).toBe(true);
  });
});

sharedNote();
describe.skipIf(!SHARED)('rasid eval on ../shared/gold', () => {
  it('scores every gold article and prints entity and linking figures', () => {
    const r = rasid(['eval', '--json', join(SHARED as string, 'gold')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { articles: number; entities: { relaxed: { ALL: { f1: number } } }; linking: { accuracy: number } };
    expect(j.articles).toBe(13);
    expect(j.entities.relaxed.ALL.f1).toBeGreaterThan(0.5);
    expect(j.linking.accuracy).toBeGreaterThan(0.8);
  });
});
