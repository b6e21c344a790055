// Tagging text-layer tokens with the committed model: original offsets, clitics outside spans, the pipeline stage.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { Doc } from '../pipeline/doc.js';
import { analyseText, loadTextResources, type TextResources } from '../text/index.js';
import { featureContext, loadNerModel, nerStage, tagTokens, type NerModel } from './index.js';

let text: TextResources;
let kb: KnowledgeBase;
let model: NerModel;
beforeAll(() => {
  text = loadTextResources();
  kb = loadKnowledgeBase(text);
  model = loadNerModel();
});

const tag = (s: string, context = featureContext(text, kb, model.clusters)) =>
  tagTokens(model, analyseText(s, text).tokens, text, kb, { original: s, context });

describe('tagTokens', () => {
  it('finds persons and places, with offsets into the original text (tashkeel and tatweel kept)', () => {
    const s = 'قالَ الرئيسُ الأمريكي باراك أوبامـا في واشنطن إن وزير الخارجية جون كيري سيزور بغداد.';
    const spans = tag(s);
    for (const x of spans) {
      expect(s.slice(x.start, x.end)).toBe(x.text);
      expect(x.tokenEnd).toBeGreaterThan(x.tokenStart);
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
    expect(spans.map((x) => [x.text, x.type])).toEqual(expect.arrayContaining([
      ['باراك أوبامـا', 'PER'], ['واشنطن', 'LOC'], ['جون كيري', 'PER'], ['بغداد', 'LOC'],
    ]));
  });

  it('leaves attached proclitics out of the span: وبغداد → بغداد, and keeps the article', () => {
    const s = 'وصل الوفد إلى دمشق وبغداد والقاهرة أمس.';
    const spans = tag(s).filter((x) => x.type === 'LOC');
    expect(spans.map((x) => x.text)).toEqual(['دمشق', 'بغداد', 'القاهرة']);
    expect(s.slice((spans[1] as { start: number }).start - 1, (spans[1] as { start: number }).start)).toBe('و');
  });

  it('tags each line on its own and never crosses a line break', () => {
    const s = 'محمد\nعبدالله زار بغداد';
    for (const x of tag(s)) expect(x.text.includes('\n')).toBe(false);
  });

  it('gives the same names whatever the shared context has seen before', () => {
    const s = 'التقى الرئيس محمود عباس في رام الله وفدا من الاتحاد الأوروبي.';
    const shared = featureContext(text, kb, model.clusters);
    tag('استقبل الملك عبدالله الثاني في عمان رئيس الوزراء اللبناني سعد الحريري.', shared);
    expect(tag(s, shared)).toEqual(tag(s));
  });

  it('without the original text, joins the tokens of a span with single spaces', () => {
    const s = 'زار باراك   أوباما بغداد';
    const a = analyseText(s, text);
    const spans = tagTokens(model, a.tokens, text, kb);
    const per = spans.find((x) => x.type === 'PER');
    if (per) expect(per.text).toBe(s.slice(per.start, per.end).replace(/ +/g, ' '));
    expect(tagTokens(model, [], text, kb)).toEqual([]);
  });
});

describe('nerStage', () => {
  it('sets the ner layer of a Doc from its tokens', () => {
    const s = 'أعلنت الأمم المتحدة في جنيف أن المبعوث ستيفان دي ميستورا سيزور دمشق.';
    const doc = new Doc(s, { id: 'x', url: null, outlet: null, title: null, published: null });
    const a = analyseText(s, text);
    doc.set('normalised', a.normalised).set('tokens', a.tokens);
    const spans = nerStage(model, text, kb)(doc).get('ner');
    expect(spans.length).toBeGreaterThan(0);
    for (const x of spans) expect(s.slice(x.start, x.end)).toBe(x.text);
    expect(spans.find((x) => x.text === 'دمشق')?.type).toBe('LOC');
  });
});
