// Turns the raw bytes of an input into text, or says precisely why it cannot: binary, wrongly encoded, empty, too large.
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';

/** Where the first invalid UTF-8 sequence starts, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; } else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; } else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
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
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Decodes an input's bytes: a UTF-16 byte-order mark selects UTF-16, a UTF-8 one is dropped, anything else must be
 * valid UTF-8. Throws an InputError (E_INPUT_TOO_LARGE, E_INPUT_BINARY, E_INPUT_ENCODING, E_INPUT_EMPTY) naming
 * the file and the position.
 */
export function decodeInput(bytes: Uint8Array, file: string, opts: DecodeOptions = { maxBytes: DEFAULT_MAX_BYTES }): string {
  if (bytes.length > opts.maxBytes) {
    throw new InputError('E_INPUT_TOO_LARGE', `${file}: ${bytes.length} bytes is more than the limit of ${opts.maxBytes} bytes for one article.`, { position: { file } });
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new InputError('E_INPUT_BINARY', `${file}: a NUL byte at byte ${nul}: this looks like a binary file, not text.`, { position: { file, byte: nul, ...lineColumn(bytes, nul) } });
    }
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
      const { line, column } = lineColumn(bytes, bad);
      const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      throw new InputError('E_INPUT_ENCODING', `${file}:${line}:${column}: not valid UTF-8 at byte ${bad} (bytes ${hex}).`, { position: { file, line, column, byte: bad } });
    }
    text = new TextDecoder('utf-8').decode(body);
  }
  if (text.trim() === '') throw new InputError('E_INPUT_EMPTY', `${file}: the input is empty.`, { position: { file } });
  return text;
}
