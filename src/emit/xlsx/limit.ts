import type { XlsxCell } from './cells.js';

/**
 * The most characters (UTF-16 code units) one cell holds: Excel refuses or repairs a
 * workbook with a longer text, and LibreOffice cuts it without a word.
 */
export const CELL_LIMIT = 32_767;

/** the visible end of a cut text, saying how much is left out and where to find it whole */
export function cutMark(left: number, header: 'en' | 'zh'): string {
  return header === 'zh'
    ? `……〔单元格上限32767字，后略${left}字，全文见JSON输出〕`
    : `… [cut at the spreadsheet cell limit: ${left} more characters; the JSON output has the whole text]`;
}

/** a text cut to fit one cell, and how many characters were left out */
export interface CutText {
  text: string;
  left: number;
}

/**
 * A text cut to fit one cell, ending with a mark that says so; null when it fits. The cut
 * never splits a surrogate pair, so no half character is written.
 */
export function fitText(s: string, header: 'en' | 'zh'): CutText | null {
  if (s.length <= CELL_LIMIT) return null;
  // the mark's length depends on the count it prints: start from the longest count, then
  // keep more while a shorter count leaves room (a few steps at most)
  let keep = CELL_LIMIT - cutMark(s.length, header).length;
  for (;;) {
    const more = CELL_LIMIT - cutMark(s.length - keep, header).length;
    if (more <= keep) break;
    keep = more;
  }
  const last = s.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return { text: s.slice(0, keep) + cutMark(s.length - keep, header), left: s.length - keep };
}

/** a row's cells with every over-long text cut; `onCut` hears of each cut by column */
export function fitRow(
  cells: XlsxCell[],
  header: 'en' | 'zh',
  onCut: (column: number, length: number, cut: CutText) => void,
): XlsxCell[] {
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i].value;
    if (typeof v !== 'string' || v.length <= CELL_LIMIT) continue;
    const cut = fitText(v, header)!;
    onCut(i, v.length, cut);
    cells[i] = { ...cells[i], value: cut.text };
  }
  return cells;
}
