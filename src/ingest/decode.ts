// Turns the raw bytes of an input into text, or says precisely why it cannot: binary, wrongly encoded, empty, too large.
// The encoding comes from a byte-order mark, then a declared charset (HTTP header, HTML meta, XML declaration),
// then detection among UTF-8, UTF-16, Windows-1256 and ISO-8859-6.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

/** Where the first invalid UTF-8 sequence starts, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) { i++; continue; }
    const need = utf8SequenceAt(bytes, i);
    if (need === 0) return i;
    i += need;
  }
  return -1;
}

/** The length of the valid UTF-8 multi-byte sequence starting at `i`, or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; } else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; } else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; } else return 0;
  let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** 1-based line and column (in bytes) of a byte offset. */
function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes. */
  maxBytes: number;
  /** A charset declared outside the bytes: the `charset` of an HTTP Content-Type header. */
  declared?: string | null;
  /** Look for a charset declared inside the bytes (HTML `<meta charset>`, XML declaration); default true. */
  sniffDeclaration?: boolean;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** How the encoding of an input was chosen. */
export type EncodingSource = 'bom' | 'declared' | 'detected';

export interface Decoded {
  text: string;
  /** The encoding used, as an iconv-lite name: utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6 … */
  encoding: string;
  source: EncodingSource;
  /** The charset the input declared, when it was set aside because the bytes contradict it. */
  mislabelled?: string;
}

/** Canonical names of the encodings rasid detects; declared labels are mapped onto them where they are aliases. */
const ALIASES: Record<string, string> = {
  'utf8': 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le', 'utf16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf16be': 'utf-16be',
  'windows-1256': 'windows-1256', 'cp1256': 'windows-1256', 'x-cp1256': 'windows-1256', 'win-1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6', 'iso8859-6': 'iso-8859-6', 'iso_8859-6': 'iso-8859-6', 'iso-ir-127': 'iso-8859-6',
  'arabic': 'iso-8859-6', 'asmo-708': 'iso-8859-6', 'ecma-114': 'iso-8859-6', 'csisolatinarabic': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6', 'iso-8859-6-i': 'iso-8859-6', 'iso_8859-6:1987': 'iso-8859-6',
};
/** Declared charsets that cannot hold Arabic: when the bytes are Arabic in a legacy encoding, the label is wrong. */
const NON_ARABIC_SINGLE_BYTE = /^(us-ascii|ascii|iso-8859-(1|15)|latin-?1|windows-1252|cp1252)$/;

/** Normalises a charset label; null when iconv-lite does not know it. */
export function charsetName(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === '') return null;
  const known = ALIASES[l];
  if (known) return known;
  return iconv.encodingExists(l) ? l : null;
}

/**
 * The charset an HTML or XML document declares in its first bytes: an XML declaration's `encoding`, a
 * `<meta charset>`, or a `<meta http-equiv="Content-Type" content="…; charset=…">`. Null when none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1] as string;
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const cs = /\bcharset\s*=\s*["']?([^"'\s;/>]+)/i.exec(tag);
    if (cs) return cs[1] as string;
  }
  return null;
}

/** The `charset` parameter of a Content-Type header value. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? (m[1] as string) : null;
}

/** UTF-16 without a byte-order mark: ASCII and Arabic code units have 0x00 or 0x06 as their high byte. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return null;
  let le = 0;
  let be = 0;
  for (let k = 0; k < pairs; k++) {
    const a = bytes[2 * k] as number;
    const b = bytes[2 * k + 1] as number;
    if ((b === 0x00 || b === 0x06 || b === 0x20) && a !== 0x00) le++;
    if ((a === 0x00 || a === 0x06 || a === 0x20) && b !== 0x00) be++;
  }
  if (le >= pairs * 0.7 && le > be) return 'utf-16le';
  if (be >= pairs * 0.7 && be > le) return 'utf-16be';
  return null;
}

/** Counts the high bytes that belong to valid UTF-8 multi-byte sequences, and those that do not. */
function utf8HighBytes(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    if ((bytes[i] as number) < 0x80) { i++; continue; }
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) { valid += n; i += n; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/**
 * The share of the non-ASCII characters of a decoded text that belong in Arabic news: Arabic letters, marks and
 * punctuation, no-break space, guillemets and typographic punctuation. Latin-1 letters, C1 controls, replacement
 * characters, and Arabic characters glued to Latin letters (a Latin text read in an Arabic code page) count against it.
 */
export function arabicShare(text: string): { share: number; letters: number } {
  let good = 0;
  let bad = 0;
  let letters = 0;
  const latin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x0600 && c <= 0x06ff) {
      if (latin(text.charCodeAt(i - 1)) || latin(text.charCodeAt(i + 1))) { bad++; continue; }
      good++;
      if (c >= 0x0621 && c <= 0x064a) letters++;
    } else if (c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x2026) || (c >= 0x200c && c <= 0x200f)) good++;
    else bad++;
  }
  return { share: good + bad === 0 ? 0 : good / (good + bad), letters };
}

const LEGACY_ARABIC = ['windows-1256', 'iso-8859-6'] as const;

