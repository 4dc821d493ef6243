/**
 * Character classes, by UTF-16 code unit (for the loops that read text without making
 * one-character strings) and as regular-expression class bodies (for the patterns built
 * from them). Every other module asks these predicates; none spells a code range itself.
 */

/** what /\s/ matches: every trimmed source, cell and list item is cut with it */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** does a short text (a title, a cell) hold a space: one look per code unit costs less than a pattern run */
export function holdsSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** every character /\s/ matches, as a string (for tables keyed by character) */
export const SPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** an ASCII digit 0–9 */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** an ASCII letter or digit */
export const isAsciiAlnumCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * A Han character (CJK Unified Ideographs and Extension A; all lie in the BMP, so counting
 * code units counts characters). The Yijing hexagram symbols between the two blocks
 * (U+4DC0–4DFF) are not Han.
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** isHanCode as a regular-expression class body (the same two blocks) */
export const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/**
 * A character that makes its neighbourhood Chinese text: Han, CJK punctuation (U+3000–303F),
 * full-width forms and the curly double quotes. Next to one, an ASCII , : ; is Chinese
 * punctuation (normalization).
 */
export function isChineseContextCode(c: number): boolean {
  return isHanCode(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d;
}

/** how many Han characters s holds */
export function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHanCode(s.charCodeAt(i))) n++;
  return n;
}

/**
 * A lookup table by code unit, 1 for each given character: the quick pre-filters of the
 * vocabulary are built with it from the word lists, never written out by hand.
 */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** the first (or last) character of each word, as a table by code unit */
export function firstCharTable(words: readonly string[]): Uint8Array {
  return charTable(words.map((w) => w[0]));
}
export function lastCharTable(words: readonly string[]): Uint8Array {
  return charTable(words.map((w) => w[w.length - 1]));
}

/** escape a word for use inside a regular expression */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a|b|c` from words, escaped, longer words first so that no word hides a longer one it begins */
export function alternatives(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** `(?:a|b|c)`: alternatives as a group */
export function alternation(words: readonly string[]): string {
  return `(?:${alternatives(words)})`;
}
