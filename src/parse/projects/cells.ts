/**
 * Reading single cells of a 签约项目 table: amounts, sequence numbers, group headings
 * (责任单位：X（N项）) and subtotal lines. The words and the character pre-filters are the
 * vocabulary's (lexicon/amounts.ts, lexicon/table-marks.ts).
 */
import {
  AMOUNT_CELL,
  AMOUNT_WITH_UNIT,
  GROUP_SUM_AFTER,
  GROUP_SUM_AT_END,
  IS_SUBTOTAL_LABEL,
  ITEM_COUNT,
  SUBTOTAL_LABEL_CELL,
  TOTAL_LABEL_CELL,
  TOTAL_OPENING,
  amountChars,
  mayBeTotalLabel,
  mayStartAmount,
  mayStartNumber,
  mayStartSeq,
  numberChars,
  seqChars,
  unitDivisor,
} from '../../lexicon/amounts.js';
import { isDigitCode } from '../../lexicon/chars.js';
import { GROUP_LABEL, GROUP_NUMBERING } from '../../lexicon/table-marks.js';
import { squeeze } from '../../text/squeeze.js';

/** 1,668.86 → 1668.86 */
const dropThousands = (t: string) => (t.includes(',') ? t.replace(/,(?=\d{3}(\D|$))/g, '') : t);

/** a printed amount in 亿元 (factor converts a 万元 column), or null when the cell is not one */
export function parseAmount(text: string, factor = 1): number | null {
  if (!mayStartAmount(text)) return null;
  // digits with at most one decimal point between digits (2.50), the usual amount, need no pattern
  if (isDecimal(text)) return scaled(Number(text), factor);
  if (!amountChars(text)) return null;
  const m = AMOUNT_CELL.exec(dropThousands(squeeze(text)));
  if (!m) return null;
  const v = Number(m[2].replace('−', '-'));
  const unit = m[3];
  return unit ? scaled(v / unitDivisor(unit), 1) : scaled(v, factor);
}

/** digits with at most one decimal point, between digits (12, 2.50): the usual number cell */
function isDecimal(text: string): boolean {
  let i = 0;
  let dot = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0) dot = i;
    else if (!isDigitCode(c)) break;
  }
  return i === text.length && i > 0 && dot !== i - 1;
}

/** v × factor, rounded: printed amounts carry at most a few decimals; keep the float noise of /1e4 out */
const scaled = (v: number, factor: number) => Math.round(v * factor * 1e6) / 1e6;

/** a cell that is nothing but a number, i.e. one that belongs in the amount column */
export function isNumberCell(text: string): boolean {
  if (!mayStartNumber(text)) return false;
  // digits alone (a 序号, a whole amount) or a decimal, the usual number cells, need no pattern
  if (isDecimal(text)) return true;
  if (!numberChars(text)) return false;
  return /^[-−]?\d+(?:\.\d+)?$/.test(dropThousands(squeeze(text)));
}

/** a sequence number as printed: 12, 12., （12）; null otherwise */
export function parseSeq(text: string): number | null {
  if (!mayStartSeq(text)) return null;
  // digits alone, the usual 序号, need no pattern (the pattern takes one to five of them)
  let i = 0;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  if (i > 0 && i === text.length) return i <= 5 ? Number(text) : null;
  const m = seqChars(text) ? /^[（(]?(\d{1,5})[）)]?[.、．]?$/.exec(squeeze(text)) : null;
  return m ? Number(m[1]) : null;
}

/** an amount read from a number and the unit printed after it (none: 亿元) */
const amountOf = (num: string, unit: string | undefined) => parseAmount(num + (unit ?? ''));

export interface GroupLabel {
  unit: string;
  count: number | null;
  subtotal: number | null;
}

const BRACKET = /[（(]([^（）()]*)[）)]/g;

/**
 * A group heading such as 责任单位：西宁市政府（35项） in any colon or bracket width and
 * with spaces anywhere. It needs the label or a (N项) count; the count bracket may also
 * carry the subtotal (23项，230亿元), and a subtotal may trail the bracket.
 */
export function parseGroupLabel(text: string): GroupLabel | null {
  let t = squeeze(text).replace(GROUP_NUMBERING, '');
  const label = GROUP_LABEL.exec(t);
  if (label) t = t.slice(label[0].length);
  let count: number | null = null;
  let subtotal: number | null = null;
  let countAt = -1;
  let countEnd = -1;
  for (const m of t.matchAll(BRACKET)) {
    const c = ITEM_COUNT.exec(m[1]);
    if (!c) continue;
    count = Number(c[1]);
    countAt = m.index;
    countEnd = m.index + m[0].length;
    const a = AMOUNT_WITH_UNIT.exec(m[1]);
    if (a) subtotal = amountOf(a[1], a[2]);
  }
  if (!label && count === null) return null;
  let unit = countAt >= 0 ? t.slice(0, countAt) : t;
  const tail = countAt >= 0 ? t.slice(countEnd) : '';
  const trailing = GROUP_SUM_AFTER.exec(tail);
  if (trailing) subtotal = amountOf(trailing[1], trailing[2]);
  else if (countAt < 0) {
    const end = GROUP_SUM_AT_END.exec(unit);
    if (end) {
      subtotal = amountOf(end[1], end[2]);
      unit = unit.slice(0, end.index);
    }
  }
  unit = unit.replace(/^[：:，,\s]+|[：:，,；;\s]+$/g, '');
  if (!unit) return null;
  return { unit, count, subtotal };
}

/** 小计 / 合计 labels of a subtotal or grand-total line */
export function totalLabel(text: string): 'subtotal' | 'total' | null {
  if (!mayBeTotalLabel(text)) return null;
  const t = squeeze(text);
  if (SUBTOTAL_LABEL_CELL.test(t)) return 'subtotal';
  if (TOTAL_LABEL_CELL.test(t)) return 'total';
  return null;
}

/** a total written in one cell: 合计：346项，1668.86亿元 */
export interface TotalInText {
  kind: 'total' | 'subtotal';
  amount: number | null;
  count: number | null;
}

/** 合计：346项，1668.86亿元 written in one cell; null for a cell that does not open with a total label */
export function totalInText(text: string): TotalInText | null {
  const t = squeeze(text);
  const m = TOTAL_OPENING.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const count = ITEM_COUNT.exec(rest);
  const amount = AMOUNT_WITH_UNIT.exec(rest) ?? /^(\d+(?:\.\d+)?)$/.exec(rest);
  return {
    kind: IS_SUBTOTAL_LABEL.test(m[1]) ? 'subtotal' : 'total',
    amount: amount ? amountOf(amount[1], amount[2]) : null,
    count: count ? Number(count[1]) : null,
  };
}