/** The legacy Arabic encoding that reads the bytes as Arabic best, when one does convincingly. */
function detectLegacyArabic(bytes: Uint8Array): { encoding: string; text: string } | null {
  let best: { encoding: string; text: string; share: number } | null = null;
  for (const enc of LEGACY_ARABIC) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), enc);
    const { share, letters } = arabicShare(text);
    if (letters >= 2 && share >= 0.85 && (!best || share > best.share)) best = { encoding: enc, text, share };
  }
  return best;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(buf);
  return iconv.decode(buf, encoding);
}

function utf8Error(bytes: Uint8Array, file: string, offset: number, label: string): InputError {
  const bad = firstInvalidUtf8(bytes.subarray(offset)) + offset;
  const { line, column } = lineColumn(bytes, bad);
  const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return new InputError('E_INPUT_ENCODING', `${file}:${line}:${column}: ${label} at byte ${bad} (bytes ${hex}).`, { position: { file, line, column, byte: bad } });
}

/**
 * Decodes an input's bytes and says which encoding was used and why. Order: a byte-order mark; the declared charset
 * (`opts.declared`, else a declaration in the bytes) unless the bytes contradict it; detection (UTF-16 by its zero
 * and 0x06 high bytes, valid UTF-8, then whichever of Windows-1256 and ISO-8859-6 reads as Arabic).
 * Throws an InputError (E_INPUT_TOO_LARGE, E_INPUT_BINARY, E_INPUT_ENCODING, E_INPUT_EMPTY) naming the file and the position.
 * @example
 *   decodeBytes(iconv.encode('غزة', 'windows-1256'), 'a.txt', { maxBytes: 1e6 }) // { text: 'غزة', encoding: 'windows-1256', source: 'detected' }
 */
export function decodeBytes(bytes: Uint8Array, file: string, opts: DecodeOptions = { maxBytes: DEFAULT_MAX_BYTES }): Decoded {
  if (bytes.length > opts.maxBytes) {
    throw new InputError('E_INPUT_TOO_LARGE', `${file}: ${bytes.length} bytes is more than the limit of ${opts.maxBytes} bytes for one input.`, { position: { file } });
  }
  const result = decodeUnchecked(bytes, file, opts);
  if (result.text.trim() === '') throw new InputError('E_INPUT_EMPTY', `${file}: the input is empty.`, { position: { file } });
  return result;
}

function decodeUnchecked(bytes: Uint8Array, file: string, opts: DecodeOptions): Decoded {
  // 1. byte-order mark
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', source: 'bom' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (!isUtf8(body)) throw utf8Error(bytes, file, 3, 'not valid UTF-8 after a UTF-8 byte-order mark');
    checkNul(bytes, file);
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', source: 'bom' };
  }
  // 2. declared charset, unless the bytes contradict it
  const label = opts.declared ?? (opts.sniffDeclaration === false ? null : declaredCharset(bytes));
  const declared = label ? charsetName(label) : null;
  const hasNul = bytes.indexOf(0) >= 0;
  let mislabelled: string | undefined;
  if (declared) {
    const valid = isUtf8(bytes);
    if (declared === 'utf-16le' || declared === 'utf-16be') {
      // HTML says a utf-16 meta in ASCII-compatible bytes means UTF-8; real UTF-16 has zero bytes.
      const order = hasNul ? utf16Order(bytes) : null;
      if (order) return { text: decodeWith(bytes, order), encoding: order, source: 'declared' };
      if (!valid) mislabelled = label as string;
    } else if (declared === 'utf-8') {
      if (valid && !hasNul) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'declared' };
      mislabelled = label as string;
    } else if (!hasNul) {
      const high = utf8HighBytes(bytes);
      if (valid && high.valid > 0) mislabelled = label as string; // multi-byte UTF-8 is never an accident
      else if (NON_ARABIC_SINGLE_BYTE.test(declared) && high.valid + high.invalid > 0 && detectLegacyArabic(bytes)) mislabelled = label as string;
      else return { text: decodeWith(bytes, declared), encoding: declared, source: 'declared' };
    }
  }
  const detected = detect(bytes, file, hasNul);
  return mislabelled ? { ...detected, mislabelled } : detected;
}

function checkNul(bytes: Uint8Array, file: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('E_INPUT_BINARY', `${file}: a NUL byte at byte ${nul}: this looks like a binary file, not text.`, { position: { file, byte: nul, ...lineColumn(bytes, nul) } });
  }
}

function detect(bytes: Uint8Array, file: string, hasNul: boolean): Decoded {
  if (hasNul) {
    const order = utf16Order(bytes);
    if (order) return { text: decodeWith(bytes, order), encoding: order, source: 'detected' };
    checkNul(bytes, file);
  }
  if (isUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'detected' };
  const high = utf8HighBytes(bytes);
  // Mostly well-formed UTF-8 with some broken sequences: a damaged UTF-8 file, not a legacy one.
  if (high.valid >= high.invalid) throw utf8Error(bytes, file, 0, 'not valid UTF-8');
  const legacy = detectLegacyArabic(bytes);
  if (legacy) return { text: legacy.text, encoding: legacy.encoding, source: 'detected' };
  throw utf8Error(bytes, file, 0, 'neither UTF-8 nor Arabic in Windows-1256 or ISO-8859-6; not valid UTF-8');
}

/**
 * Decodes an input's bytes to text (see decodeBytes).
 */
export function decodeInput(bytes: Uint8Array, file: string, opts: DecodeOptions = { maxBytes: DEFAULT_MAX_BYTES }): string {
  return decodeBytes(bytes, file, opts).text;
}
