/**
 * Normalization for parsing. Parsers see one canonical spelling of the text, but every
 * normalized character remembers the span of original characters it came from, so a
 * record's `source` can always point back into the decoded input.
 *
 * Newlines are never added or removed (a CRLF pair becomes one LF, a lone CR becomes LF),
 * so a line number in the normalized text is the same line in the original.
 */

export interface NormText {
  /** the text parsers read */
  text: string;
  /** offset in the original text of normalized character i (length text.length + 1) */
  origStart: Int32Array;
  /** end offset in the original text of normalized character i */
  origEnd: Int32Array;
  /** the decoded original */
  original: string;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const SPACE_LIKE = new Set([0x00a0, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]);

/** CJK ideographs and CJK punctuation: the context in which ASCII punctuation is Chinese punctuation */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Fold one character (already width-folded) given its neighbours in the original.
 * Chinese punctuation is the canonical form except where the context is plainly
 * Latin or numeric (a time 17:00, a URL http://, a number 1,000).
 */
function canonicalPunct(ch: string, prev: string | undefined, next: string | undefined): string {
  switch (ch) {
    case '(': return '（';
    case ')': return '）';
    case ':':
    case '∶':
      if (isDigit(prev) && isDigit(next)) return ':';
      if (ch === '∶') return '：';
      return isCjk(prev) || isCjk(next) || prev === undefined || prev === ' ' || prev === '\t' ? '：' : ':';
    case ',':
      if (isDigit(prev) && isDigit(next)) return ',';
      return isCjk(prev) || isCjk(next) ? '，' : ',';
    case ';':
      return isCjk(prev) || isCjk(next) ? '；' : ';';
    default: return ch;
  }
}

/** full-width ASCII variants to ASCII, except the punctuation that stays Chinese */
function foldWidth(c: number): string {
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return String.fromCharCode(c);
}

/** code units that may be zero-width or space-like: the rare ones worth a set lookup */
const maybeSpecial = (c: number) => c === 0x00a0 || c === 0x00ad || (c >= 0x2002 && c <= 0x2060) || c === 0x3000 || c === 0xfeff;

/** punctuation whose canonical form depends on its neighbours (after width folding) */
const contextual = (c: number) => c === 0x28 || c === 0x29 || c === 0x3a || c === 0x2236 || c === 0x2c || c === 0x3b;

/*
 * One pass over code units into typed arrays: archives run to many megabytes, and an
 * array of one-character strings plus two arrays of numbers per character cost more in
 * allocation and garbage collection than the parsing that follows.
 */
export function normalize(original: string): NormText {
  const n = original.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let k = 0;
  // the previous emitted character and the next raw character drive context rules
  let prevOut = -1;
  const peek = (j: number): string | undefined => {
    while (j < n) {
      const c = original.charCodeAt(j);
      if (ZERO_WIDTH.has(c)) { j++; continue; }
      if (c === 0x2a && original.charCodeAt(j + 1) === 0x2a) { j += 2; continue; }
      return foldWidth(c);
    }
    return undefined;
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    let out: number;
    let e = i + 1;
    if (c === 0x0d) {
      out = 0x0a;
      if (original.charCodeAt(i + 1) === 0x0a) e = i + 2;
    } else if (c === 0x2a && original.charCodeAt(i + 1) === 0x2a) { // **bold** marks
      i += 2;
      continue;
    } else if (maybeSpecial(c) && ZERO_WIDTH.has(c)) {
      i++;
      continue;
    } else if (maybeSpecial(c) && SPACE_LIKE.has(c)) {
      out = 0x20;
    } else {
      out = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
      if (contextual(out)) out = canonicalPunct(String.fromCharCode(out), prevOut < 0 ? undefined : String.fromCharCode(prevOut), peek(i + 1)).charCodeAt(0);
    }
    codes[k] = out;
    starts[k] = i;
    ends[k] = e;
    k++;
    prevOut = out;
    i = e;
  }
  starts[k] = n;
  ends[k] = n;
  const parts: string[] = [];
  for (let p = 0; p < k; p += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(p, Math.min(k, p + 8192)) as unknown as number[]));
  const origStart = k === n ? starts : starts.slice(0, k + 1);
  const origEnd = k === n ? ends : ends.slice(0, k + 1);
  return { text: parts.join(''), origStart, origEnd, original };
}

/** original [start, end) of the normalized span [start, end) */
export function toOriginal(norm: NormText, start: number, end: number): [number, number] {
  const len = norm.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) return [norm.origStart[s], norm.origStart[s]];
  return [norm.origStart[s], norm.origEnd[e - 1]];
}
