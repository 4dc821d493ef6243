/**
 * The text of one document as the contact reader reads it, from the document tree: the
 * body's blocks in order, and around them the lines no block holds (the header above the
 * body, and lines outside any document, which belong to the document before them), so that
 * no printed number is ever left out. A paragraph or bulleted entry is read through its
 * TextView, one piece per printed line (its wrapped lines are kept apart, since a contact
 * block is laid out by line); a line list, a table and the lines outside blocks are read
 * line by line as printed, with their Position.
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { Block, DocumentNode } from '../../tree/nodes.js';
import type { TextView } from '../../tree/span.js';

/** a line as the reader sees it: its number, its text and the normalized offset of its first character */
export interface TextLine {
  no: number;
  text: string;
  base: number;
}

/** a paragraph's or entry's view with the line of each of its pieces */
interface ReadView {
  view: TextView;
  lineOfPiece: number[];
}

export class DocLines {
  private readonly blocks: Block[];
  private readonly views = new Map<Block, ReadView>();
  /** the block last looked in (lines are mostly asked for in ascending order) */
  private cursor = 0;

  constructor(
    private readonly src: SourceText,
    doc: DocumentNode,
  ) {
    this.blocks = doc.blocks;
  }

  /** the text of line `no` as its block gives it (a line outside blocks as printed), or null for a blank line */
  line(no: number): TextLine | null {
    const b = this.blockOf(no);
    if (b && (b.type === 'paragraph' || b.type === 'item')) return this.piece(b, no);
    // a line list, a table row, a header line or a stray line: the line as printed
    const l = this.src.lines[no - 1];
    return l && l.text ? { no, text: l.text, base: l.start } : null;
  }

  /** the block holding line `no`, or null */
  private blockOf(no: number): Block | null {
    const bs = this.blocks;
    if (this.cursor >= bs.length || bs[this.cursor].position.startLine > no) this.cursor = 0;
    while (this.cursor < bs.length && bs[this.cursor].position.endLine < no) this.cursor++;
    const b = bs[this.cursor];
    return b && b.position.startLine <= no ? b : null;
  }

  /** line `no` of a paragraph or entry: the piece of its view that line printed */
  private piece(b: Block & { view: TextView }, no: number): TextLine | null {
    let rv = this.views.get(b);
    if (!rv) {
      const view = b.view;
      const lines = this.src.lines;
      const lineOfPiece: number[] = [];
      let line = b.position.startLine;
      for (const base of view.bases) {
        while (lines[line - 1].end < base) line++;
        lineOfPiece.push(line);
      }
      rv = { view, lineOfPiece };
      this.views.set(b, rv);
    }
    const k = rv.lineOfPiece.indexOf(no);
    if (k < 0) return null;
    const { view } = rv;
    let end = k + 1 < view.starts.length ? view.starts[k + 1] : view.text.length;
    // the space the view put between two Latin words is no part of either line (pieces are trimmed)
    if (end > view.starts[k] && view.text.charCodeAt(end - 1) === 32) end--;
    return { no, text: view.text.slice(view.starts[k], end), base: view.bases[k] };
  }
}

/**
 * The lines first..last where one of the global patterns finds a match, ascending: that
 * stretch of the text is searched in place, every character once. A match that runs over a
 * line end flags the line it starts on. (The search needs no tree: a document with no line
 * flagged is never looked into.)
 */
export function linesMatchingIn(src: SourceText, first: number, last: number, ...patterns: RegExp[]): number[] {
  const lines = src.lines;
  const from = lines[first - 1].start;
  // the stretch's own text (a slice shares the file's characters): a search never runs past it
  const text = src.text.slice(from, lines[last - 1].end);
  const flags = new Uint8Array(last - first + 1);
  for (const re of patterns) {
    let no = first;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = from + m.index;
      while (no < last && lines[no].start <= at) no++;
      flags[no - first] = 1;
      // the rest of the line needs no look
      re.lastIndex = Math.max(lines[no - 1].end - from, m.index + 1);
    }
    re.lastIndex = 0;
  }
  const out: number[] = [];
  for (let i = flags.indexOf(1); i >= 0; i = flags.indexOf(1, i + 1)) out.push(first + i);
  return out;
}
