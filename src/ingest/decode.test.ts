import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../errors.js';
import { arabicShare, charsetName, contentTypeCharset, decodeBytes, declaredCharset } from './decode.js';

const ARTICLE =
  'قالت وزارة الصحة الفلسطينية إن غارة جوية استهدفت منزلاً في حي الشجاعية شرقي مدينة غزة فجر اليوم، ' +
  'ما أدى إلى مقتل خمسة أشخاص وإصابة ثلاثة عشر آخرين. وأضافت الوزارة في بيان: "الطواقم تواصل البحث".';
const opts = { maxBytes: 1 << 20 };
const errorOf = (f: () => unknown): InputError | undefined => {
  try { f(); } catch (e) { return e as InputError; }
  return undefined;
};

describe('decodeBytes: detection', () => {
  it.each(['windows-1256', 'iso-8859-6'])('reads Arabic in %s without any declaration', (enc) => {
    const d = decodeBytes(iconv.encode(ARTICLE, enc), 'a.txt', opts);
    expect(d).toMatchObject({ text: ARTICLE, encoding: enc, source: 'detected' });
  });

  it.each(['utf16le', 'utf16be'])('reads %s without a byte-order mark', (enc) => {
    const d = decodeBytes(Buffer.from(iconv.encode(`${ARTICLE} (AFP)`, enc)), 'a.txt', opts);
    expect(d.text).toBe(`${ARTICLE} (AFP)`);
    expect(d.encoding).toBe(enc === 'utf16le' ? 'utf-16le' : 'utf-16be');
  });

  it('reads UTF-16 and UTF-8 with their byte-order marks', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('غزة', 'utf16be')]), 'a.txt', opts)).toMatchObject({ text: 'غزة', source: 'bom' });
    expect(decodeBytes(Buffer.from('\uFEFFغزة', 'utf8'), 'a.txt', opts)).toMatchObject({ text: 'غزة', encoding: 'utf-8', source: 'bom' });
  });

  it('keeps refusing damaged UTF-8 (legacy bytes inside UTF-8 text) and names the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('قال الوزير إن الوفد وصل\n', 'utf8'), iconv.encode(' الى غزة', 'windows-1256')]);
    const e = errorOf(() => decodeBytes(bytes, 'mixed.txt', opts));
    expect(e?.code).toBe('E_INPUT_ENCODING');
    expect(e?.position).toMatchObject({ line: 2, column: 2 });
  });

  it('refuses bytes that are neither UTF-8 nor Arabic in a legacy encoding', () => {
    // Latin-1 French: not Arabic in Windows-1256, and not UTF-8
    const e = errorOf(() => decodeBytes(iconv.encode('Le ministre a déclaré à la presse qu’il était prêt.', 'latin1'), 'fr.txt', opts));
    expect(e?.code).toBe('E_INPUT_ENCODING');
  });

  it('round-trips random Arabic sentences through both legacy encodings (seeded)', () => {
    const words = ARTICLE.replace(/[«»:،.]/g, '').split(/\s+/);
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 6, maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, fc.constantFrom('windows-1256', 'iso-8859-6'), (text, enc) => {
        const d = decodeBytes(iconv.encode(text, enc), 's.txt', opts);
        return d.text === text && d.encoding === enc;
      }),
      { seed: 20240110, numRuns: 300 },
    );
  });

  it('scores how Arabic a decoded text looks', () => {
    expect(arabicShare('قال الوزير').share).toBe(1);
    expect(arabicShare('âان انèزêر').share).toBeLessThan(0.8);
  });
});

describe('decodeBytes: declared charsets', () => {
  const page = (head: string, body: string, enc: string): Buffer =>
    Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>`, 'latin1'), iconv.encode(body, enc), Buffer.from('</p></body></html>', 'latin1')]);

  it('follows <meta charset>, <meta http-equiv> and the XML declaration', () => {
    expect(decodeBytes(page('<meta charset="windows-1256">', ARTICLE, 'windows-1256'), 'p.html', opts)).toMatchObject({ encoding: 'windows-1256', source: 'declared' });
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', ARTICLE, 'iso-8859-6');
    expect(decodeBytes(equiv, 'p.html', opts)).toMatchObject({ encoding: 'iso-8859-6', source: 'declared' });
    expect(decodeBytes(equiv, 'p.html', opts).text).toContain(ARTICLE);
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>', 'latin1'), iconv.encode('الأخبار', 'windows-1256'), Buffer.from('</title></channel></rss>')]);
    expect(decodeBytes(xml, 'f.xml', opts)).toMatchObject({ encoding: 'windows-1256', source: 'declared' });
  });

  it('takes the HTTP charset over the one in the page', () => {
    const bytes = page('<meta charset="utf-8">', ARTICLE, 'windows-1256');
    expect(decodeBytes(bytes, 'p.html', { ...opts, declared: 'cp1256' })).toMatchObject({ encoding: 'windows-1256', source: 'declared' });
  });

  it('sets aside a label the bytes contradict: UTF-8 declared over cp1256, cp1256 declared over UTF-8, Latin-1 over Arabic', () => {
    const a = decodeBytes(page('<meta charset="utf-8">', ARTICLE, 'windows-1256'), 'a.html', opts);
    expect(a).toMatchObject({ encoding: 'windows-1256', source: 'detected', mislabelled: 'utf-8' });
    expect(a.text).toContain(ARTICLE);
    const b = decodeBytes(page('<meta charset="windows-1256">', ARTICLE, 'utf8'), 'b.html', opts);
    expect(b).toMatchObject({ encoding: 'utf-8', mislabelled: 'windows-1256' });
    expect(b.text).toContain(ARTICLE);
    const c = decodeBytes(page('<meta charset="iso-8859-1">', ARTICLE, 'iso-8859-6'), 'c.html', opts);
    expect(c).toMatchObject({ encoding: 'iso-8859-6', mislabelled: 'iso-8859-1' });
  });

  it('ignores an unknown label and detects', () => {
    expect(decodeBytes(page('<meta charset="x-no-such">', ARTICLE, 'windows-1256'), 'p.html', opts)).toMatchObject({ encoding: 'windows-1256', source: 'detected' });
  });

  it('does not look for declarations in plain text when told not to', () => {
    const bytes = Buffer.from('<meta charset="windows-1256"> نص عربي', 'utf8');
    expect(decodeBytes(bytes, 'a.txt', { ...opts, sniffDeclaration: false })).toMatchObject({ encoding: 'utf-8', source: 'detected' });
  });

  it('reads labels: aliases, Content-Type parameters, meta forms', () => {
    expect(charsetName('CP1256')).toBe('windows-1256');
    expect(charsetName('ASMO-708')).toBe('iso-8859-6');
    expect(charsetName('no-such-charset')).toBeNull();
    expect(contentTypeCharset('text/html; charset="Windows-1256"')).toBe('Windows-1256');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(declaredCharset(Buffer.from("<html><head><meta content='text/html; charset=iso-8859-6' http-equiv='Content-Type'>"))).toBe('iso-8859-6');
    expect(declaredCharset(Buffer.from('<html><head><title>x</title>'))).toBeNull();
  });
});

describe('decodeBytes: limits', () => {
  it('refuses input above the size limit before decoding it', () => {
    const e = errorOf(() => decodeBytes(iconv.encode(ARTICLE, 'windows-1256'), 'big.txt', { maxBytes: 20 }));
    expect(e?.code).toBe('E_INPUT_TOO_LARGE');
    expect(e?.message).toMatch(/big\.txt: \d+ bytes is more than the limit of 20 bytes/);
  });
});
