/**
 * Build the document tree once per file. Blocks are cut by structure alone: a table's
 * lines, a bulleted entry, a numbered heading or a field label starts a new block; a
 * line continues the paragraph above it unless that one ended a sentence.
 */
import type { SourceText } from '../normalize/source-text.js';
import type { DocTable } from '../parse/context.js';
import type { DocSegment } from '../segment/documents.js';
import { sectionAt, type Heading, type SectionNode } from '../segment/sections.js';
import { isSentenceEndCode } from '../lexicon/punctuation.js';
import type { Block, DocumentNode, FileTree, LinesBlock } from './nodes.js';
import { TextView, linesPosition, type Position } from './span.js';

/** the marks a bulleted entry starts with (chronicles, lists) */
export const BULLET = /^\s*[●○◆◇■□▲△•◎]\s*/;
/** a short field label opening a line (after its indent): 组长：, 联系人：, 时间： */
const LABEL = /^\s*[^，。；：\s]{1,10}：/;
/** what a bare heading title holds none of */
const BARE_HEADING_BREAKS = /[，。；、,]/;
/** a line list is made of short lines only */
const SHORT = 60;

export function buildTree(
  src: SourceText,
  docs: DocSegment[],
  sectionsByDoc: Map<string, SectionNode[]>,
  tables: DocTable[],
): FileTree {
  // each document's tables, sorted out once: a filter per document was quadratic in a file
  // of thousands of notices (measured: 7.5 s of 22 s on the 50,000-line hardening file)
  const tablesByDoc = new Map<string, DocTable[]>();
  for (const t of tables) {
    const own = tablesByDoc.get(t.docId);
    if (own) own.push(t);
    else tablesByDoc.set(t.docId, [t]);
  }
  const documents = docs.map((d) =>
    documentNode(src, d, sectionsByDoc.get(d.record.id) ?? [], tablesByDoc.get(d.record.id) ?? []),
  );
  const n = src.lines.length;
  return { type: 'file', position: linesPosition(src, 1, n), documents };
}

/** a document's node; `own` are its tables, in line order */
function documentNode(src: SourceText, d: DocSegment, sections: SectionNode[], own: DocTable[]): DocumentNode {
  const body = Math.min(Math.max(d.bodyLine, d.firstLine), d.lastLine);
  // the header reader classified the header's lines: its index block is taken as it found it
  const index = d.indexBlock;
  const headings = headingsByLine(sections);
  return new DocNode(
    linesPosition(src, d.firstLine, d.lastLine),
    d,
    linesPosition(src, d.firstLine, Math.max(d.firstLine, body - 1)),
    index ? linesPosition(src, index.first, index.last) : null,
    sections,
    headings,
    own,
    () => blocksOf(src, body, d.lastLine, own, sections, headings),
  );
}

/**
 * A document whose body is cut into blocks when a parser first reads them: a reader that
 * needs the blocks of one document (the one holding its tables) does not pay for the rest.
 */
class DocNode implements DocumentNode {
  readonly type = 'document';
  private built: Block[] | null = null;
  constructor(
    readonly position: Position,
    readonly segment: DocSegment,
    readonly header: Position,
    readonly indexBlock: Position | null,
    readonly sections: SectionNode[],
    readonly headings: ReadonlyMap<number, Heading>,
    readonly tables: DocTable[],
    private readonly cut: () => Block[],
  ) {}

  get blocks(): Block[] {
    return (this.built ??= this.cut());
  }
}

/** a paragraph or entry whose text view is built when a parser first reads it */
class TextBlock {
  private built: TextView | null = null;
  constructor(
    readonly type: 'paragraph' | 'item',
    readonly position: Position,
    readonly section: SectionNode | null,
    readonly bullet: string,
    private readonly src: SourceText,
    private readonly fromCol: number,
  ) {}

  get view(): TextView {
    return (this.built ??= TextView.ofLines(this.src, this.position.startLine, this.position.endLine, this.fromCol));
  }
}

/**
 * The headings that open lines, by line: the sections were read from every line of the
 * document, so a line is a heading exactly when a section (not one run into a line) starts
 * on it. Asking them, rather than reading each line's marker again, spares up to three
 * heading readings per line.
 */
