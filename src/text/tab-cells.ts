/**
 * The cells of a tab-separated line, as table readers compare and keep them: each cell
 * trimmed, and the spaces between CJK characters inside it dropped (joinCjkSpaces).
 */
import { isSpaceCode } from '../lexicon/chars.js';
import { joinCjkSpaces } from './lists.js';

/** a white-space character other than a tab: without one, no cell of a line needs trimming or cleaning */
const SPACE_BUT_TAB = /[^\S\t]/;

/** whether a tab-separated line holds a space inside a cell (any white space but its tabs) */
export const holdsCellSpace = (line: string): boolean => SPACE_BUT_TAB.test(line);

/**
 * The line's cells between tabs, each trimmed and with CJK spaces joined. Most rows hold
 * no space besides their tabs: their cells are cut straight from the line (one test of
 * the row instead of a trim and a test per cell: every row of every table comes here).
 */
export function splitTabCells(line: string): string[] {
  const clean = holdsCellSpace(line);
  const cells: string[] = [];
  for (let from = 0; ;) {
    const tab = line.indexOf('\t', from);
    const end = tab < 0 ? line.length : tab;
    cells.push(clean ? cleanCell(line, from, end) : line.slice(from, end));
    if (tab < 0) return cells;
    from = tab + 1;
  }
}

/** line[from, end) trimmed by index (one slice), then its CJK spaces joined */
function cleanCell(line: string, from: number, end: number): string {
  while (from < end && isSpaceCode(line.charCodeAt(from))) from++;
  while (end > from && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return from < end ? joinCjkSpaces(line.slice(from, end)) : '';
}
