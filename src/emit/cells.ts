import type { Column } from './columns.js';

/**
 * The separator of a multi-valued CSV cell: the full-width semicolon. The SPEC's 、 also
 * occurs inside items (`各市、自治州人民政府`), so a cell joined with it cannot be split back;
 * ；(U+FF1B) is what Chinese text itself uses between list items that contain 、, it keeps a
 * row on one line in every spreadsheet (a line break inside a cell is split into rows by
 * Excel's text import wizard), and `str.split('；')` undoes it.
 */
export const LIST_SEPARATOR = '\uff1b';

/**
 * A list as one cell, exactly reversible by `decodeList`: the items joined with `；`, or, in
 * the rare case where that could not be split back (an item holds `；` or is empty, or the
 * joined text would begin with `[`), the list as a JSON array. An empty list is an empty cell.
 */
export function encodeList(items: readonly unknown[]): string {
  const strs = items.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  if (strs.length === 0) return '';
  const joined = strs.join(LIST_SEPARATOR);
  if (joined.startsWith('[') || strs.some((x) => x === '' || x.includes(LIST_SEPARATOR))) return JSON.stringify(strs);
  return joined;
}

/** the list a cell written by `encodeList` holds (after `restoreCell`) */
export function decodeList(cell: string): string[] {
  if (cell === '') return [];
  if (cell.startsWith('[')) return JSON.parse(cell) as string[];
  return cell.split(LIST_SEPARATOR);
}

/** the characters a spreadsheet starts a formula with; tab and CR, which some strip before looking */
const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** a plain number (`-3`, `180.33`) is a value in every spreadsheet, never a formula */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Whether a text starts like a formula, looking past leading apostrophes. The first
 * character is compared after NFKC folding, since spreadsheets (and the people who type
 * into them) treat the full-width and small forms (＝ ﹦ ＋ ﹣ ＠ …) alike.
 */
function startsFormula(s: string): boolean {
  const first = s.replace(/^'+/, '').codePointAt(0);
  return first !== undefined && FORMULA_CHARS.has(String.fromCodePoint(first).normalize('NFKC')[0]);
}

/**
 * A text cell a spreadsheet would run as a formula (CWE-1236) gets a leading apostrophe.
 * Cells that already start with apostrophes before such a character get one more, so that
 * `restoreCell` (drop one leading apostrophe where this added one) gives back every value.
 */
export function neutralizeCell(s: string): string {
  return startsFormula(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** the value `neutralizeCell` was given */
export function restoreCell(s: string): string {
  return s.startsWith("'") && neutralizeCell(s.slice(1)) === s ? s.slice(1) : s;
}

/** the text of one CSV cell: typed values as their plain form, text neutralized */
export function csvCell(col: Column, v: unknown): string {
  if (v === null || v === undefined) return '';
  switch (col.kind) {
    case 'integer':
    case 'number':
    case 'boolean':
      return String(v);
    case 'list':
      return neutralizeCell(encodeList(Array.isArray(v) ? v : [v]));
    default:
      return neutralizeCell(typeof v === 'string' ? v : JSON.stringify(v));
  }
}
