/**
 * Normalization for parsing. Parsers see one canonical spelling of the text, but every
 * normalized character remembers the span of original characters it came from, so a
 * record's `source` can always point back into the decoded input.
 *
 * Newlines are never added or removed (a CRLF pair becomes one LF, a lone CR becomes LF),
 * so a line number in the normalized text is the same line in the original.
 */
import { lastAtMost } from '../text/sorted.js';
import { isChineseContextCode, isDigitCode } from '../lexicon/chars.js';

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

/** what a code unit needs; 0 (almost every CJK character) means it is copied as it is */
const KEEP = 0,
  CR = 1,
  STAR = 2,
  ZERO_WIDTH = 3,
  SPACE_LIKE = 4,
  FOLD = 5,
  LF = 6;
const NEEDS = new Uint8Array(0x10000);
NEEDS[0x0d] = CR;
NEEDS[0x0a] = LF;
NEEDS[0x2a] = STAR;
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) NEEDS[c] = ZERO_WIDTH;
for (const c of [
  0x00a0, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f,
])
  NEEDS[c] = SPACE_LIKE;
// full-width ASCII variants fold to ASCII; the punctuation below may then turn Chinese
for (let c = 0xff01; c <= 0xff5e; c++) NEEDS[c] = FOLD;
for (const c of [0x28, 0x29, 0x3a, 0x2236, 0x2c, 0x3b]) NEEDS[c] = FOLD;

/** blank or invisible: what may stand at the end of a line and is dropped there */
function isTrailingBlank(c: number): boolean {
  const need = NEEDS[c];
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || need === SPACE_LIKE || need === ZERO_WIDTH;
}

/**
 * Fold one character (already width-folded) given its neighbours in the original
 * (-1: none). Chinese punctuation is the canonical form except where the context is
 * plainly Latin or numeric (a time 17:00, a URL http://, a number 1,000).
 */
function canonicalPunct(ch: number, prev: number, next: number): number {
  switch (ch) {
    case 0x28:
      return 0xff08; // （
    case 0x29:
      return 0xff09; // ）
    case 0x3a:
    case 0x2236: // ∶
      if (isDigitCode(prev) && isDigitCode(next)) return 0x3a;
      if (ch === 0x2236) return 0xff1a;
      return isChineseContextCode(prev) || isChineseContextCode(next) || prev === -1 || prev === 0x20 || prev === 0x09
        ? 0xff1a
        : 0x3a;
    case 0x2c:
      if (isDigitCode(prev) && isDigitCode(next)) return 0x2c;
      return isChineseContextCode(prev) || isChineseContextCode(next) ? 0xff0c : 0x2c;
    case 0x3b:
      return isChineseContextCode(prev) || isChineseContextCode(next) ? 0xff1b : 0x3b;
    default:
      return ch;
  }
}

/** the next original character that will be emitted, width-folded (-1 at the end) */
function peek(s: string, j: number): number {
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (NEEDS[c] === ZERO_WIDTH) {
      j++;
      continue;
    }
    if (c === 0x2a && s.charCodeAt(j + 1) === 0x2a) {
      j += 2;
      continue;
    }
    return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  }
  return -1;
}

/**
 * The way back from normalized offsets to original ones, kept sparse: normalized
 * character k starts at original k + shift, and the shift changes only where characters
 * were dropped (bold marks, zero-width) or a CRLF became one LF, which is rare.
 */
class NormMap implements NormText {
  /** normalized offsets from which shift[i] applies, ascending */
  private readonly at: number[] = [];
  private readonly shift: number[] = [];
  /** normalized offsets of an LF that stands for a CRLF pair (two original characters) */
  private readonly wide: number[] = [];
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;

  /** set once the whole text is built */
  text = '';

  constructor(readonly original: string) {}

