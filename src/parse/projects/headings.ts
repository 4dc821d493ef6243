/**
 * A row with one text cell and no 序号: a group heading (责任单位：西宁市政府（35项）, or a
 * unit's name in the first column), a sum written in words (合计：346项), a page number
 * caught inside the table, a note under it (注：…), or the rest of a cell of the row above.
 */
import { NOTE_ROW, PAGE_MARK, PAGE_MARK_SIGN } from '../../lexicon/table-marks.js';
import { squeeze } from '../../text/squeeze.js';
import { amountOf } from './cell-kinds.js';
import { parseGroupLabel, totalInText, type GroupLabel } from './cells.js';
import { continueRow } from './continued-row.js';
import { cleanText } from './lists.js';
import { groupOf } from './model.js';
import type { RowAt, RowsState } from './state.js';
import { declareSumInText } from './totals.js';

/** one text cell, no 序号, no label, at most one number: a row readTextRow may place */
export const isTextRow = (s: RowsState, seqOk: boolean) =>
  s.k.texts === 1 && !seqOk && s.k.labels === 0 && s.k.numbers <= 1;

/** read a text row (isTextRow); false when it is none of these, and so a project row */
export function readTextRow(s: RowsState, cells: string[], r: RowAt): boolean {
  const { pt, cols, k } = s;
  const text = cells[k.firstText];
  const folded = squeeze(text);
  const sum = totalInText(text);
  if (sum) {
    declareSumInText(s, sum, cells, r);
    return true;
  }
  const g = parseGroupLabel(text);
  // text in the 序号 column spans the row as a heading; text in a later column continues the row above
  const firstCol = k.firstText === k.firstFilled && (k.firstText <= (cols.col.seq ?? 0) || !groupOf(pt).rows.length);
  if (g || (firstCol && !NOTE_ROW.test(folded) && k.numbers === 0)) {
    openGroup(s, g, text, cells, r);
    return true;
  }
  if (PAGE_MARK_SIGN.test(folded) && PAGE_MARK.test(folded)) return true; // a page number caught inside the table
  if (NOTE_ROW.test(folded)) {
    pt.notes.push({ code: 'project-table-note', message: `note under the table: ${cleanText(text)}`, line: r.line });
    return true;
  }
  // one text cell beside the first columns: the rest of the previous row's cell
  return !firstCol && k.numbers === 0 && continueRow(s, cells, [k.firstText], r);
}

/** a new group under its heading; an empty group without a heading (opened by nothing) is dropped */
function openGroup(s: RowsState, g: GroupLabel | null, text: string, cells: string[], r: RowAt): void {
  const { pt } = s;
  const unit = g ? g.unit : cleanText(text);
  const subtotal = g?.subtotal ?? amountOf(cells, s.cols, s.k);
  const cur = groupOf(pt);
  if (cur.line === null && cur.rows.length === 0) pt.groups.pop();
  pt.groups.push({
    unit,
    line: r.line,
    declaredCount: g?.count ?? null,
    declaredSubtotal: subtotal,
    subtotalLine: subtotal !== null ? r.line : null,
    rows: [],
  });
  s.lastCells = null;
}
