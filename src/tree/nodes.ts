/**
 * The document tree of one file, read once: file → documents (header, index block) →
 * sections by numbering level → blocks. Every node has a Position; every text a parser
 * reads from a block is a TextView, whose offsets lead back to the original.
 */
import type { DocTable } from '../parse/context.js';
import type { DocSegment } from '../segment/documents.js';
import type { Heading, SectionNode } from '../segment/sections.js';
import type { Position, TextView } from './span.js';

/** lines joined into one passage: wrapped lines and page breaks inside a sentence */
export interface ParagraphBlock {
  type: 'paragraph';
  position: Position;
  /** the innermost numbered section the paragraph starts in */
  section: SectionNode | null;
  /** the paragraph's text, wrapped lines joined; built on first use */
  readonly view: TextView;
}

/** a bulleted entry (● ◆ ■ …): the bullet line and the lines after it up to the next entry */
export interface ItemBlock {
  type: 'item';
  position: Position;
  section: SectionNode | null;
  /** the bullet as printed */
  bullet: string;
  /** the entry's text after its bullet, lines joined; built on first use */
  readonly view: TextView;
}

/** a tab-separated table (rows and cells as the table finder read them) */
export interface TableBlock {
  type: 'table';
  position: Position;
  section: SectionNode | null;
  table: DocTable;
}

/** short lines that stand each on its own: a roster, a contact block, a signature */
export interface LinesBlock {
  type: 'lines';
  position: Position;
  section: SectionNode | null;
  /** 1-based numbers of its non-blank lines */
  lines: number[];
}

export type Block = ParagraphBlock | ItemBlock | TableBlock | LinesBlock;

export interface DocumentNode {
  type: 'document';
  position: Position;
  segment: DocSegment;
  /** issuer mark, title, number, index block, addressee line: the lines above the body */
  header: Position;
  /** a web page's index block (索引号：… 发文字号：…), or null */
  indexBlock: Position | null;
  /** the numbered sections, in line order; each knows its parent and path */
  sections: SectionNode[];
  /**
   * the heading that opens a line, by line number (headings run into a line are only in
   * `sections`): what parseHeading would read there, without reading the line again
   */
  headings: ReadonlyMap<number, Heading>;
  /** the document's tables in line order (each also a TableBlock among `blocks`), with their owners */
  tables: DocTable[];
  /** the body's blocks in line order; cut on first use */
  readonly blocks: Block[];
}

export interface FileTree {
  type: 'file';
  position: Position;
  documents: DocumentNode[];
}
