import { appendFileSync, cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { DataError } from '../errors.js';
import { Doc } from '../pipeline/doc.js';
import { loadTextResources } from '../text/index.js';
import { findDates, tokenise, splitSentences } from '../text/index.js';
import { unlinkedEntities } from './link.js';
import { compileKb, compileKbCache, loadAgents, loadContext, loadKnowledgeBase, parseKbJsonl, kbStage, linkStage, walk, phraseKeys } from './index.js';

// A small KB written for these tests (the real one lives in data/kb/).
const FIXTURE = [
  { id: 'country:syr', kind: 'country', name: 'سوريا', aliases: ['سورية', 'الجمهورية العربية السورية'], en: 'Syria', country: 'SYR', lat: 35, lon: 38, nisba: ['سوري', 'السوري', 'السورية', 'سوريون', 'السوريين'], capital: 'city:sy-damascus' },
  { id: 'city:sy-damascus', kind: 'city', name: 'دمشق', en: 'Damascus', country: 'SYR', parent: 'country:syr', lat: 33.51, lon: 36.29, population: 1569394 },
  { id: 'country:usa', kind: 'country', name: 'الولايات المتحدة', aliases: ['أميركا', 'أمريكا', 'الولايات المتحدة الأميركية'], en: 'United States', country: 'USA', wikidata: 'Q30', lat: 38, lon: -97, nisba: ['أميركي', 'الأميركي', 'الأميركية', 'أميركيون', 'أميركيين', 'الأميركيين', 'أمريكي', 'الأمريكية'], capital: 'city:us-washington' },
  { id: 'city:us-washington', kind: 'city', name: 'واشنطن', en: 'Washington', country: 'USA', parent: 'country:usa', lat: 38.9, lon: -77.04 },
  { id: 'country:tur', kind: 'country', name: 'تركيا', en: 'Turkey', country: 'TUR', nisba: ['تركي', 'التركية', 'أتراك', 'أتراكا', 'الأتراك'], capital: 'city:tr-ankara' },
  { id: 'city:tr-ankara', kind: 'city', name: 'أنقرة', en: 'Ankara', country: 'TUR', parent: 'country:tur', lat: 39.92, lon: 32.85 },
  { id: 'country:alb', kind: 'country', name: 'ألبانيا', en: 'Albania', country: 'ALB', nisba: ['ألباني', 'الألبانية', 'الألبان', 'ألبان'], capital: 'city:al-tirana' },
  { id: 'city:al-tirana', kind: 'city', name: 'تيرانا', en: 'Tirana', country: 'ALB', parent: 'country:alb', lat: 41.33, lon: 19.82 },
  { id: 'country:dza', kind: 'country', name: 'الجزائر', en: 'Algeria', country: 'DZA', capital: 'city:dz-algiers' },
  { id: 'city:dz-algiers', kind: 'city', name: 'الجزائر', aliases: ['الجزائر العاصمة'], en: 'Algiers', country: 'DZA', parent: 'country:dza', lat: 36.75, lon: 3.04 },
  { id: 'country:lbn', kind: 'country', name: 'لبنان', en: 'Lebanon', country: 'LBN' },
  { id: 'country:lby', kind: 'country', name: 'ليبيا', en: 'Libya', country: 'LBY' },
  { id: 'city:lb-tripoli', kind: 'city', name: 'طرابلس', en: 'Tripoli', country: 'LBN', parent: 'country:lbn', lat: 34.43, lon: 35.84, population: 229398 },
  { id: 'city:ly-tripoli', kind: 'city', name: 'طرابلس', aliases: ['طرابلس الغرب'], en: 'Tripoli', en_aliases: ['Tripoli, Libya'], country: 'LBY', parent: 'country:lby', lat: 32.89, lon: 13.19, population: 1150989 },
  { id: 'city:sy-kobani', kind: 'city', name: 'عين العرب', aliases: ['كوباني'], en: 'Kobani', en_aliases: ['Ayn al-Arab'], country: 'SYR', parent: 'country:syr', lat: 36.89, lon: 38.35, population: 44821 },
  { id: 'place:sy-unknown-village', kind: 'place', name: 'تل الزيتون', en: 'Tell az-Zaytun', country: 'SYR', parent: 'country:syr' },
  { id: 'city:ir-baneh', kind: 'city', name: 'بانه', en: 'Baneh', country: 'IRN', lat: 35.99, lon: 45.88 },
  { id: 'place:ps-qusra', kind: 'place', name: 'قصرة', en: 'Qusra', country: 'PSE' },
  { id: 'city:dz-larbaa', kind: 'city', name: 'الأربعاء', en: 'Larbaa', country: 'DZA', lat: 36.56, lon: 3.15 },
  { id: 'region:sy-daraa', kind: 'region', name: 'محافظة درعا', en: 'Daraa Governorate', country: 'SYR' },
  { id: 'city:sy-daraa', kind: 'city', name: 'درعا', en: 'Daraa', country: 'SYR', lat: 32.62, lon: 36.1 },
  { id: 'org:isis', kind: 'armed_group', name: 'داعش', aliases: ['تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية'], en: 'Islamic State', en_aliases: ['ISIS'], sector: 'INS' },
  { id: 'org:qaeda', kind: 'armed_group', name: 'القاعدة', aliases: ['تنظيم القاعدة'], en: 'al-Qaeda', sector: 'INS' },
  { id: 'org:fatah', kind: 'party', name: 'فتح', aliases: ['حركة فتح'], en: 'Fatah', country: 'PSE', sector: 'OPP', common: true },
  { id: 'org:cbs', kind: 'media', name: 'سي بي إس', en: 'CBS', country: 'USA', sector: 'MED' },
  { id: 'org:hurriyet', kind: 'media', name: 'حرييت', en: 'Hürriyet', country: 'TUR', sector: 'MED' },
  { id: 'person:james-clapper', kind: 'person', name: 'جيمس كلابر', en: 'James Clapper', country: 'USA', family: 'كلابر', given: 'جيمس', role: 'Director of National Intelligence' },
  { id: 'person:bashar-al-assad', kind: 'person', name: 'بشار الأسد', en: 'Bashar al-Assad', country: 'SYR', family: 'الأسد', given: 'بشار' },
  { id: 'person:hafez-al-assad', kind: 'person', name: 'حافظ الأسد', en: 'Hafez al-Assad', country: 'SYR', family: 'الأسد', given: 'حافظ' },
  { id: 'person:ali-x', kind: 'person', name: 'محمد علي', en: 'Mohamed Ali X', country: 'SOM', family: 'علي', given: 'محمد' },
  { id: 'person:barack-obama', kind: 'person', name: 'باراك أوباما', en: 'Barack Obama', country: 'USA', family: 'أوباما', given: 'باراك' },
];
const jsonl = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n');

const text = loadTextResources();
const { records, problems } = parseKbJsonl(jsonl(FIXTURE), 'fixture.jsonl');
const kb = compileKb(records, loadAgents(), loadContext(), text);
const kbRun = kbStage(kb, text);
const linkRun = linkStage(kb);

function run(s: string) {
  const doc = new Doc(s, { id: 't', url: null, outlet: null, title: null, published: null });
  const n = text.normaliser.normalise(s);
  const tokens = tokenise(n);
  doc.set('normalised', n).set('tokens', tokens).set('sentences', splitSentences(tokens, s, text.sentences));
  linkRun(kbRun(doc));
  return doc;
}
const entities = (s: string) => run(s).get('entities');
const names = (s: string) => entities(s).map((e) => [e.name_en, e.mentions.map((m) => m.text)]);

describe('knowledge base: matching and linking', () => {
  it('the fixture is valid', () => {
    expect(problems).toEqual([]);
  });

  it('peels clitics: وواشنطن → واشنطن, بسورية → سورية, with exact spans', () => {
    const s = 'أنقرة وواشنطن ستدربان مقاتلين بسورية';
    const es = entities(s);
    expect(es.map((e) => e.name_en)).toEqual(['Ankara', 'Washington', 'Syria']);
    for (const e of es) for (const m of e.mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(es[1]?.mentions[0]?.text).toBe('واشنطن');
    expect(es[2]?.mentions[0]?.text).toBe('سورية');
  });

  it('a descriptor word stays out of the mention; the referent is the one the whole phrase names', () => {
    const es = entities('قصفت الطائرات محافظة درعا ومدينة درعا، وقالت حركة فتح إن مجلس الأمن سيجتمع.');
    expect(es.map((e) => [e.ref, e.mentions.map((m) => m.text)])).toEqual([
      ['region:sy-daraa', ['درعا']],
      ['city:sy-daraa', ['درعا']],
      ['org:fatah', ['فتح']],
    ]);
  });

  it('the article does not make a name of a nisba: السورية is not سورية', () => {
    expect(names('قالت الحكومة السورية إن الجيش تقدم في سورية.')).toEqual([['Syria', ['سورية']]]);
  });

  it('does not split names that begin with clitic letters', () => {
    expect(names('زار وزير الخارجية لبنان')).toEqual([['Lebanon', ['لبنان']]]);
  });

  it('longest match: تنظيم الدولة الإسلامية, داعش and «داعش» are one actor', () => {
    const es = entities('أعلن تنظيم الدولة الإسلامية مسؤوليته. ونفى «داعش» ذلك، وقال إن الدولة الإسلامية باقية.');
    expect(es).toHaveLength(1);
    expect(es[0]?.mentions.map((m) => m.text)).toEqual(['الدولة الإسلامية', 'داعش', 'الدولة الإسلامية']);
    expect(es[0]).toMatchObject({ type: 'ORG', kind: 'armed_group', ref: 'org:isis', name: 'داعش' });
  });

  it('geocodes a known place with its precision; an unknown one gets no coordinates', () => {
    const es = entities('تصاعد الدخان فوق عين العرب وفي تل الزيتون، وتعرف المدينة أيضا باسم كوباني.');
    const kobani = es.find((e) => e.ref === 'city:sy-kobani');
    expect(kobani?.geo).toEqual({ lat: 36.89, lon: 38.35, precision: 'city' });
    expect(kobani?.mentions.map((m) => m.text)).toEqual(['عين العرب', 'كوباني']);
    expect(es.find((e) => e.ref === 'place:sy-unknown-village')?.geo).toBeNull();
  });

  it('a country gets country precision and its Wikidata id', () => {
    const [usa] = entities('قالت الولايات المتحدة إنها سترسل قوات.');
    expect(usa).toMatchObject({ name_en: 'United States', wikidata: 'Q30', country: 'USA', geo: { lat: 38, lon: -97, precision: 'country' } });
  });

  it('resolves an ambiguous name from a cue word: الجزائر the country, مدينة الجزائر the city', () => {
    expect(entities('وصل الوفد إلى الجزائر أمس.')[0]?.ref).toBe('country:dza');
    expect(entities('انفجرت عبوة في مدينة الجزائر.')[0]?.ref).toBe('city:dz-algiers');
  });

  it('resolves طرابلس from the country the document names', () => {
    const lb = entities('اشتباكات في طرابلس شمال لبنان.').find((e) => e.name_en === 'Tripoli');
    expect(lb?.ref).toBe('city:lb-tripoli');
    const ly = entities('اشتباكات في طرابلس وسط تصاعد التوتر في ليبيا.').find((e) => e.name_en === 'Tripoli');
    expect(ly?.ref).toBe('city:ly-tripoli');
    expect(ly?.confidence).toBeLessThan(0.95);
  });

  it('refuses a match whose spelling disagrees with every spelling of the name: hamza, ة against ه', () => {
    expect(names('صرح الوزير بأنه سيزور بانه وقصرة.')).toEqual([['Baneh', ['بانه']], ['Qusra', ['قصرة']]]);
    expect(names('عاد الأمير إلى قصره.')).toEqual([]);
    // a text that drops a hamza the name has is still the name
    expect(names('زار الوفد انقرة')).toEqual([['Ankara', ['انقرة']]]);
  });

  it('a hashtag names what its words name', () => {
    const s = 'غارات جديدة في #سوريا اليوم';
    const [syria] = entities(s);
    expect(syria?.mentions).toEqual([{ start: s.indexOf('سوريا'), end: s.indexOf('سوريا') + 5, text: 'سوريا' }]);
  });

  it('a date is not a name: الأربعاء the weekday is not the town', () => {
    const doc = new Doc('وصل الوفد الأربعاء الماضي.', { id: 't', url: null, outlet: null, title: null, published: '2020-01-10' });
    const n = text.normaliser.normalise(doc.text);
    const tokens = tokenise(n);
    doc.set('normalised', n).set('tokens', tokens).set('dates', findDates(tokens, text.dates, doc.text, '2020-01-10'));
    expect(linkRun(kbRun(doc)).get('entities')).toEqual([]);
    expect(entities('قتل شخصان في الأربعاء جنوب العاصمة.').map((e) => e.name_en)).toEqual(['Larbaa']);
  });

  it('a name that is also a common word needs evidence: فتح', () => {
    expect(entities('فتح الجيش الطريق أمام المدنيين.')).toEqual([]);
    const es = entities('قالت حركة فتح إن فتح لن تشارك.');
    expect(es).toHaveLength(1);
    expect(es[0]?.mentions.map((m) => m.text)).toEqual(['فتح', 'فتح']);
  });

  it('coreference: the family name alone after the full name is the same person', () => {
    const s = 'صرح مدير الاستخبارات جيمس كلابر بأن التنظيمين لم يتحالفا.\n\nوقال كلابر في مقابلة مع شبكة «سي بي إس» إن التنسيق محدود. وأضاف لكلابر مساعده أن الأمر يتطلب وقتا.';
    const es = entities(s);
    const clapper = es.find((e) => e.ref === 'person:james-clapper');
    expect(clapper?.mentions.map((m) => m.text)).toEqual(['جيمس كلابر', 'كلابر', 'كلابر']);
    expect(es.find((e) => e.ref === 'org:cbs')?.type).toBe('ORG');
  });

  it('a family name shared by several people needs the full name first; one borne by one person does not', () => {
    expect(entities('قال الأسد إن الحرب انتهت.')).toEqual([]);
    expect(names('قال بشار الأسد إن الحرب انتهت. وأضاف الأسد أن البلاد آمنة.')).toEqual([['Bashar al-Assad', ['بشار الأسد', 'الأسد']]]);
    expect(names('قال كلابر إن الوضع معقد.')).toEqual([['James Clapper', ['كلابر']]]);
  });

  it('a title + a family name borne by one person links it', () => {
    expect(names('وقال الرئيس أوباما إن بلاده لن ترسل قوات.')).toEqual([['Barack Obama', ['أوباما']]]);
  });

  it('a family name that is a function word once normalised (علي/على) is never linked alone', () => {
    expect(names('التقى محمد علي الوفد. وقال إن المحادثات جرت على نحو جيد.')).toEqual([['Mohamed Ali X', ['محمد علي']]]);
  });

  it('an acronym is taken only after a name of several words, and never a cue word', () => {
    expect(names('وصل إلى أنقرة (وسط) أمس، ثم غادر وسط إجراءات أمنية.')).toEqual([['Ankara', ['أنقرة']]]);
  });

  it('an acronym given in brackets after a name refers to it later', () => {
    const es = entities('قاتل تنظيم القاعدة (قعد) في المنطقة، ثم انسحب قعد منها.');
    expect(es[0]?.mentions.map((m) => m.text)).toEqual(['القاعدة', 'قعد', 'قعد']);
  });
});

describe('knowledge base: nominal reference', () => {
  it('«الصحيفة» refers to the newspaper named before it', () => {
    const s = 'قالت الصحيفة إن الخبر صحيح. وذكرت صحيفة «حرييت» أن التدريب سيبدأ قريبا. وأضافت الصحيفة أن الاتفاق نهائي.';
    const noms = run(s).get('nominals').map((x) => [x.text, x.id]);
    // the first «الصحيفة» comes before any newspaper is named: it refers to nothing yet
    expect(noms).toEqual([['الصحيفة', 'org:hurriyet']]);
  });
});

describe('knowledge base: agents', () => {
  const agents = (s: string) => run(s).get('agents').map((a) => [a.text, a.sector, a.countries]);

  it.each<[string, string, [string, string, string[]][]]>([
    ['role noun + nisba', 'أوقفت السلطات الألبانية ثمانية أشخاص', [['السلطات الألبانية', 'GOV', ['ALB']], ['أشخاص', 'CVL', []]]],
    ['police + city', 'وقال قائد شرطة تيرانا إن التحقيق مستمر', [['قائد شرطة تيرانا', 'COP', ['ALB']]]],
    ['coordinated nisbas', 'سيقوم عسكريين أتراكا وأميركيين بالتدريب', [['عسكريين أتراكا وأميركيين', 'MIL', ['TUR', 'USA']]]],
    ['plural officials', 'وشكك مسؤولون أميركيون في ذلك', [['مسؤولون أميركيون', 'GOV', ['USA']]]],
    ['no country', 'وأفاد مصدر في الشرطة', [['مصدر في الشرطة', 'COP', []]]],
  ])('%s', (_what, s, expected) => {
    expect(agents(s)).toEqual(expected);
  });
});

describe('knowledge base: validation at load', () => {
  const dataDir = (rows: readonly object[], collisions: string[] = []): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-kb-'));
    mkdirSync(join(dir, 'kb'));
    for (const f of ['agents.json', 'context.json']) cpSync(join(DEFAULT_DATA_DIR, 'kb', f), join(dir, 'kb', f));
    writeFileSync(join(dir, 'kb', 'collisions.json'), JSON.stringify({ allowed: collisions.map((alias) => ({ alias, note: 'test' })) }));
    writeFileSync(join(dir, 'kb', 'a.jsonl'), jsonl(rows));
    return dir;
  };

  it('loads a valid KB', () => {
    expect(loadKnowledgeBase(text, dataDir(FIXTURE)).entries.size).toBe(FIXTURE.length);
  });

  it('refuses malformed rows, duplicate ids and dangling references, listing every problem with file:line', () => {
    const rows = [
      ...FIXTURE.slice(0, 2),
      { id: 'city:sy-damascus', kind: 'city', name: 'دمشق', en: 'Damascus', country: 'SYR' },
      { id: 'city:x-nowhere', kind: 'city', name: 'لامكان', en: 'Nowhere', country: 'SYR', parent: 'region:sy-missing' },
    ];
    let err: DataError | undefined;
    try { loadKnowledgeBase(text, dataDir(rows)); } catch (e) { err = e as DataError; }
    expect(err).toBeInstanceOf(DataError);
    expect(err?.code).toBe('E_DATA_INVALID');
    expect(err?.message).toMatch(/a\.jsonl:3: duplicate id city:sy-damascus \(first at .*a\.jsonl:2\)/);
    expect(err?.message).toMatch(/a\.jsonl:4: city:x-nowhere: parent region:sy-missing does not exist/);

    let bad: DataError | undefined;
    try { loadKnowledgeBase(text, dataDir([{ id: 'country:syr', kind: 'country', name: 'Syria', en: 'Syria' }])); } catch (e) { bad = e as DataError; }
    expect(bad?.message).toMatch(/a\.jsonl:1: country:syr: name: Arabic text/);
    expect(bad?.message).toMatch(/needs its ISO3 code/);
  });

  it('refuses an alias shared by referents of different types unless collisions.json allows it', () => {
    const rows = [
      { id: 'city:sa-riyadh', kind: 'city', name: 'الرياض', en: 'Riyadh', country: 'SAU' },
      { id: 'org:riyadh-paper', kind: 'media', name: 'الرياض', en: 'Al Riyadh', country: 'SAU' },
    ];
    expect(() => loadKnowledgeBase(text, dataDir(rows))).toThrow(/alias "الرياض" names referents of different types/);
    expect(loadKnowledgeBase(text, dataDir(rows, ['الرياض'])).entries.size).toBe(2);
  });
});

describe('knowledge base: compiled cache', () => {
  const dataDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-kbc-'));
    mkdirSync(join(dir, 'kb'));
    for (const f of ['agents.json', 'context.json', 'collisions.json']) cpSync(join(DEFAULT_DATA_DIR, 'kb', f), join(dir, 'kb', f));
    writeFileSync(join(dir, 'kb', 'a.jsonl'), jsonl(FIXTURE));
    return dir;
  };
  const refsOf = (kbx: ReturnType<typeof loadKnowledgeBase>, name: string) => walk(kbx.names, phraseKeys(name, text))?.refs.map((r) => r.id);

  it('reads back what the full compilation built', () => {
    const dir = dataDir();
    const cache = join(dir, 'kb.cache.json');
    const built = compileKbCache(text, dir, cache);
    const read = loadKnowledgeBase(text, dir, cache);
    expect(read).not.toBe(built);
    expect([...read.entries.keys()]).toEqual([...built.entries.keys()]);
    expect(refsOf(read, 'وواشنطن')).toEqual(refsOf(built, 'وواشنطن'));
    expect(refsOf(read, 'تنظيم الدولة الإسلامية')).toEqual(['org:isis']);
    expect(read.size).toBe(built.size);
    expect(read.strict('أنقرة')).toBe(built.strict('أنقرة'));
  });

  it('ignores a cache built from other data, or a damaged one', () => {
    const dir = dataDir();
    const cache = join(dir, 'kb.cache.json');
    compileKbCache(text, dir, cache);
    appendFileSync(join(dir, 'kb', 'a.jsonl'), '\n' + JSON.stringify({ id: 'city:xx-new', kind: 'city', name: 'مدينة جديدة', en: 'New Town', country: 'SYR' }));
    expect(loadKnowledgeBase(text, dir, cache).entries.has('city:xx-new')).toBe(true);
    writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 100));
    expect(loadKnowledgeBase(text, dir, cache).entries.has('city:xx-new')).toBe(true);
  });

  it('an invalid KB is refused even when a cache exists', () => {
    const dir = dataDir();
    const cache = join(dir, 'kb.cache.json');
    compileKbCache(text, dir, cache);
    appendFileSync(join(dir, 'kb', 'a.jsonl'), '\n{"id": "broken"');
    expect(() => loadKnowledgeBase(text, dir, cache)).toThrow(/not valid JSON/);
  });
});

describe('knowledge base: names it does not hold', () => {
  it('become unlinked entities where no KB mention covers them; a family name joins the full name', () => {
    const s = 'قال قائد شرطة تيرانا ارديان سيبا إن التحقيق مستمر. وأضاف سيبا أن شيجاك هادئة.';
    const doc = run(s);
    const at = (w: string, from = 0) => ({ start: s.indexOf(w, from), end: s.indexOf(w, from) + w.length, text: w });
    const names = [
      { ...at('تيرانا'), type: 'LOC', confidence: 0.9 }, // the KB has it: its mention wins
      { ...at('ارديان سيبا'), type: 'PER', confidence: 0.8 },
      { ...at('سيبا', s.indexOf('وأضاف')), type: 'PER', confidence: 0.6 },
      { ...at('شيجاك'), type: 'LOC', confidence: 0.7 },
      { ...at('التحقيق'), type: 'MISC', confidence: 0.5 },
    ];
    const groups = unlinkedEntities(names, doc.get('mentions'));
    expect(groups.map((g) => [g.type, g.spans.map((x) => x.text)])).toEqual([
      ['PER', ['ارديان سيبا', 'سيبا']],
      ['LOC', ['شيجاك']],
    ]);
  });
});
