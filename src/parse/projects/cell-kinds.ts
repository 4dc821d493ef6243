/**
 * How the filled cells of one row sort into labels (小计, 合计), numbers and text: what
 * tells a project row from a group heading, a subtotal line or the rest of a row above.
 */
import type { ProjectColumns } from './columns.js';
import { isNumberCell, parseAmount, parseSeq, totalLabel } from './cells.js';
import { fitsBits, setBit, sharesBit } from '../../text/bitset.js';

/**
 * Counts and first indices, not index lists: every row of every table is sorted so, and
 * only the rare continuation rows need the text cells listed (textCells).
 */
export interface CellKinds {
  filled: number;
  firstFilled: number;
  labels: number;
  firstLabel: number;
  numbers: number;
  firstNumber: number;
  /** the investment column holds a number */
  amountIsNumber: boolean;
  texts: number;
  firstText: number;
  /** the 序号 cell read (parseSeq), null when it is empty or no number */
  seq: number | null;
  /** the investment cell read (parseAmount), null when it is empty or no amount */
  amount: number | null;
  /** the number cells, as a bit set (text/bitset.ts): cells past MAX_BITS are left out */
  numberMask: number;
}

/** a sorting to fill in, one per table: sortCells reuses it for every row */
export const cellKinds = (): CellKinds => ({
  filled: 0,
  firstFilled: -1,
  labels: 0,
  firstLabel: -1,
  numbers: 0,
  firstNumber: -1,
  amountIsNumber: false,
  texts: 0,
  firstText: -1,
  seq: null,
  amount: null,
  numberMask: 0,
});

/** a number cell: a bare number, or an amount in the investment column */
const isNumberAt = (x: string, i: number, cols: ProjectColumns) =>
  isNumberCell(x) || (i === cols.col.investment && parseAmount(x, cols.amountFactor) !== null);

/**
 * Sort the cells of a row into k, and read its 序号 and amount cells once: the row's reading
 * (row.ts) and its alignment check (align.ts) take them from here rather than read them again.
 */
export function sortCells(cells: string[], cols: ProjectColumns, k: CellKinds): void {
  k.filled = k.labels = k.numbers = k.texts = k.numberMask = 0;
  k.firstFilled = k.firstLabel = k.firstNumber = k.firstText = -1;
  k.amountIsNumber = false;
  k.amount = null;
  const inv = cols.col.investment;
  const seqCol = cols.col.seq;
  k.seq = seqCol === undefined ? null : parseSeq(cells[seqCol] ?? '');
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (!x) continue; // cells come trimmed: an empty one is a blank one
    if (k.filled++ === 0) k.firstFilled = i;
    const label = totalLabel(x) !== null;
    if (label && k.labels++ === 0) k.firstLabel = i;
    // a bare number always reads as an amount, so the amount cell needs only the amount reading
    const number = i === inv ? (k.amount = parseAmount(x, cols.amountFactor)) !== null : isNumberCell(x);
    if (number) {
      if (k.numbers++ === 0) k.firstNumber = i;
      if (i === inv) k.amountIsNumber = true;
      if (fitsBits(i)) k.numberMask = setBit(k.numberMask, i);
    }
    if (!label && !number && k.texts++ === 0) k.firstText = i;
  }
}

/**
 * Does the row sorted into k read as printed, without realigning (align.ts `plausible`, not
 * strict)? The 序号 and amount cells hold what their columns take, and no text column holds
 * a bare number unless the amount cell is filled. Null when the mask cannot say (a column past the bit set's MAX_BITS).
 */
export function readsAsPrinted(cells: string[], cols: ProjectColumns, k: CellKinds): boolean | null {
  if (cols.textualMask < 0) return null;
  const col = cols.col;
  if (col.seq !== undefined && k.seq === null && cells[col.seq]) return false;
  const amountFilled = col.investment !== undefined && !!cells[col.investment];
  if (amountFilled && k.amount === null) return false;
  return amountFilled || !sharesBit(k.numberMask, cols.textualMask);
}

/** the indices of the text cells (neither a label nor a number) of a row */
export function textCells(cells: string[], cols: ProjectColumns): number[] {
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (!x || totalLabel(x) !== null || isNumberAt(x, i, cols)) continue;
    out.push(i);
  }
  return out;
}

/** the row's amount: the investment column's number, else its only number */
export function amountOf(cells: string[], cols: ProjectColumns, k: CellKinds): number | null {
  const i = k.amountIsNumber ? cols.col.investment! : k.numbers === 1 ? k.firstNumber : -1;
  return i >= 0 ? parseAmount(cells[i], cols.amountFactor) : null;
}
