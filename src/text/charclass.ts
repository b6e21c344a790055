// Character classes of the BMP as a flat lookup table, shared by the normaliser and the tokeniser.

export const C_OTHER = 0; // symbols, emoji halves, anything not below
export const C_SPACE = 1;
export const C_NEWLINE = 2; // \n, \r, U+2028, U+2029
export const C_ARABIC = 3; // Arabic-script letters
export const C_LATIN = 4; // Latin letters
export const C_DIGIT = 5; // ASCII digits (other digits are folded by the normaliser)
export const C_PUNCT = 6; // punctuation
export const C_MARK = 7; // combining marks not removed by the normaliser
export const C_FOREIGN = 8; // letters of other scripts
export const C_HIGH_SURROGATE = 9;
export const C_LOW_SURROGATE = 10;

/** Builds the table once; the result is never written again. */
function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  // one character per code unit (surrogates as spaces), tested in place with sticky regexes: no match objects
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  const mark = (re: RegExp, cls: number): void => {
    for (let c = 0; c < 0x10000; c++) {
      re.lastIndex = c;
      if (re.test(all)) t[c] = cls;
    }
  };
  mark(/\p{L}/uy, C_FOREIGN);
  mark(/\p{Script=Latin}/uy, C_LATIN);
  mark(/\p{Script=Arabic}/uy, C_ARABIC);
  mark(/\p{M}/uy, C_MARK);
  mark(/\p{P}/uy, C_PUNCT);
  mark(/\p{N}/uy, C_OTHER);
  mark(/\s/uy, C_SPACE);
  for (let c = 0x30; c <= 0x39; c++) t[c] = C_DIGIT;
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029, 0x0b, 0x0c, 0x85]) t[c] = C_NEWLINE;
  for (let c = 0xd800; c <= 0xdbff; c++) t[c] = C_HIGH_SURROGATE;
  for (let c = 0xdc00; c <= 0xdfff; c++) t[c] = C_LOW_SURROGATE;
  // Arabic-script symbols and punctuation that \p{Script=Arabic} also covers.
  for (const c of [0x060c, 0x061b, 0x061f, 0x066a, 0x066b, 0x066c, 0x066d, 0x06d4, 0x060d]) t[c] = C_PUNCT;
  for (let c = 0x0600; c <= 0x0605; c++) t[c] = C_OTHER;
  for (const c of [0x0606, 0x0607, 0x0608, 0x0609, 0x060a, 0x060e, 0x060f, 0x06de, 0x06e9, 0x06fd, 0x06fe]) t[c] = C_OTHER;
  // Latin-script modifier letters like ª º stay letters; the symbols + < = > | ~ $ ^ ` are not punctuation words.
  return t;
}

export const CHAR_CLASS: Uint8Array = buildTable();