  /** from normalized offset k on, character k starts at original k + shift */
  setShift(k: number, shift: number): void {
    const last = this.at.length - 1;
    if (last >= 0 && this.at[last] === k) this.shift[last] = shift;
    else {
      this.at.push(k);
      this.shift.push(shift);
    }
  }

  /** forget the shift points at or after normalized offset k (characters taken back) */
  truncate(k: number): void {
    while (this.at.length && this.at[this.at.length - 1] >= k) {
      this.at.pop();
      this.shift.pop();
    }
    while (this.wide.length && this.wide[this.wide.length - 1] >= k) this.wide.pop();
  }

  markWide(k: number): void {
    this.wide.push(k);
  }

  /** original offset where normalized character k starts (k may be text.length) */
  startOf(k: number): number {
    if (this.at.length === 0 || k < this.at[0]) return k;
    return k + this.shift[lastAtMost(this.at, k)];
  }

  /** original offset where normalized character k ends */
  endOf(k: number): number {
    if (k >= this.text.length) return this.original.length;
    const w = this.wide;
    let lo = 0,
      hi = w.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid] === k) return this.startOf(k) + 2;
      if (w[mid] < k) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.startOf(k) + 1;
  }

  // the dense tables of the NormText contract are built only if someone asks for them
  get origStart(): Int32Array {
    return (this.starts ??= this.dense((k) => this.startOf(k)));
  }

  get origEnd(): Int32Array {
    return (this.ends ??= this.dense((k) => this.endOf(k)));
  }

  private dense(at: (k: number) => number): Int32Array {
    const a = new Int32Array(this.text.length + 1);
    for (let k = 0; k < a.length; k++) a[k] = at(k);
    return a;
  }
}

/*
 * Most of a Chinese text needs no change, so unchanged runs are copied as slices of the
 * original and only the characters that change are looked at closely: archives run to
 * many megabytes, and per-character work and offset tables cost more than the parsing
 * that follows.
 *
 * White space is normalization's business, so parsers never trim for meaning: blanks and
 * tabs at the end of a line (what copying from a web page or a spreadsheet leaves) are
 * dropped, so a trailing tab never makes a line a table row and a blank-only line (also
 * one of invisible characters) is empty; no-break and ideographic spaces become blanks.
 */
export function normalize(original: string): NormText {
  const b = new Builder(original);
  b.run();
  return b.map;
}

/** the state of one normalize() pass */
class Builder {
  readonly map: NormMap;
  private readonly parts: string[] = [];
  /** original offset of the unchanged run being copied */
  private runStart = 0;
  /** original characters with no normalized character so far (i - k) */
  private dropped = 0;
  /** normalized characters already pushed to parts */
  private outLen = 0;

  constructor(private readonly original: string) {
    this.map = new NormMap(original);
  }

  run(): void {
    const original = this.original;
    const n = original.length;
    // the previous emitted character and the next raw character drive context rules
    let prevOut = -1;
    let i = 0;
    while (i < n) {
      const c = original.charCodeAt(i);
      const need = NEEDS[c];
      if (need === KEEP) {
        prevOut = c;
        i++;
        continue;
      }
      if (need === LF) {
        if (i > 0 && isTrailingBlank(original.charCodeAt(i - 1))) this.dropTrailingBlanks(i);
        prevOut = c;
        i++;
        continue;
      }
      if (need === CR && i > 0 && isTrailingBlank(original.charCodeAt(i - 1))) this.dropTrailingBlanks(i);
      if (need === STAR && original.charCodeAt(i + 1) !== 0x2a) {
        prevOut = c;
        i++;
        continue;
      }
      if (need === STAR || need === ZERO_WIDTH) {
        // **bold** marks and invisible characters leave nothing
        const e = i + (need === STAR ? 2 : 1);
        this.drop(i, e);
        i = e;
        continue;
      }
      let out: number;
      let e = i + 1;
      if (need === CR) {
        out = 0x0a;
        if (original.charCodeAt(i + 1) === 0x0a) e = i + 2;
      } else if (need === SPACE_LIKE) out = 0x20;
      else {
        out = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
        if (NEEDS[out] === FOLD) out = canonicalPunct(out, prevOut, peek(original, i + 1));
      }
      prevOut = out;
      if (out === c) {
        i++;
        continue;
      }
      this.replace(i, e, out);
      i = e;
    }
    if (n > 0 && isTrailingBlank(original.charCodeAt(n - 1))) this.dropTrailingBlanks(n);
    this.finish();
  }

