/**
 * The structure of 签约项目 tables, read from the document tree: the table blocks the
 * classifier gave this reader (segment/table-kind.ts), their rows sorted into project rows,
 * group headings, sum lines and continuation lines, each read by its own module.
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { Block, FileTree } from '../../tree/nodes.js';
import type { TableRow } from '../../segment/tables.js';
import type { TableClass } from '../../segment/table-kind.js';
import { cellKinds, sortCells } from './cell-kinds.js';
import { projectColumns } from './columns.js';
import { readSecondLine } from './continued-row.js';
import { isTextRow, readTextRow } from './headings.js';
import { ListCells } from './lists.js';
import { groupOf, projectTable, type ProjectTable } from './model.js';
import { continues, type ProjectTableBlock } from './page-break.js';
import { buildRow } from './row.js';
import { rowCells } from './row-cells.js';
import type { RowsState } from './state.js';
import { isSumRow, readSumRow } from './totals.js';

export type { ProjectTable, ProjectGroup, ProjectRow, RowNote, Damage } from './model.js';
export type { ProjectTableBlock } from './page-break.js';

const ownedByProjects = (t: { owner: TableClass }) => t.owner.kind === 'projects';

/** the tree's signed-project tables, in text order, each with the blocks since the one before in its document */
export function projectTableBlocks(tree: FileTree): ProjectTableBlock[] {
  const out: ProjectTableBlock[] = [];
  for (const doc of tree.documents) {
    // only a document holding a project table has its blocks cut for it
    if (!doc.tables.some(ownedByProjects)) continue;
    let between: Block[] = [];
    for (const b of doc.blocks) {
      if (b.type === 'table' && ownedByProjects(b.table)) {
        out.push({ block: b, between });
        between = [];
      } else between.push(b);
    }
  }
  return out;
}

/**
 * Read the signed-project tables of a file. Tables that only continue the previous one
 * after a page break are merged into it (page-break.ts), so a group runs on across them.
 */
export function analyzeProjectTables(tables: ProjectTableBlock[], src: SourceText): ProjectTable[] {
  const out: ProjectTable[] = [];
  const lists = new ListCells();
  for (const tb of tables) {
    const t = tb.block.table;
    const cols = projectColumns(t.headerKey);
    if (!cols) continue;
    const prev = out[out.length - 1];
    let pt: ProjectTable;
    if (continues(prev, tb, src)) {
      pt = prev;
      pt.lastLine = t.lastLine;
    } else {
      pt = projectTable(t);
      out.push(pt);
    }
    readRows(src, t.rows, t.header.length, { pt, cols, k: cellKinds(), lastCells: null, lists });
  }
  return out;
}

/** the table's rows, read into groups of s.pt (which a continued table shares with the one before) */
function readRows(src: SourceText, rows: TableRow[], width: number, s: RowsState): void {
  for (const r of rows) {
    const cells = rowCells(src, r, width);
    sortCells(cells, s.cols, s.k);
    if (!s.k.filled) continue;
    const seqOk = s.k.seq !== null;
    if (isTextRow(s, seqOk) && readTextRow(s, cells, r)) continue;
    if (isSumRow(s, seqOk)) {
      readSumRow(s, cells, r);
      continue;
    }
    if (readSecondLine(s, cells, r)) continue;
    groupOf(s.pt).rows.push(buildRow(cells, s.cols, s.lists, r.line, r.lastLine, s.k));
    // no copy needed: the next row gets a fresh array from rowCells
    s.lastCells = cells;
  }
}
