import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { DataError } from '../errors.js';
import { citationForm, conjugate, declineNoun, rootClass, type VerbSpec, type VerbWord } from './morphology.js';
import { loadStanceData, loadTriggerData } from './index.js';

const spec = (root: string, form: VerbSpec['form'], extra: Partial<VerbSpec> = {}): VerbSpec => ({ root: root.split(' '), form, ...extra });
const words = (s: VerbSpec): string[] => conjugate(s).map((w) => w.word);
/** The forms of one cell: tense, voice, person+number+gender (3sgm …), mood. */
const cell = (s: VerbSpec, tense: VerbWord['tense'], voice: VerbWord['voice'], png: string, mood: VerbWord['mood'] = tense === 'past' ? null : 'indicative'): string[] =>
  conjugate(s)
    .filter((w) => w.tense === tense && w.voice === voice && `${w.person}${w.number}${w.gender ?? ''}` === png && w.mood === mood && !w.beforeEnclitic)
    .map((w) => w.word);

describe('verb paradigms generated from root and form', () => {
  it('conjugates a sound form VIII verb (اعتقل) in every form news uses', () => {
    const s = spec('ع ق ل', 'VIII');
    expect(citationForm(s)).toBe('اعتقل');
    for (const w of ['اعتقل', 'اعتقلت', 'اعتقلوا', 'اعتقلا', 'اعتقلتا', 'اعتقلن', 'اعتقلنا', 'يعتقل', 'تعتقل', 'يعتقلون', 'يعتقلان', 'تعتقلان', 'نعتقل', 'يعتقلوا', 'سيعتقل', 'ستعتقل', 'سيعتقلون']) {
      expect(words(s)).toContain(w);
    }
    expect(cell(s, 'past', 'active', '3plm')).toEqual(['اعتقلوا']);
    expect(cell(s, 'future', 'active', '3sgf')).toEqual(['ستعتقل']);
    // the passive has the same letters once tashkeel is gone (اُعتقل)
    expect(cell(s, 'past', 'passive', '3sgm')).toEqual(['اعتقل']);
  });

  it('applies the assimilations of form VIII', () => {
    expect(citationForm(spec('و ف ق', 'VIII'))).toBe('اتفق');
    expect(citationForm(spec('و ه م', 'VIII'))).toBe('اتهم');
    expect(citationForm(spec('ص د م', 'VIII'))).toBe('اصطدم');
    expect(citationForm(spec('ض ر ب', 'VIII'))).toBe('اضطرب');
    expect(citationForm(spec('ز ح م', 'VIII'))).toBe('ازدحم');
    expect(citationForm(spec('د ع و', 'VIII'))).toBe('ادعى');
    expect(citationForm(spec('ط ل ع', 'VIII'))).toBe('اطلع');
  });

  it('reads the class from the root', () => {
    expect(rootClass(['ق', 'ت', 'ل'])).toBe('sound');
    expect(rootClass(['ش', 'ن', 'ن'])).toBe('geminate');
    expect(rootClass(['ز', 'و', 'ر'])).toBe('hollow');
    expect(rootClass(['ر', 'م', 'ي'])).toBe('defective');
    expect(rootClass(['و', 'ص', 'ل'])).toBe('assimilated');
    expect(rootClass(['س', 'ي', 'ط', 'ر'])).toBe('sound');
  });

  it('conjugates hollow verbs: long and short stems, the passive with ي and ا', () => {
    const zar = spec('ز و ر', 'I');
    expect(cell(zar, 'past', 'active', '3sgm')).toEqual(['زار']);
    expect(cell(zar, 'past', 'active', '1pl')).toEqual(['زرنا']);
    expect(cell(zar, 'present', 'active', '3sgm')).toEqual(['يزور']);
    expect(cell(zar, 'present', 'active', '3sgm', 'jussive')).toEqual(['يزر']);
    expect(cell(spec('ق و ل', 'I'), 'past', 'passive', '3sgm')).toEqual(['قيل']);
    expect(cell(spec('ق و ل', 'I'), 'present', 'passive', '3sgm')).toEqual(['يقال']);
    expect(cell(spec('ب ي ع', 'I'), 'present', 'active', '3sgm')).toEqual(['يبيع']);
    expect(cell(spec('ن و م', 'I', { imperfect: 'a' }), 'present', 'active', '3sgm')).toEqual(['ينام']);
    const aqam = spec('ق و م', 'IV');
    expect([citationForm(aqam), ...cell(aqam, 'present', 'active', '3sgm'), ...cell(aqam, 'past', 'passive', '3sgm')]).toEqual(['أقام', 'يقيم', 'أقيم']);
    expect([citationForm(spec('خ ي ر', 'VIII')), ...cell(spec('خ ي ر', 'VIII'), 'past', 'passive', '3sgm')]).toEqual(['اختار', 'اختير']);
    expect(cell(spec('ع و د', 'X'), 'present', 'active', '3sgm')).toEqual(['يستعيد']);
  });

  it('conjugates defective verbs: ا or ى, و or ي, and the dropped letter', () => {
    const rama = spec('ر م ي', 'I');
    expect([citationForm(rama), ...cell(rama, 'past', 'active', '3sgf'), ...cell(rama, 'past', 'active', '3plm'), ...cell(rama, 'present', 'active', '3sgm')]).toEqual(['رمى', 'رمت', 'رموا', 'يرمي']);
    const daa = spec('د ع و', 'I');
    expect([citationForm(daa), ...cell(daa, 'past', 'active', '3sgf'), ...cell(daa, 'present', 'active', '3sgm'), ...cell(daa, 'present', 'active', '3plm')]).toEqual(['دعا', 'دعت', 'يدعو', 'يدعون']);
    expect(cell(daa, 'present', 'active', '3sgm', 'jussive')).toEqual(['يدع']);
    const baqi = spec('ب ق ي', 'I', { pastI: true });
    expect([citationForm(baqi), ...cell(baqi, 'past', 'active', '3sgf'), ...cell(baqi, 'present', 'active', '3sgm')]).toEqual(['بقي', 'بقيت', 'يبقى']);
    const itada = spec('ع د و', 'VIII');
    expect([citationForm(itada), ...cell(itada, 'present', 'active', '3sgm'), ...cell(itada, 'present', 'active', '3dum')]).toEqual(['اعتدى', 'يعتدي', 'يعتديان']);
    expect(cell(spec('ح د ي', 'V'), 'present', 'active', '3sgm')).toEqual(['يتحدى']);
    expect(cell(spec('ل ق ي', 'IV'), 'past', 'passive', '3sgm')).toEqual(['ألقي']);
    expect(citationForm(spec('و ل ي', 'X'))).toBe('استولى');
  });

  it('conjugates geminate, assimilated, hamzated and four-letter verbs', () => {
    const shann = spec('ش ن ن', 'I', { imperfect: 'u' });
    expect([citationForm(shann), ...cell(shann, 'past', 'active', '3plm'), ...cell(shann, 'present', 'active', '3sgf'), ...cell(shann, 'future', 'active', '3sgf')]).toEqual(['شن', 'شنوا', 'تشن', 'ستشن']);
    expect([citationForm(spec('ح ل ل', 'VIII')), ...cell(spec('ح ل ل', 'VIII'), 'present', 'active', '3plm')]).toEqual(['احتل', 'يحتلون']);
    expect(cell(spec('و ص ل', 'I', { imperfect: 'i' }), 'present', 'active', '3sgm')).toEqual(['يصل']);
    expect(cell(spec('و ص ل', 'I', { imperfect: 'i' }), 'present', 'passive', '3sgm')).toEqual(['يوصل']);
    expect(cell(spec('ء ي د', 'II'), 'present', 'active', '3sgm')).toEqual(['يؤيد']);
    expect(words(spec('ب د ء', 'I', { imperfect: 'a' }))).toEqual(expect.arrayContaining(['بدأ', 'بدأوا', 'بدؤوا', 'يبدأ', 'سيبدأ']));
    expect(cell(spec('س ي ط ر', 'Iq'), 'past', 'active', '3plm')).toEqual(['سيطروا']);
    expect(cell(spec('ج م ه ر', 'IIq'), 'present', 'active', '3sgm')).toEqual(['يتجمهر']);
    const raa = spec('ر ء ي', 'I', { stems: { past: 'رأى', present: 'رى' } });
    expect([citationForm(raa), ...cell(raa, 'present', 'active', '1pl'), ...cell(raa, 'present', 'active', '3plm')]).toEqual(['رأى', 'نرى', 'يرون']);
  });

  it('marks forms III and VI passives, which the letters tell apart', () => {
    expect(cell(spec('ق ت ل', 'III'), 'past', 'passive', '3sgm')).toEqual(['قوتل']);
    expect(cell(spec('ف و ض', 'VI'), 'past', 'passive', '3sgm')).toEqual(['تفووض']);
  });

  it('refuses roots and forms that do not go together', () => {
    expect(() => conjugate(spec('ق ت ل', 'Iq'))).toThrow(/four-letter root/);
    expect(() => conjugate(spec('س ي ط ر', 'VIII'))).toThrow(/Iq or IIq/);
  });
});

