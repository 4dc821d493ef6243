/**
 * A table that only continues the project table before it after a page break: its header
 * came back, perhaps in another spelling, under a running page header or a page number.
 * It is merged into the one before, so a group runs on across the break.
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { Block, TableBlock } from '../../tree/nodes.js';
import { CONTINUED_CAPTION, PAGE_MARK } from '../../lexicon/table-marks.js';
import { isSentenceStopCode } from '../../lexicon/punctuation.js';
import type { ProjectTable } from './model.js';

/** a project table of the tree, with the blocks between it and the project table before it in its document */
export interface ProjectTableBlock {
  block: TableBlock;
  between: Block[];
}

/** the furthest a header may come back below the table it continues, in lines */
const MAX_BREAK = 8;
/** a running page header or page number is a short line */
const MAX_FURNITURE = 20;

export function continues(prev: ProjectTable | undefined, tb: ProjectTableBlock, src: SourceText): boolean {
  const t = tb.block.table;
  if (!prev || prev.docId !== t.docId) return false;
  if (t.title && CONTINUED_CAPTION.test(t.title)) return true;
  if (owesRows(prev, tb.block)) return true;
  if (t.headerLine - prev.lastLine > MAX_BREAK) return false;
  if (t.title && !PAGE_MARK.test(t.title) && t.title !== prev.title) return false;
  for (const b of tb.between) if (!furniture(src, b.position.startLine, b.position.endLine, t.title)) return false;
  // the table's own lines above its header: its caption and an 附件 mark
  return furniture(src, t.firstLine, t.headerLine - 1, t.title);
}

/** the last group still owes rows it declared, and the new table opens with a row, not a heading */
function owesRows(prev: ProjectTable, block: TableBlock): boolean {
  const last = prev.groups[prev.groups.length - 1];
  if (!last || last.declaredCount === null || last.rows.length >= last.declaredCount) return false;
  const first = block.table.rows.find((r) => r.cells.some((c) => c));
  return !!first && first.cells.filter((c) => c).length >= 3;
}

/** lines first..last hold only short lines without a sentence stop (or the table's caption) */
function furniture(src: SourceText, first: number, last: number, title: string | null): boolean {
  for (let n = first; n <= last; n++) {
    const s = src.lines[n - 1].text.trim();
    if (s && (s.length > MAX_FURNITURE || hasSentenceStop(s)) && s !== title) return false;
  }
  return true;
}

function hasSentenceStop(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSentenceStopCode(s.charCodeAt(i))) return true;
  return false;
}
