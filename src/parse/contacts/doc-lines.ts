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
import { firstAtLeast } from '../../text/sorted.js';
import { COLONS } from '../../lexicon/punctuation.js';
import { linesMatching } from '../../text/regex-scan.js';
import { lineIndexAt } from '../../normalize/source-text.js';
import {
  CONTACT_MARK_FIRST,
  MAY_HOLD_CONTACT_NUMBER,
  contactMarkAt,
  fieldLabelBefore,
} from '../../lexicon/contact-labels.js';

/** the colons a field label may close: full width and ASCII */

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
    // pieces are in line order: a search, not a scan (a paragraph of n lines read line by line is n²)
    const k = firstAtLeast(rv.lineOfPiece, no);
    return k >= rv.lineOfPiece.length || rv.lineOfPiece[k] !== no
      ? null
      : { no, text: rv.view.piece(k), base: rv.view.bases[k] };
  }
}

/**
 * The lines where the quick look finds a possible contact piece (see the pre-filter in
 * lexicon/contact-labels.ts), ascending: a run of five digits, a mark (@, 联系人, 邮编) or a
 * field label before a colon. The digits are one search of the whole text; marks and
 * labels are looked for only at the offsets of their first character and of the colons,
 * found once per file. A piece that runs over a line end flags the line it starts on.
 * (The search needs no tree: a document with no line flagged is never looked into.)
 */
export function contactLines(src: SourceText): number[] {
  const { lines, text } = src;
  const flags = linesMatching(src, MAY_HOLD_CONTACT_NUMBER);
  const flag = (at: number) => (flags[lineIndexAt(lines, at) + 1] = 1);
  for (const first of CONTACT_MARK_FIRST) for (const at of src.offsetsOf(first)) if (contactMarkAt(text, at)) flag(at);
  for (const colon of COLONS)
    for (const at of src.offsetsOf(colon)) {
      const label = fieldLabelBefore(text, at);
      if (label >= 0) flag(label);
    }
  const out: number[] = [];
  for (let no = flags.indexOf(1); no >= 0; no = flags.indexOf(1, no + 1)) out.push(no);
  return out;
}
