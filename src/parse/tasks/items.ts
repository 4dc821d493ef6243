/**
 * The numbered items of every document, read from the tree: each section's heading and
 * the lines under it up to the next heading, cut short where the running text gives way
 * to a table (the document's tables in the tree) or an attachment mark (附件：).
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { SectionNode } from '../../segment/sections.js';
import type { DocumentNode } from '../../tree/nodes.js';
import type { ParseContext } from '../context.js';
import { paragraphsOf, type Paragraph } from './paragraphs.js';

/** an item: the heading's words and the lines up to the next heading */
export interface Item {
  node: SectionNode;
  paragraphs: Paragraph[];
  /** last line the item could span (before the next heading or the end of its document) */
  last: number;
}

/** every numbered item of every document, with its paragraphs */
export function itemsOf(ctx: ParseContext): Item[] {
  const items: Item[] = [];
  const marks = new AttachmentMarks(ctx.src);
  for (const doc of ctx.tree.documents) {
    const { sections } = doc;
    const tables = new TableStarts(ctx.src, doc);
    for (let i = 0; i < sections.length; i++) {
      const node = sections[i];
      const next = sections[i + 1];
      const last = next ? next.line - 1 : doc.segment.lastLine;
      const end = Math.min(last, tables.before(node.line), marks.before(node.line, last));
      const paragraphs = paragraphsOf(ctx.src.lines, node.line, end, node.heading.restOffset);
      items.push({ node, paragraphs, last });
    }
  }
  return items;
}

/**
 * Where a table's rows begin, from the document's tables: an item's text ends on
 * the line before the first tab-separated line after its heading. The heading is asked
 * in line order, so one cursor walks the blocks once.
 */
class TableStarts {
  private readonly heads: number[] = [];
  private readonly ends: number[] = [];
  private k = 0;
  constructor(
    private readonly src: SourceText,
    doc: DocumentNode,
  ) {
    for (const t of doc.tables) {
      this.heads.push(t.headerLine);
      this.ends.push(t.lastLine);
    }
  }

  /** the last line before the first table line after `line` (Infinity: none) */
  before(line: number): number {
    const { heads, ends } = this;
    while (this.k < heads.length && ends[this.k] <= line) this.k++;
    if (this.k >= heads.length) return Infinity;
    // a heading inside a table (a group row 一、… of its own): its rows go on after it
    if (heads[this.k] <= line) return this.src.lineWith('\t', line + 1) - 1;
    return heads[this.k] - 1;
  }
}

/** an attachment mark opening a line: 附件：, 附件2 */
const ATTACHMENT_MARK = /^[\s\-•·*]*附\s*件\s*\d*\s*([：:]|$)/;

/** the lines holding an attachment mark, found by one search of the text for 附 and kept while items ask in line order */
class AttachmentMarks {
  /** the next line at or after `from` holding 附 */
  private from = 0;
  private at = 0;
  constructor(private readonly src: SourceText) {}

  /** the last line before the first attachment mark after `line` and up to `last` (Infinity: none) */
  before(line: number, last: number): number {
    for (let no = this.next(line + 1); no <= last; no = this.next(no + 1))
      if (ATTACHMENT_MARK.test(this.src.lines[no - 1].text)) return no - 1;
    return Infinity;
  }

  private next(from: number): number {
    if (from < this.from || from > this.at) this.at = this.src.lineWith('附', from);
    this.from = from;
    return this.at;
  }
}
