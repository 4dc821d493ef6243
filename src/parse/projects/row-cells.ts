/**
 * The cells of a table row as the text prints them. The table block's own cells have their
 * spaces between Chinese characters joined; a project row is read from its lines instead,
 * so names keep the spaces that separate them (孙 静 王 彤).
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { TableRow } from '../../segment/tables.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { holdsCellSpace } from '../../text/tab-cells.js';

/**
 * The row's cells, at least `width` of them (a fresh array: a continued row adds to it); a
 * wrapped line without tabs adds to the last filled cell.
 */
export function rowCells(src: SourceText, row: TableRow, width: number): string[] {
  const line = src.lines[row.line - 1].text;
  // one line with no space in any cell: the block's cells are the printed ones (padded to the header)
  if (row.lastLine === row.line && row.cells.length >= width && !holdsCellSpace(line)) return row.cells.slice();
  const cells = trimmedFields(line);
  for (let n = row.line + 1; n <= row.lastLine; n++) {
    const text = src.lines[n - 1].text.trim();
    if (!text || text.includes('\t')) continue;
    let c = cells.length - 1;
    while (c > 0 && !cells[c]) c--;
    cells[c] += text;
  }
  while (cells.length < width) cells.push('');
  return cells;
}

/** `line.split('\t').map((c) => c.trim())` with one slice per cell: every row of every table is read so */
function trimmedFields(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const tab = line.indexOf('\t', from);
    const end = tab < 0 ? line.length : tab;
    let a = from;
    let b = end;
    while (a < b && isSpaceCode(line.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(line.charCodeAt(b - 1))) b--;
    out.push(line.slice(a, b));
    if (tab < 0) return out;
    from = tab + 1;
  }
}
