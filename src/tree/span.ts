/**
 * One way from any text a parser reads back to the file: a TextView is a string built
 * from pieces of the normalized text (whole lines, parts of lines), each piece copied
 * whole, so offset i of the view lies in exactly one piece and maps to that piece's base
 * plus the distance into it (the way vfile-location maps offsets to points). From the
 * normalized offset, SourceText.source reaches the decoded original (normalize's map).
 *
 *   view offset --(pieces)--> normalized offset --(NormText map)--> original offset
 */
import { lineIndexAt, type Line, type Source, type SourceText } from '../normalize/source-text.js';
import { isSpaceCode } from '../lexicon/chars.js';
import { lastAtMost } from '../text/sorted.js';

/** where a node lies: 1-based lines and normalized offsets [start, end) (unist-like) */
export interface Position {
  startLine: number;
  endLine: number;
  start: number;
  end: number;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Join two pieces of one wrapped passage: CJK text joins directly, two Latin words or
 * numbers either side of the break keep one space. The one rule for wrapped lines.
 */
export function joinPieces(prev: string, next: string): string {
  return needsSpace(prev, next) ? `${prev} ${next}` : prev + next;
}

/** whether two pieces either side of a line break keep a space between them (two Latin words or numbers) */
export function needsSpace(prev: string, next: string): boolean {
  // only the last character is looked at: a regex anchored at the end would rescan the growing text
  return prev.length > 0 && spaceBetween(prev.charCodeAt(prev.length - 1), next.charCodeAt(0));
}

/** needsSpace by the two character codes either side of the break */
function spaceBetween(last: number, first: number): boolean {
  return isAlnum(last) && isAlnum(first);
}

export class TextView {
  text = '';
  /** view offsets where a piece begins, ascending */
  readonly starts: number[] = [];
  /** the normalized offset of each piece's first character (parallel to starts) */
  readonly bases: number[] = [];

  /**
   * The normalized offset where the view was begun: an empty view (a bare bullet, a
   * heading with nothing after it) still points at its place in the text.
   */
  origin = 0;

  /**
   * The code of the text's last character (-1 while empty). Kept because the text grows by
   * appending, and reading a character of that rope flattens it: once per piece, that made
   * a paragraph of n lines cost n² (40,000 lines took 48 s).
   */
  private lastCode = -1;

  constructor(readonly src: SourceText) {}

  /**
   * Lines first..last (1-based) read as one passage: each line trimmed, blank lines (page
   * breaks) skipped, wrapped lines joined by joinPieces. `fromCol` skips the start of the
   * first line (a heading's marker).
   */
  static ofLines(src: SourceText, first: number, last: number, fromCol = 0): TextView {
    const v = new TextView(src);
    const at = src.lines[first - 1];
    // an empty view is its marker: the start of its first line
    if (at) v.origin = at.start;
    for (let no = first; no <= last; no++) {
      const line = src.lines[no - 1];
      if (!line) break;
      v.addLine(line, no === first ? fromCol : 0);
    }
    return v;
  }

  /** append a line's text from column `from` on, trimmed by index (one slice per line) */
  addLine(line: Line, from = 0): void {
    const t = line.text;
    let a = from;
    let b = t.length;
    while (a < b && isSpaceCode(t.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(t.charCodeAt(b - 1))) b--;
    if (a < b) this.add(t.slice(a, b), line.start + a);
  }

  /** append a piece of the normalized text that starts at normalized offset `base` */
  add(piece: string, base: number): void {
    // the space added maps to the offset just past the piece before it
    if (piece.length && this.lastCode >= 0 && spaceBetween(this.lastCode, piece.charCodeAt(0))) this.text += ' ';
    this.starts.push(this.text.length);
    this.bases.push(base);
    this.text += piece;
    if (piece.length) this.lastCode = piece.charCodeAt(piece.length - 1);
  }

  /**
   * The text of piece k as it was added: up to the next piece, without the space a join put
   * before it (joinPieces: one space between two Latin words; addLine's pieces are trimmed).
   */
  piece(k: number): string {
    const from = this.starts[k];
    if (k + 1 >= this.starts.length) return this.text.slice(from);
    const next = this.starts[k + 1];
    const t = this.text;
    const joined =
      next - 1 > from &&
      t.charCodeAt(next - 1) === 32 &&
      needsSpace(t.slice(next - 2, next - 1), t.slice(next, next + 1));
    return t.slice(from, joined ? next - 1 : next);
  }

  /** the normalized offset of view offset i (undefined outside the text) */
  offsetAt(i: number): number | undefined {
    if (i < 0 || i >= this.text.length) return undefined;
    const k = lastAtMost(this.starts, i);
    return this.bases[k] + (i - this.starts[k]);
  }

  /** normalized [start, end) of the view span [a, b), clamped to one character at least */
  normalized(a: number, b: number): [number, number] {
    if (this.text.length === 0) return [this.origin, this.origin];
    const s = Math.max(0, Math.min(a, this.text.length - 1));
    const e = Math.max(s + 1, Math.min(b, this.text.length));
    return [this.offsetAt(s)!, this.offsetAt(e - 1)! + 1];
  }

  /** the source (in the decoded original) of the view span [a, b) */
  source(a = 0, b = this.text.length): Source {
    const [s, e] = this.normalized(a, b);
    return this.src.source(s, e);
  }

  /** the line (1-based) of view offset a */
  lineAt(a: number): number {
    const off = this.offsetAt(Math.max(0, Math.min(a, this.text.length - 1))) ?? 0;
    return lineIndexAt(this.src.lines, off) + 1;
  }

  /** the position of the view span [a, b) */
  position(a = 0, b = this.text.length): Position {
    const [start, end] = this.normalized(a, b);
    return { startLine: this.lineAt(a), endLine: this.lineAt(Math.max(a, b - 1)), start, end };
  }
}

/** the position of whole lines first..last */
export function linesPosition(src: SourceText, first: number, last: number): Position {
  const a = src.lines[first - 1];
  const b = src.lines[Math.max(first, last) - 1];
  return { startLine: a.no, endLine: b.no, start: a.start, end: b.end };
}
