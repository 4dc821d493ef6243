import { normalize, toOriginal, type NormText } from './normalize.js';

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

/**
 * A decoded file ready for parsing: normalized text split into lines, and the way back
 * from any normalized span to the original passage.
 */
export class SourceText {
  readonly norm: NormText;
  readonly lines: Line[];
  private readonly origLineStarts: number[];

  constructor(readonly file: string, original: string) {
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
    for (let nl = original.indexOf('\n'); nl >= 0; nl = original.indexOf('\n', nl + 1)) this.origLineStarts.push(nl + 1);
  }

  get text(): string { return this.norm.text; }
  get original(): string { return this.norm.original; }

  /** 1-based original line holding original offset `off` */
  lineOfOriginal(off: number): number {
    const a = this.origLineStarts;
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  /** source of the normalized span [start, end); an empty span grows to one character so it stays a passage */
  source(start: number, end: number): Source {
    let [s, e] = toOriginal(this.norm, start, end);
    if (e <= s) e = Math.min(this.original.length, s + 1);
    if (e <= s && s > 0) s = e - 1;
    // trailing whitespace and newlines are not part of a passage
    while (e > s + 1 && /\s/.test(this.original[e - 1])) e--;
    while (s < e - 1 && /\s/.test(this.original[s])) s++;
    return { file: this.file, startLine: this.lineOfOriginal(s), endLine: this.lineOfOriginal(Math.max(s, e - 1)), startOffset: s, endOffset: e };
  }

  /** source of whole lines first..last (1-based, inclusive) */
  linesSource(first: number, last: number): Source {
    const a = this.lines[Math.max(0, first - 1)];
    const b = this.lines[Math.min(this.lines.length, Math.max(first, last)) - 1];
    return this.source(a.start, b.end);
  }

  line(no: number): Line { return this.lines[no - 1]; }
}
