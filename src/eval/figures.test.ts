// Figure keys, the summary line and --min thresholds over scores built by hand.
import { describe, expect, it } from 'vitest';
import { RasidError } from '../errors.js';
import { scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { belowMin, figures, parseMin, summaryLine, type Scores } from './figures.js';
import { scoreQuotes } from './quotes.js';

const empty = (): Scores => ({ entities: scoreEntities([], () => false), quotes: scoreQuotes([]), events: scoreEvents([]) });
const scores = (): Scores => {
  const s = empty();
  s.entities.relaxed.ALL = { predicted: 10, correct: 9, gold: 12, found: 9, p: 0.9, r: 0.75, f1: (2 * 0.9 * 0.75) / 1.65 };
  s.events.events = { predicted: 4, correct: 3, gold: 6, found: 3, p: 0.75, r: 0.5, f1: 0.6 };
  s.events.byType.ASSAULT = { predicted: 2, correct: 2, gold: 3, found: 2, p: 1, r: 2 / 3, f1: 0.8 };
  s.events.arguments.stance = { correct: 2, scored: 3, accuracy: 2 / 3 };
  return s;
};
const known = new Set(figures(empty()).keys());

describe('figures', () => {
  it('gives every figure in percent, rounded as printed, with its counts', () => {
    const f = figures(scores());
    expect(f.get('entities.p')).toEqual({ value: 90, counts: '9/10' });
    expect(f.get('entities.f1')?.value).toBe(81.8);
    expect(f.get('events.r')).toEqual({ value: 50, counts: '3/6' });
    expect(f.get('events.ASSAULT.r')?.value).toBe(66.7);
    expect(f.get('events.PROTEST.f1')?.value).toBe(0);
    expect(f.get('stance')).toEqual({ value: 66.7, counts: '2/3' });
  });
  it('prints one summary line with the keys --min takes', () => {
    const line = summaryLine(figures(scores()));
    expect(line).toMatch(/^summary: entities\.p=90\.0 entities\.r=75\.0 entities\.f1=81\.8 linking=0\.0 .* events\.p=75\.0 events\.r=50\.0 events\.f1=60\.0 source=0\.0 target=0\.0 stance=66\.7\n$/);
    expect(line.split('\n')).toHaveLength(2);
    for (const [k] of line.slice('summary: '.length).trim().split(' ').map((x) => x.split('='))) expect(known.has(k as string), k).toBe(true);
  });
});

describe('--min thresholds', () => {
  it('reads KEY=VALUE percentages', () => {
    expect(parseMin(['events.f1=70', 'stance=85%', 'events.ASSAULT.p=60.5', 'entities.exact.f1 = 80'], known)).toEqual([
      { key: 'events.f1', min: 70 }, { key: 'stance', min: 85 }, { key: 'events.ASSAULT.p', min: 60.5 }, { key: 'entities.exact.f1', min: 80 },
    ]);
  });
  it('an unknown key, a malformed option, a fraction or more than 100 is a usage error naming it', () => {
    const usage = (spec: string): RasidError => {
      try {
        parseMin([spec], known);
      } catch (e) {
        return e as RasidError;
      }
      throw new Error(`accepted: ${spec}`);
    };
    expect(usage('event.f1=70').message).toMatch(/--min event\.f1: unknown figure\. Keys: entities\.p, .*stance/);
    expect(usage('events.ATTACK.f1=70').message).toMatch(/events\.ATTACK\.f1: unknown figure/);
    expect(usage('events.f1').message).toMatch(/write KEY=VALUE/);
    expect(usage('events.f1=high').message).toMatch(/write KEY=VALUE/);
    expect(usage('events.f1=0.7').message).toMatch(/not a fraction; did you mean events\.f1=70\?/);
    expect(usage('events.f1=170').message).toMatch(/at most 100/);
    for (const s of ['event.f1=70', 'events.f1=0.7']) expect(usage(s).code).toBe('E_USAGE');
  });
  it('lists exactly the figures under their threshold, compared as printed', () => {
    const f = figures(scores());
    const t = parseMin(['entities.p=90', 'events.f1=60', 'events.r=50.1', 'stance=66.7', 'stance=67', 'source=0'], known);
    expect(belowMin(f, t)).toEqual([
      { key: 'events.r', min: 50.1, value: 50, counts: '3/6' },
      { key: 'stance', min: 67, value: 66.7, counts: '2/3' },
    ]);
  });
});
