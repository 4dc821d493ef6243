/**
 * A line that only continues the project row above it: the rest of one cell beside the
 * first columns, or the second line of a row whose cells ran over two lines (often across
 * a page break). Its text is added to the row's cells and the row is read again.
 */
import { isAsciiAlnumCode } from '../../lexicon/chars.js';
import { textCells } from './cell-kinds.js';
import { FIELD_ZH, type ProjectColumns, type ProjectField } from './columns.js';
import { cleanText } from './lists.js';
import { groupOf } from './model.js';
import { blank, rebuild } from './row.js';
import type { RowAt, RowsState } from './state.js';

/** a cell holding something besides spaces (`/\S/.test`) */
const filledCell = (s: string | undefined) => s !== undefined && !blank(s);

/**
 * No 序号, no number, and text only under cells the row above already filled: the second
 * line of a row whose cells ran over two lines. Joined to that row when it is one.
 */
export function readSecondLine(s: RowsState, cells: string[], r: RowAt): boolean {
  const { cols, k, lastCells } = s;
  const seqCol = cols.col.seq;
  if (seqCol === undefined || filledCell(cells[seqCol]) || k.numbers !== 0 || k.labels !== 0 || !lastCells)
    return false;
  const texts = textCells(cells, cols);
  return texts.every((i) => filledCell(lastCells[i])) && continueRow(s, cells, texts, r);
}

/** two pieces of one cell: Latin words or numbers either side keep a space */
const joinCell = (before: string, add: string) =>
  before
    ? before +
      (isAsciiAlnumCode(before.charCodeAt(before.length - 1)) && isAsciiAlnumCode(add.charCodeAt(0)) ? ' ' : '') +
      add
    : add;

/** append the text cells `texts` of a row to the row above (whose cells are s.lastCells), cell by cell */
export function continueRow(s: RowsState, cells: string[], texts: number[], r: RowAt): boolean {
  const { pt, cols, lastCells } = s;
  const cur = groupOf(pt);
  const last = cur.rows[cur.rows.length - 1];
  if (!last || !lastCells) return false;
  for (const i of texts) lastCells[i] = joinCell(lastCells[i] ?? '', cells[i].trim());
  const row = rebuild(last, lastCells, cols, s.lists);
  row.lastLine = r.lastLine;
  if (!row.damage.includes('continued')) row.damage.push('continued');
  const what = texts.map((i) => `"${cleanText(cells[i])}" (${columnName(cols, i)})`).join(', ');
  row.notes.push({
    code: 'project-row-continued',
    message: `line ${r.line} holds only ${what}; joined to row ${last.seq ?? '?'} above`,
  });
  cur.rows[cur.rows.length - 1] = row;
  return true;
}

function columnName(c: ProjectColumns, i: number): string {
  const f = (Object.keys(c.col) as ProjectField[]).find((k) => c.col[k] === i);
  return f ? FIELD_ZH[f] : `${i + 1}.`;
}