  private flush(to: number): void {
    if (to > this.runStart) {
      this.parts.push(this.original.slice(this.runStart, to));
      this.outLen += to - this.runStart;
    }
  }

  /** original [i, e) leaves no normalized character */
  private drop(i: number, e: number): void {
    this.flush(i);
    this.runStart = e;
    this.dropped += e - i;
    this.map.setShift(e - this.dropped, this.dropped);
  }

  /** original [i, e) becomes the one character `out` */
  private replace(i: number, e: number, out: number): void {
    this.flush(i);
    this.parts.push(String.fromCharCode(out));
    this.outLen++;
    if (e > i + 1) {
      // one LF for a CRLF pair: the characters after it sit one further on in the original
      const k = i - this.dropped;
      this.map.markWide(k);
      this.dropped += e - i - 1;
      this.map.setShift(k + 1, this.dropped);
    }
    this.runStart = e;
  }

  /**
   * The blanks before the line end at original `i` leave nothing. Those inside the run
   * being copied are simply not copied; those already emitted (a no-break space, a blank
   * after a dropped character) are taken back from the parts.
   */
  private dropTrailingBlanks(i: number): void {
    const o = this.original;
    let j = i;
    while (j > 0 && isTrailingBlank(o.charCodeAt(j - 1))) j--;
    if (j >= this.runStart) {
      this.drop(j, i);
      return;
    }
    // original [j, runStart) is all blanks: the emitted ones are its visible characters
    let emitted = 0;
    for (let k = j; k < this.runStart; k++) if (NEEDS[o.charCodeAt(k)] !== ZERO_WIDTH) emitted++;
    this.unemit(emitted);
    const k = this.outLen; // the normalized offset original j now maps to
    this.map.truncate(k);
    this.runStart = i;
    this.dropped = i - k;
    this.map.setShift(k, this.dropped);
  }

  /** take back the last `count` normalized characters pushed */
  private unemit(count: number): void {
    const parts = this.parts;
    while (count > 0) {
      const last = parts[parts.length - 1];
      if (last.length <= count) {
        parts.pop();
        count -= last.length;
        this.outLen -= last.length;
      } else {
        parts[parts.length - 1] = last.slice(0, last.length - count);
        this.outLen -= count;
        count = 0;
      }
    }
  }

  private finish(): void {
    const n = this.original.length;
    // every change moves runStart past it, so 0 means the text needed no change at all
    if (this.runStart === 0) this.map.text = this.original;
    else {
      if (this.runStart < n) this.parts.push(this.original.slice(this.runStart));
      this.map.text = this.parts.join('');
    }
  }
}

/** original [start, end) of the normalized span [start, end) */
export function toOriginal(norm: NormText, start: number, end: number): [number, number] {
  return [originalStart(norm, start), originalEnd(norm, start, end)];
}

/**
 * original offset where the normalized span starting at `start` starts. The two ends apart
 * serve SourceText.source, which runs for every record: measured faster than the pair.
 */
export function originalStart(norm: NormText, start: number): number {
  const s = Math.max(0, Math.min(start, norm.text.length));
  return norm instanceof NormMap ? norm.startOf(s) : norm.origStart[s];
}

/** original offset where the normalized span [start, end) ends (its start if it is empty) */
export function originalEnd(norm: NormText, start: number, end: number): number {
  const len = norm.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) return originalStart(norm, s);
  return norm instanceof NormMap ? norm.endOf(e - 1) : norm.origEnd[e - 1];
}
