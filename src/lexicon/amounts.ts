/**
 * Money, counts and totals as tables and notices print them: the units an amount is printed
 * in (亿元, 万元), the words that hedge it (约, 超过), the labels of a subtotal or total line
 * (小计, 合计) and a count of items (35项). The patterns and the first-character pre-filters
 * of the cell readers are built from these lists here, never kept in step by hand.
 */
import { SPACE_CHARS, alternatives, charTable } from './chars.js';

/** the units an amount of money is printed in, each with how many of it make one 亿元 */
export const AMOUNT_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['亿元', 1],
  ['亿', 1],
  ['万元', 1e4],
];

/** words that hedge a printed amount (约 5亿元, 超过 10亿元) */
export const AMOUNT_HEDGES = ['约', '近', '超过'];

/** labels of a line that totals a whole table */
export const TOTAL_LABELS = ['合计', '总计', '共计', '总合计'];
/** labels of a line that totals one group of rows */
export const SUBTOTAL_LABELS = ['小计', '分计'];
/** the words that may stand between a group's name and its sum (西宁市 小计 35.2) */
export const GROUP_SUM_WORDS = ['小计', '合计', '共计'];

/** how many of an amount unit make one 亿元, for a unit as printed or a header cell naming one (总投资额(万元)) */
export function unitDivisor(text: string): number {
  for (const [unit, divisor] of AMOUNT_UNITS) if (divisor !== 1 && text.includes(unit)) return divisor;
  return 1;
}

const units = alternatives(AMOUNT_UNITS.map(([u]) => u));
const hedges = alternatives(AMOUNT_HEDGES);
const totals = alternatives([...TOTAL_LABELS, ...SUBTOTAL_LABELS]);
const groupSums = alternatives(GROUP_SUM_WORDS);
const NUMBER = '\\d+(?:\\.\\d+)?';

/** a whole cell that is an amount: hedge, signed number, unit (groups: hedge, number, unit) */
export const AMOUNT_CELL = new RegExp(`^(${hedges})?([-−]?${NUMBER})(${units})?$`);
/** an amount with its unit inside a passage (groups: number, unit) */
export const AMOUNT_WITH_UNIT = new RegExp(`(${NUMBER})(${units})`);
/** a count of items: 35项, 35个项 (group: the count) */
export const ITEM_COUNT = /(\d+)个?项/;
/** a total or subtotal label opening a cell, with the mark after it (group: the label) */
export const TOTAL_OPENING = new RegExp(`^(${totals})[：:，,]?`);
/** a subtotal label among the total labels */
export const IS_SUBTOTAL_LABEL = new RegExp(alternatives(SUBTOTAL_LABELS));
/** a cell that is a subtotal label and nothing else */
export const SUBTOTAL_LABEL_CELL = new RegExp(`^(?:${alternatives(SUBTOTAL_LABELS)})[：:]?$`);
/** a cell that is a total label and nothing else */
export const TOTAL_LABEL_CELL = new RegExp(`^(?:${alternatives(TOTAL_LABELS)})[：:]?$`);
/** what may follow a group's count bracket: its sum, with a mark or a sum word before it (groups: number, unit) */
export const GROUP_SUM_AFTER = new RegExp(`^(?:[，,；;：:]|${groupSums})*(${NUMBER})(${units})?$`);
/** a sum at the end of a group's name, after a mark or a sum word (groups: number, unit) */
export const GROUP_SUM_AT_END = new RegExp(`(?:[，,；;]|${groupSums})+[：:]?(${NUMBER})(${units})?$`);

/** the distinct characters of some words */
const charsOf = (words: readonly string[]) => [...new Set(words.join(''))].join('');
const hedgeAndUnitChars = charsOf([...AMOUNT_HEDGES, ...AMOUNT_UNITS.map(([u]) => u)]);
const totalChars = charsOf([...TOTAL_LABELS, ...SUBTOTAL_LABELS]);

/**
 * The only characters a cell each reader accepts may hold (spaces are squeezed out, commas
 * dropped): a cheap reject for the text cells that make up most of a row.
 */
const AMOUNT_CHARS = new RegExp(`^[\\s\\d.,\\-−${hedgeAndUnitChars}]*$`);
const NUMBER_CHARS = /^[\s\d.,\-−]*$/;
const SEQ_CHARS = /^[\s\d（()）.、．]*$/;
const TOTAL_CHARS = new RegExp(`^[\\s${totalChars}：:]*$`);

/** an amount or 序号 is a short cell; longer text is never one, so it is not even scanned */
const MAX_NUMBER_CELL = 64;

/**
 * Which readers a cell's first character can start: one table per reader, built from the
 * character sets above (a space may lead any of them: it is squeezed out).
 */
const DIGITS = '0123456789';
const FIRST_NUMBER = charTable(`${DIGITS}.,-\u2212${SPACE_CHARS}`);
const FIRST_AMOUNT = charTable(`${DIGITS}.,-\u2212${hedgeAndUnitChars}${SPACE_CHARS}`);
const FIRST_SEQ = charTable(`${DIGITS}.（()）、．${SPACE_CHARS}`);
const FIRST_TOTAL = charTable(`${totalChars}：:${SPACE_CHARS}`);

/** a cell that may be a subtotal or total label (short, of label characters only) */
export const mayBeTotalLabel = (text: string) =>
  text.length <= MAX_NUMBER_CELL && FIRST_TOTAL[text.charCodeAt(0)] === 1 && TOTAL_CHARS.test(text);

/** the length and first-character tests: a cell that fails them is not that kind of number */
export const mayStartAmount = (text: string) =>
  text.length <= MAX_NUMBER_CELL && FIRST_AMOUNT[text.charCodeAt(0)] === 1;
export const mayStartNumber = (text: string) =>
  text.length <= MAX_NUMBER_CELL && FIRST_NUMBER[text.charCodeAt(0)] === 1;
export const mayStartSeq = (text: string) => text.length <= MAX_NUMBER_CELL && FIRST_SEQ[text.charCodeAt(0)] === 1;

/** the character tests alone, once the first character has passed */
export const amountChars = (text: string) => AMOUNT_CHARS.test(text);
export const numberChars = (text: string) => NUMBER_CHARS.test(text);
export const seqChars = (text: string) => SEQ_CHARS.test(text);
