/**
 * Reading single cells of a 签约项目 table: amounts, sequence numbers, group headings
 * (责任单位：X（N项）) and subtotal lines.
 */

import { rewriteSpaceRuns } from '../../text/lists.js';

const HAS_SPACE = /\s/;

const isLatinCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** drop every space except one between two Latin letters (ELSAID AHMED stays apart) */
export function squeeze(s: string): string {
  // most cells hold no space: the regex answers that without a call per character
  if (!HAS_SPACE.test(s)) return s;
  // trimmed, a run of spaces always has a character on both sides
  return rewriteSpaceRuns(s.trim(), (a, b) => (isLatinCode(a) && isLatinCode(b) ? ' ' : ''));
}

/** an amount or 序号 is a short cell; longer text is never one, so it is not even scanned */
const MAX_NUMBER_CELL = 64;

/**
 * The only characters a cell that can pass each reader may hold (spaces are squeezed
 * out, commas dropped): a cheap reject for the text cells that make up most of a row.
 */
const AMOUNT_CHARS = /^[\s\d.,\-−约近超过亿元万]*$/;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * Which readers a cell's first character can start: bit flags by code unit, so the
 * test every cell of every row takes (three times) is one lookup, not a call per reader.
 * A space may lead any of them (it is squeezed out).
 */
const FIRST_NUMBER = 1;
const FIRST_AMOUNT = 2;
const FIRST_SEQ = 4;
const FIRST_TOTAL = 8;
const FIRST = new Uint8Array(0x10000);
const mark = (chars: string, bits: number) => {
  for (let i = 0; i < chars.length; i++) FIRST[chars.charCodeAt(i)] |= bits;
};
mark('0123456789', FIRST_NUMBER | FIRST_AMOUNT | FIRST_SEQ);
mark('.', FIRST_NUMBER | FIRST_AMOUNT | FIRST_SEQ);
mark(',-\u2212', FIRST_NUMBER | FIRST_AMOUNT);
mark('约近超过亿元万', FIRST_AMOUNT);
mark('（()）、．', FIRST_SEQ);
mark('小分合总共计：:', FIRST_TOTAL);
// the code units isSpaceCode (`\s`) accepts
mark(
  '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  FIRST_NUMBER | FIRST_AMOUNT | FIRST_SEQ | FIRST_TOTAL,
);
for (let c = 0x2000; c <= 0x200a; c++) FIRST[c] |= FIRST_NUMBER | FIRST_AMOUNT | FIRST_SEQ | FIRST_TOTAL;

/** the first character already lies outside a reader's characters (the same sets as the *_CHARS patterns) */
function firstOutside(text: string, reader: number): boolean {
  return (FIRST[text.charCodeAt(0)] & reader) === 0;
}
const NUMBER_CHARS = /^[\s\d.,\-−]*$/;
const SEQ_CHARS = /^[\s\d（()）.、．]*$/;

/** 1,668.86 → 1668.86 */
const dropThousands = (t: string) => (t.includes(',') ? t.replace(/,(?=\d{3}(\D|$))/g, '') : t);

const AMOUNT = /^(约|近|超过)?([-−]?\d+(?:\.\d+)?)(亿元|亿|万元)?$/;

/** a printed amount in 亿元 (factor converts a 万元 column), or null when the cell is not one */
export function parseAmount(text: string, factor = 1): number | null {
  if (text.length > MAX_NUMBER_CELL || firstOutside(text, FIRST_AMOUNT)) return null;
  // a row's amount cell is read several times over (sorting the cells, aligning, the record)
  if (text === lastAmount.text && factor === lastAmount.factor) return lastAmount.value;
  const value = readAmount(text, factor);
  lastAmount = { text, factor, value };
  return value;
}

let lastAmount: { text: string; factor: number; value: number | null } = { text: '', factor: 1, value: null };

function readAmount(text: string, factor: number): number | null {
  // digits with at most one decimal point between digits (2.50), the usual amount, need no pattern
  let i = 0;
  let dot = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0) dot = i;
    else if (!isDigitCode(c)) break;
  }
  if (i === text.length && i > 0 && dot !== i - 1) return scaled(Number(text), factor);
  if (!AMOUNT_CHARS.test(text)) return null;
  const t = dropThousands(squeeze(text));
  const m = AMOUNT.exec(t);
  if (!m) return null;
  const v = Number(m[2].replace('−', '-'));
  const unit = m[3];
  return unit === '万元' ? scaled(v / 1e4, 1) : scaled(v, unit ? 1 : factor);
}

/** v × factor, rounded: printed amounts carry at most a few decimals; keep the float noise of /1e4 out */
const scaled = (v: number, factor: number) => Math.round(v * factor * 1e6) / 1e6;

/** a cell that is nothing but a number, i.e. one that belongs in the amount column */
export function isNumberCell(text: string): boolean {
  if (text.length > MAX_NUMBER_CELL || firstOutside(text, FIRST_NUMBER)) return false;
  // digits alone (a 序号, a whole amount), the usual number cell, need no pattern
  let i = 0;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  if (!NUMBER_CHARS.test(text)) return false;
  return /^[-−]?\d+(?:\.\d+)?$/.test(dropThousands(squeeze(text)));
}

/** a sequence number as printed: 12, 12., （12）; null otherwise */
export function parseSeq(text: string): number | null {
  if (text.length > MAX_NUMBER_CELL || firstOutside(text, FIRST_SEQ)) return null;
  // the 序号 cell of a row is read several times over, like the amount
  if (text === lastSeq.text) return lastSeq.value;
  // digits alone, the usual 序号, need no pattern (the pattern takes one to five of them)
  let i = 0;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  if (i > 0 && i === text.length) {
    lastSeq = { text, value: i <= 5 ? Number(text) : null };
    return lastSeq.value;
  }
  const m = SEQ_CHARS.test(text) ? /^[（(]?(\d{1,5})[）)]?[.、．]?$/.exec(squeeze(text)) : null;
  lastSeq = { text, value: m ? Number(m[1]) : null };
  return lastSeq.value;
}

let lastSeq: { text: string; value: number | null } = { text: '', value: null };

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
    if (end) {
      subtotal = parseAmount(end[1] + (end[2] ?? ''));
      unit = unit.slice(0, end.index);
    }
  }
  unit = unit.replace(/^[：:，,\s]+|[：:，,；;\s]+$/g, '');
  if (!unit) return null;
  return { unit, count, subtotal };
}

const TOTAL_CHARS = /^[\s小分合总共计：:]*$/;

/** 小计 / 合计 labels of a subtotal or grand-total line */
export function totalLabel(text: string): 'subtotal' | 'total' | null {
  if (text.length > MAX_NUMBER_CELL || firstOutside(text, FIRST_TOTAL) || !TOTAL_CHARS.test(text)) return null;
  const t = squeeze(text);
  if (/^(小计|分计)[：:]?$/.test(t)) return 'subtotal';
  if (/^(合计|总计|共计|总合计)[：:]?$/.test(t)) return 'total';
  return null;
}
