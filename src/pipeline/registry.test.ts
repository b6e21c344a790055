import { describe, expect, it } from 'vitest';
import { PipelineError } from '../errors.js';
import { Doc } from './doc.js';
import { createRegistry, DEFAULT_STAGES, loadResources, analyse, toExtraction } from './index.js';
import { ExtractionSchema } from '../contract/extraction.js';

const resources = loadResources();
const meta = { id: 'a1', url: null, outlet: null, title: null, published: '2014-11-16' };

describe('pipeline registry', () => {
  it('builds the default pipeline and fills every layer', () => {
    const p = createRegistry().build(DEFAULT_STAGES, resources);
    expect(p.names).toEqual(['normalise', 'tokenise', 'sentences', 'dates', 'numbers', 'kb', 'ner', 'link', 'quotes', 'events']);
    const doc = analyse(p, 'اعتقلت الشرطة ثمانية أشخاص أمس. وقال مصدر إن التحقيق مستمر.', meta);
    expect(doc.layerNames()).toEqual(['normalised', 'tokens', 'sentences', 'dates', 'numbers', 'mentions', 'agents', 'nominals', 'segments', 'ner', 'entities', 'quotes', 'triggers', 'events']);
    expect(doc.get('sentences')).toHaveLength(2);
    expect(doc.get('events').map((e) => `${e.type}/${e.mode}`)).toContain('COERCE/arrest');
    expect(doc.get('numbers').map((n) => n.value)).toEqual([8]);
    expect(doc.get('dates').map((d) => d.value)).toEqual(['2014-11-15']);
  });

  it('fails at build time, naming the stage to add, when a prerequisite is missing', () => {
    const build = () => createRegistry().build(['normalise', 'sentences'], resources);
    expect(build).toThrow(PipelineError);
    expect(build).toThrow(/Stage "sentences" requires the "tokens" layer.*add "tokenise" before "sentences"/);
    try { build(); } catch (e) { expect((e as PipelineError).code).toBe('E_PIPELINE_MISSING'); }
  });

  it('rejects an unknown stage, listing the registered ones', () => {
    expect(() => createRegistry().build(['normalise', 'parse'], resources)).toThrow(/No stage is registered as "parse".*tokenise/);
  });

  it('refuses to register two stages under one name', () => {
    const r = createRegistry();
    expect(() => r.register({ name: 'tokenise', requires: [], assigns: [], create: () => (d) => d })).toThrow(/already registered/);
  });

  it('reading a layer no stage assigned is a typed error', () => {
    const doc = new Doc('نص', meta);
    expect(() => doc.get('tokens')).toThrow(/no "tokens" layer/);
  });

  it('produces a valid rasid.extraction/1 record whose text is the input', () => {
    const text = 'عنوان\n\nقال الرئيس إن الوضع مستقر.';
    const doc = analyse(createRegistry().build(DEFAULT_STAGES, resources), text, meta);
    const rec = toExtraction(doc);
    expect(ExtractionSchema.parse(rec).text).toBe(text);
    expect(rec.article).toEqual({ ...meta, lang: 'ar' });
  });
});
