/**
 * Reading single cells of a 签约项目 table: amounts, sequence numbers, group headings
 * (责任单位：X（N项）) and subtotal lines.
 */

const LATIN_CH = /[A-Za-z]/;

/** drop every space except one between two Latin letters (ELSAID AHMED stays apart) */
export function squeeze(s: string): string {
  return s.trim().replace(/\s+/g, (m, off: number, all: string) => (LATIN_CH.test(all[off - 1] ?? '') && LATIN_CH.test(all[off + m.length] ?? '') ? ' ' : ''));
}

/** an amount or 序号 is a short cell; longer text is never one, so it is not even scanned */
const MAX_NUMBER_CELL = 64;

const AMOUNT = /^(约|近|超过)?([-−]?\d+(?:\.\d+)?)(亿元|亿|万元)?$/;

/** a printed amount in 亿元 (factor converts a 万元 column), or null when the cell is not one */
export function parseAmount(text: string, factor = 1): number | null {
  if (text.length > MAX_NUMBER_CELL) return null;
  const t = squeeze(text).replace(/,(?=\d{3}(\D|$))/g, '');
  const m = AMOUNT.exec(t);
  if (!m) return null;
  let v = Number(m[2].replace('−', '-'));
  const unit = m[3];
  if (unit === '万元') v /= 1e4;
  else if (!unit) v *= factor;
  // printed amounts carry at most a few decimals; keep the float noise of /1e4 out
  return Math.round(v * 1e6) / 1e6;
}

/** a cell that is nothing but a number, i.e. one that belongs in the amount column */
export function isNumberCell(text: string): boolean {
  if (text.length > MAX_NUMBER_CELL) return false;
  return /^[-−]?\d+(?:\.\d+)?$/.test(squeeze(text).replace(/,(?=\d{3}(\D|$))/g, ''));
}

/** a sequence number as printed: 12, 12., （12）; null otherwise */
export function parseSeq(text: string): number | null {
  if (text.length > MAX_NUMBER_CELL) return null;
  const m = /^[（(]?(\d{1,5})[）)]?[.、．]?$/.exec(squeeze(text));
  return m ? Number(m[1]) : null;
}

export interface GroupLabel {
  unit: string;
  count: number | null;
  subtotal: number | null;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;
const LABEL = /^(?:责任单位|牵头单位|责任部门|牵头部门|主管单位)[：:]?/;
const BRACKET = /[（(]([^（）()]*)[）)]/g;
const COUNT = /(\d+)个?项/;
const SUBTOTAL_AMOUNT = /(\d+(?:\.\d+)?)(亿元|亿|万元)/;

/**
 * A group heading such as 责任单位：西宁市政府（35项） in any colon or bracket width and
 * with spaces anywhere. It needs the label or a (N项) count; the count bracket may also
 * carry the subtotal (23项，230亿元), and a subtotal may trail the bracket.
 */
export function parseGroupLabel(text: string): GroupLabel | null {
  let t = squeeze(text).replace(NUMBERING, '');
  const label = LABEL.exec(t);
  if (label) t = t.slice(label[0].length);
  let count: number | null = null;
  let subtotal: number | null = null;
  let countAt = -1;
  let countEnd = -1;
  for (const m of t.matchAll(BRACKET)) {
    const c = COUNT.exec(m[1]);
    if (!c) continue;
    count = Number(c[1]);
    countAt = m.index;
    countEnd = m.index + m[0].length;
    const a = SUBTOTAL_AMOUNT.exec(m[1]);
    if (a) subtotal = parseAmount(a[1] + a[2]);
  }
  if (!label && count === null) return null;
  let unit = countAt >= 0 ? t.slice(0, countAt) : t;
  const tail = countAt >= 0 ? t.slice(countEnd) : '';
  const trailing = /^(?:[，,；;：:]|小计|合计|共计)*(\d+(?:\.\d+)?)(亿元|亿|万元)?$/.exec(tail);
  if (trailing) subtotal = parseAmount(trailing[1] + (trailing[2] ?? ''));
  else if (countAt < 0) {
    const end = /(?:[，,；;]|小计|合计|共计)+[：:]?(\d+(?:\.\d+)?)(亿元|亿|万元)?$/.exec(unit);
    if (end) { subtotal = parseAmount(end[1] + (end[2] ?? '')); unit = unit.slice(0, end.index); }
  }
  unit = unit.replace(/^[：:，,\s]+|[：:，,；;\s]+$/g, '');
  if (!unit) return null;
  return { unit, count, subtotal };
}

/** 小计 / 合计 labels of a subtotal or grand-total line */
export function totalLabel(text: string): 'subtotal' | 'total' | null {
  if (text.length > MAX_NUMBER_CELL) return null;
  const t = squeeze(text);
  if (/^(小计|分计)[：:]?$/.test(t)) return 'subtotal';
  if (/^(合计|总计|共计|总合计)[：:]?$/.test(t)) return 'total';
  return null;
}