export function headingsByLine(sections: SectionNode[]): Map<number, Heading> {
  const out = new Map<number, Heading>();
  for (const s of sections) if (s.heading.column === undefined) out.set(s.line, s.heading);
  return out;
}

/** the passage ends a sentence: the next line starts a new paragraph */
const endsSentence = (text: string) => text.length > 0 && isSentenceEndCode(text.charCodeAt(text.length - 1));

/** the blocks of lines first..last, tables given by their line spans */
export function blocksOf(
  src: SourceText,
  first: number,
  last: number,
  tables: DocTable[],
  sections: SectionNode[],
  headings: ReadonlyMap<number, Heading> = headingsByLine(sections),
): Block[] {
  const blocks: Block[] = [];
  const lines = src.lines;
  let t = 0;
  let run: { first: number; last: number; kind: 'paragraph' | 'item' } | null = null;
  const close = () => {
    if (run) blocks.push(textBlock(src, run.first, run.last, run.kind, sectionAt(sections, run.first)));
    run = null;
  };
  for (let no = first; no <= last; no++) {
    while (t < tables.length && tables[t].lastLine < no) t++;
    const table = tables[t];
    if (table && table.firstLine <= no) {
      close();
      const end = Math.min(table.lastLine, last);
      blocks.push({
        type: 'table',
        position: linesPosition(src, no, end),
        section: sectionAt(sections, no),
        table,
      });
      no = end;
      continue;
    }
    const text = lines[no - 1].text;
    if (!text) continue;
    const bullet = BULLET.test(text);
    // an entry runs to the next bullet or heading; a paragraph to the end of its sentence
    const continues =
      run &&
      !bullet &&
      (run.kind === 'item' ? !headings.has(no) : startsNothing(text, no, lines[run.last - 1].text, run.last, headings));
    if (run && continues) run.last = no;
    else {
      close();
      run = { first: no, last: no, kind: bullet ? 'item' : 'paragraph' };
    }
  }
  close();
  return groupLines(src, blocks, headings);
}

/**
 * The line neither starts a block of its own nor follows a finished passage: a sentence,
 * or a bare heading (一、总体要求) with no sentence punctuation at all.
 */
function startsNothing(
  text: string,
  no: number,
  prev: string,
  prevNo: number,
  headings: ReadonlyMap<number, Heading>,
): boolean {
  // the cheap tests first: most lines are settled by the end of the line above them
  if (endsSentence(prev) || headings.has(no) || LABEL.test(text)) return false;
  const h = prev.length <= 40 ? headings.get(prevNo) : undefined;
  return !(h && h.rest.length <= 25 && !BARE_HEADING_BREAKS.test(h.rest));
}

function textBlock(
  src: SourceText,
  first: number,
  last: number,
  kind: 'paragraph' | 'item',
  section: SectionNode | null,
): Block {
  const bullet = kind === 'item' ? BULLET.exec(src.lines[first - 1].text)![0] : '';
  return new TextBlock(kind, linesPosition(src, first, last), section, bullet.trim(), src, bullet.length) as Block;
}

/** a one-line paragraph that is short, not a heading and not a sentence: a member, a phone, a name */
function standsAlone(src: SourceText, b: Block, headings: ReadonlyMap<number, Heading>): boolean {
  const no = b.position.startLine;
  if (b.type !== 'paragraph' || no !== b.position.endLine) return false;
  const text = src.lines[no - 1].text;
  return text.length <= SHORT && !endsSentence(text) && !headings.has(no);
}

/** three or more such lines in a row: a roster, a contact block, a signature */
function groupLines(src: SourceText, blocks: Block[], headings: ReadonlyMap<number, Heading>): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length === 0) return;
    if (run.length >= 3) {
      const lines = run.map((b) => b.position.startLine);
      const list: LinesBlock = {
        type: 'lines',
        position: linesPosition(src, lines[0], lines[lines.length - 1]),
        section: run[0].section,
        lines,
      };
      out.push(list);
    } else out.push(...run);
    run = [];
  };
  for (const b of blocks) {
    if (standsAlone(src, b, headings)) run.push(b);
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}
