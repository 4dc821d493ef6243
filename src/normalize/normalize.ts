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

export function normalize(original: string): NormText {
  const n = original.length;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  // the previous emitted character and the next raw character drive context rules
  let prevOut: string | undefined;
  const push = (ch: string, s: number, e: number) => { out.push(ch); starts.push(s); ends.push(e); prevOut = ch; };
  const peek = (j: number): string | undefined => {
    while (j < n) {
      const c = original.charCodeAt(j);
      if (ZERO_WIDTH.has(c)) { j++; continue; }
      if (c === 0x2a && original.charCodeAt(j + 1) === 0x2a) { j += 2; continue; }
      return foldWidth(c);
    }
    return undefined;
  };
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c === 0x0d) {
      if (original.charCodeAt(i + 1) === 0x0a) { push('\n', i, i + 2); i += 2; } else { push('\n', i, i + 1); i++; }
      continue;
    }
    if (ZERO_WIDTH.has(c)) { i++; continue; }
    if (c === 0x2a && original.charCodeAt(i + 1) === 0x2a) { i += 2; continue; } // **bold** marks
    if (SPACE_LIKE.has(c)) { push(' ', i, i + 1); i++; continue; }
    let ch = foldWidth(c);
    ch = canonicalPunct(ch, prevOut, peek(i + 1));
    push(ch, i, i + 1);
    i++;
  }
  const origStart = new Int32Array(out.length + 1);
  const origEnd = new Int32Array(out.length + 1);
  for (let k = 0; k < starts.length; k++) { origStart[k] = starts[k]; origEnd[k] = ends[k]; }
  origStart[out.length] = n;
  origEnd[out.length] = n;
  return { text: out.join(''), origStart, origEnd, original };
}

/** original [start, end) of the normalized span [start, end) */
export function toOriginal(norm: NormText, start: number, end: number): [number, number] {
  const len = norm.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) return [norm.origStart[s], norm.origStart[s]];
  return [norm.origStart[s], norm.origEnd[e - 1]];
}
