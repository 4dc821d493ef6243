/**
 * The state of one walk over a table block's rows, passed to the module that reads each
 * construct (headings.ts, totals.ts, continued-row.ts): local to one run, never a module global.
 */
import type { TableRow } from '../../segment/tables.js';
import type { CellKinds } from './cell-kinds.js';
import type { ProjectColumns } from './columns.js';
import type { ListCells } from './lists.js';
import type { ProjectTable } from './model.js';

/** what reading one table's rows keeps from row to row */
export interface RowsState {
  /** the table read into (a table continued after a page break shares the one before) */
  pt: ProjectTable;
  cols: ProjectColumns;
  /** the current row's cells sorted (cell-kinds.ts) */
  k: CellKinds;
  /** the cells of the last project row, which a line continuing it adds to */
  lastCells: string[] | null;
  /** the file's list cells, each spelling split once */
  lists: ListCells;
}

/** a row of the table block, where its lines are */
export type RowAt = Pick<TableRow, 'line' | 'lastLine'>;
