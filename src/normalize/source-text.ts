import { isSpaceCode } from '../lexicon/chars.js';
import { firstAtLeast, lastAtMost } from '../text/sorted.js';
import { normalize, originalEnd, originalStart, type NormText } from './normalize.js';

/** One line of the normalized text; `no` is 1-based and is also the original's line number. */
export interface Line {
  no: number;
  /** normalized offsets, end excludes the newline */
  start: number;
  end: number;
  text: string;
}

/** Where a record came from, in the decoded original (SPEC: text.slice(startOffset, endOffset)). */
export interface Source {
  file: string;
  startLine: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
}

/** index in `lines` of the line holding normalized offset `at`, looking from index `lo` on */
export function lineIndexAt(lines: Line[], at: number, lo = 0): number {
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A decoded file ready for parsing: normalized text split into lines, and the way back
 * from any normalized span to the original passage.
 */
export class SourceText {
  readonly norm: NormText;
  readonly lines: Line[];
  private readonly origLineStarts: number[];
  /** the offsets of the words asked for with offsetsOf, kept for the file */
  private readonly occurrences = new Map<string, number[]>();

  constructor(
    readonly file: string,
    original: string,
  ) {
    this.norm = normalize(original);
    this.lines = [];
    const t = this.norm.text;
    let start = 0;
    let no = 1;
    for (;;) {
      const nl = t.indexOf('\n', start);
      const end = nl < 0 ? t.length : nl;
      this.lines.push({ no, start, end, text: t.slice(start, end) });
      if (nl < 0) break;
      start = nl + 1;
      no++;
    }
    this.origLineStarts = [0];
    for (let nl = original.indexOf('\n'); nl >= 0; nl = original.indexOf('\n', nl + 1))
      this.origLineStarts.push(nl + 1);
  }

  get text(): string {
    return this.norm.text;
  }
  get original(): string {
    return this.norm.original;
  }

  /** 1-based original line holding original offset `off`, looking from line `from` on */
  lineOfOriginal(off: number, from = 1): number {
    return lastAtMost(this.origLineStarts, off, from - 1) + 1;
  }

  /** source of the normalized span [start, end); an empty span grows to one character so it stays a passage */
  source(start: number, end: number): Source {
    let s = originalStart(this.norm, start);
    let e = originalEnd(this.norm, start, end);
    if (e <= s) e = Math.min(this.original.length, s + 1);
    if (e <= s && s > 0) s = e - 1;
    // trailing whitespace and newlines are not part of a passage
    const o = this.original;
    while (e > s + 1 && isSpaceCode(o.charCodeAt(e - 1))) e--;
    while (s < e - 1 && isSpaceCode(o.charCodeAt(s))) s++;
    const startLine = this.lineOfOriginal(s);
    // most passages end on the line they start on: one look at the next line's start says so
    const last = Math.max(s, e - 1);
    const starts = this.origLineStarts;
    const endLine =
      startLine < starts.length && last >= starts[startLine] ? this.lineOfOriginal(last, startLine) : startLine;
    return { file: this.file, startLine, endLine, startOffset: s, endOffset: e };
  }

  /** source of whole lines first..last (1-based, inclusive) */
  linesSource(first: number, last: number): Source {
    const a = this.lines[Math.max(0, first - 1)];
    const b = this.lines[Math.min(this.lines.length, Math.max(first, last)) - 1];
    return this.source(a.start, b.end);
  }

  /**
   * The normalized offsets where `word` (not empty) occurs, ascending, overlapping ones
   * too: one search of the whole text, kept, so readers that look for a word document by
   * document do not search past each document's end for it again.
   */
  offsetsOf(word: string): readonly number[] {
    let list = this.occurrences.get(word);
    if (!list) {
      list = [];
      if (word) for (let p = this.text.indexOf(word); p >= 0; p = this.text.indexOf(word, p + 1)) list.push(p);
      this.occurrences.set(word, list);
    }
    return list;
  }

  line(no: number): Line {
    return this.lines[no - 1];
  }

  /**
   * The first line at or after line `from` (1-based) whose text holds `needle` (not empty,
   * no newline), or lines.length + 1. Scans that care only about lines with some mark
   * (号, 日, a tab) skip the rest in one search of the text.
   */
  lineWith(needle: string, from: number): number {
    const lines = this.lines;
    if (from > lines.length) return lines.length + 1;
    const first = Math.max(1, from) - 1;
    // the needle's offsets are found once per file (readers ask document by document, and a
    // search from each document's start for a rare mark ran on to the file's end each time)
    const offsets = this.offsetsOf(needle);
    const k = firstAtLeast(offsets, lines[first].start);
    return k >= offsets.length ? lines.length + 1 : lineIndexAt(lines, offsets[k], first) + 1;
  }
}
