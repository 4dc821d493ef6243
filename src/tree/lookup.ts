/**
 * Lookups on a document node: the blocks of a line range (a section's body), the section a
 * heading opens on a line, and the lines of a block as the tree reads them. Blocks and
 * sections are in line order, so each lookup is a binary search, never a walk of the text.
 */
import type { SourceText } from '../normalize/source-text.js';
import type { SectionNode } from '../segment/sections.js';
import type { Block, DocumentNode } from './nodes.js';
import { linesPosition, type Position } from './span.js';

/** index of the first block that starts at or after `line` (blocks.length when none does) */
export function blockIndexAt(blocks: readonly Block[], line: number): number {
  let lo = 0,
    hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].position.startLine < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** the blocks that start within lines first..last (a section's body: its heading line to its end) */
export function blocksWithin(blocks: readonly Block[], first: number, last: number): Block[] {
  return blocks.slice(blockIndexAt(blocks, first), blockIndexAt(blocks, last + 1));
}

/** the section whose heading opens line `line` at its start (not one run into the line), or null */
export function sectionOpenedAt(sections: readonly SectionNode[], line: number): SectionNode | null {
  let lo = 0,
    hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sections.length && sections[i].line === line; i++)
    if (sections[i].heading.column === undefined) return sections[i];
  return null;
}

/** one line of a block: its text (trimmed, after a bullet) and the normalized offset where that text starts */
export interface BlockLine {
  text: string;
  start: number;
}

/**
 * The lines of a block as the tree reads them: a paragraph's or entry's wrapped lines (the
 * pieces of its text view), a line list's lines. A table's lines are its rows, read by
 * the table readers, and give none here.
 */
export function blockLines(src: SourceText, b: Block): BlockLine[] {
  if (b.type === 'table') return [];
  if (b.type === 'lines') {
    return b.lines.map((no) => {
      const line = src.lines[no - 1];
      return { text: line.text, start: line.start };
    });
  }
  const v = b.view;
  return v.bases.map((start, k) => ({ text: v.piece(k), start }));
}

/** where a section lies: its heading line to its last line */
export function sectionPosition(src: SourceText, s: SectionNode): Position {
  return linesPosition(src, s.line, s.endLine);
}

/** index of the last block that starts at or before normalized offset `at`, searching from `lo` (-1 when none) */
function blockAtOffset(blocks: readonly Block[], at: number, lo: number): number {
  let hi = blocks.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].position.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The indices (ascending) of a document's blocks whose text holds `word` (a word without a
 * line break): the normalized text is searched for the word and each hit placed in its
 * block, so a reader that needs the word looks at those blocks only. A document that does
 * not hold the word is not cut into blocks at all.
 */
export function blocksHolding(src: SourceText, doc: DocumentNode, word: string): number[] {
  const out: number[] = [];
  const text = src.text;
  const last = doc.position.end;
  let p = text.indexOf(word, doc.position.start);
  if (p < 0 || p >= last) return out;
  const blocks = doc.blocks;
  let k = 0;
  while (p >= 0 && p < last) {
    const i = blockAtOffset(blocks, p, k);
    const b = blocks[i];
    if (b && p + word.length <= b.position.end) {
      out.push(i);
      k = i + 1;
      p = text.indexOf(word, b.position.end);
    } else p = text.indexOf(word, p + 1);
  }
  return out;
}