describe('noun declension', () => {
  it('gives the singular, dual and plural with and without the article', () => {
    expect(declineNoun('مظاهرة', ['مظاهرات']).map((w) => w.word)).toEqual([
      'مظاهرة', 'المظاهرة', 'مظاهرتان', 'المظاهرتان', 'مظاهرتين', 'المظاهرتين', 'مظاهرتا', 'مظاهرات', 'المظاهرات',
    ]);
    const attack = declineNoun('هجوم', ['هجمات']).map((w) => w.word);
    expect(attack).toEqual(expect.arrayContaining(['هجوم', 'الهجوم', 'هجوما', 'هجومان', 'هجمات', 'الهجمات']));
    expect(declineNoun('مسلح', ['مسلحون']).map((w) => w.word)).toContain('مسلحو');
    expect(declineNoun('عقوبات', [], { plural: true }).every((w) => w.number === 'pl')).toBe(true);
  });
});

describe('trigger and stance data', () => {
  it('loads and validates the shipped files', () => {
    const t = loadTriggerData();
    expect(t.verbs.length).toBeGreaterThan(150);
    expect(Object.keys(t.types)).toHaveLength(19);
    expect(loadStanceData().particles.length).toBeGreaterThan(3);
  });

  it('names the file and the line of a lemma the generator does not give', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-events-'));
    mkdirSync(join(dir, 'events'));
    const source = readFileSync(join(DEFAULT_DATA_DIR, 'events', 'triggers.json'), 'utf8');
    const broken = source.replace('{ "lemma": "اعتقل", "root": "ع ق ل", "form": "VIII"', '{ "lemma": "اعتقل", "root": "ع ق ل", "form": "VII"');
    expect(broken).not.toBe(source);
    writeFileSync(join(dir, 'events', 'triggers.json'), broken);
    const line = broken.split('\n').findIndex((l) => l.includes('"lemma": "اعتقل", "root": "ع ق ل", "form": "VII"')) + 1;
    let error: unknown;
    try {
      loadTriggerData(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain(`triggers.json:${line}`);
    expect((error as DataError).message).toMatch(/gives انعقل, not اعتقل/);
  });

  it('refuses a rule name that is not defined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-events-'));
    mkdirSync(join(dir, 'events'));
    const source = readFileSync(join(DEFAULT_DATA_DIR, 'events', 'triggers.json'), 'utf8');
    writeFileSync(join(dir, 'events', 'triggers.json'), source.replace('"when": "not-a-date"', '"when": "no-such-rule"'));
    expect(() => loadTriggerData(dir)).toThrow(/unknown rule "no-such-rule"/);
  });
});
