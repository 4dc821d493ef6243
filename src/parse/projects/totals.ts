/**
 * What a table declares about its sums: a subtotal line under a group (小计 35.2, or a lone
 * number under the amount column), the 合计 line under the table, and either written in
 * one cell (合计：346项，1668.86亿元). They become facts the checks compare with the rows.
 */
import { amountOf } from './cell-kinds.js';
import { totalLabel, type TotalInText } from './cells.js';
import { groupOf } from './model.js';
import type { RowAt, RowsState } from './state.js';

/** differences below this are the same printed amount (0.01 亿元 printing) */
const SAME_AMOUNT = 0.005;

/** a subtotal or total written in one cell: the amount in it, else the row's own amount */
export function declareSumInText(s: RowsState, sum: TotalInText, cells: string[], r: RowAt): void {
  const { pt } = s;
  const v = sum.amount ?? amountOf(cells, s.cols, s.k);
  if (sum.kind === 'total') {
    pt.declaredTotal = v;
    pt.declaredTotalCount = sum.count;
    pt.totalLine = r.line;
  } else {
    groupOf(pt).declaredSubtotal = v;
    groupOf(pt).subtotalLine = r.line;
  }
}

/** numbers only, perhaps with a 小计 / 合计 label (or a lone number without a 序号): a sum line */
export const isSumRow = (s: RowsState, seqOk: boolean) =>
  s.k.texts === 0 && s.k.numbers >= 1 && (s.k.labels > 0 || (!seqOk && s.k.numbers === 1));

/** a subtotal or total line (isSumRow); a group that declares a second, different subtotal is noted */
export function readSumRow(s: RowsState, cells: string[], r: RowAt): void {
  const { pt, k } = s;
  const kind = k.labels ? totalLabel(cells[k.firstLabel]) : 'subtotal';
  const v = amountOf(cells, s.cols, k);
  if (kind === 'total') {
    pt.declaredTotal = v;
    pt.totalLine = r.line;
    return;
  }
  const cur = groupOf(pt);
  if (cur.declaredSubtotal !== null && v !== null && Math.abs(cur.declaredSubtotal - v) > SAME_AMOUNT) {
    pt.notes.push({
      code: 'project-subtotal-twice',
      message: `group ${cur.unit ?? '(none)'} declares two subtotals: ${cur.declaredSubtotal} and ${v}; the later one is checked`,
      line: r.line,
    });
  }
  cur.declaredSubtotal = v;
  cur.subtotalLine = r.line;
}
