import { diagnostic } from '../diagnostics/index.js';
import { lineIndexAt, type Line } from '../normalize/source-text.js';
import type { Diagnostic } from '../schema/index.js';
import { joinCjkSpaces } from '../text/lists.js';
import { splitTabCells } from '../text/tab-cells.js';
import { classifyTable, type TableClass } from './table-kind.js';
import { ROSTER_ROLE_CELL } from './table-columns.js';

/** One row of a tab-separated table, with the line(s) it came from. */
export interface TableRow {
  cells: string[];
  line: number;
  lastLine: number;
}

/** A table as found in the text, before it becomes a generic `table` record. */
export interface RawTable {
  title: string | null;
  titleLine: number | null;
  header: string[];
  /** header cells folded for comparison: 项 目 名 称 = 项目名称, 甲方(青海) = 甲方（青海） */
  headerKey: string[];
  headerLine: number;
  rows: TableRow[];
  firstLine: number;
  lastLine: number;
  /** lines of headers repeated after a page break, dropped from rows */
  repeatedHeaderLines: number[];
  /** lines without tabs inside the table, joined to the row above them */
  wrappedLines: number[];
  mergedBlanks: Array<[number, number]>;
  /** the reader that owns the table, decided once from its header and caption */
  owner: TableClass;
}

/** printable ASCII except brackets, and CJK ideographs: what NFKC and the folding below leave as it is */
const PLAIN_KEY = /^[!-'*-~\u4e00-\u9fff]*$/;
const BRACKETED_KEY = /^[!-'*-~\u4e00-\u9fff（）]*$/;
const FULL_OPEN = /（/g;
const FULL_CLOSE = /）/g;

/** fold a header cell so spelling variants compare equal */
export function headerKey(cell: string): string {
  // every row's first cell is folded to spot repeated headers; most hold only ASCII and
  // ideographs, which NFKC leaves as they are, and need neither NFKC nor any replacing
  if (PLAIN_KEY.test(cell)) return cell;
  // a header repeated at each page break is folded again each time, and its unit cells
  // (总投资额（亿元）) hold only full-width brackets besides: NFKC would make them ASCII too
  if (BRACKETED_KEY.test(cell)) return cell.replace(FULL_OPEN, '(').replace(FULL_CLOSE, ')');
  return cell.normalize('NFKC').replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
}

const GROUP_HEADING =
  /^(?:责\s*任\s*单\s*位|牵\s*头\s*单\s*位|责\s*任\s*部\s*门|牵\s*头\s*部\s*门)\s*[：:]|[（(]\s*\d+\s*个?\s*项\s*[）)]\s*$/;
/** a total line, or a group numbered 一、 / （一）: a row even when its empty cells are gone */
const ROW_OF_ITS_OWN = /^(?:[合小总共]\s*计|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;
const isTabLine = (l: Line | undefined) => !!l && l.text.includes('\t') && /\S/.test(l.text);
const isBlank = (l: Line | undefined) => !l || !/\S/.test(l.text);
const cellsOf = (l: Line): string[] => splitTabCells(l.text);

/**
 * Whether `s` holds more than `max` CJK ideographs. Ideographs pass through NFKC and the
 * folding unchanged, so such a cell's key is longer than `max`: a cheap way to rule out
 * a short key without folding a long cell.
 */
function ideographsOver(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++n > max) return true;
  }
  return false;
}

/**
 * A row that repeats the header (a page break). Folding every cell of every row is the
 * costly part of a long table, and almost every row already differs in its first filled
 * cell, so that one is compared first.
 */
function repeatsHeader(cells: string[], hk: string[], hkFirst: string): boolean {
  if (hkFirst) {
    let first = '';
    for (let i = 0; i < cells.length && !first; i++) {
      if (!cells[i]) continue;
      // the first filled cell is often a long passage: too many ideographs to be the header's
      if (ideographsOver(cells[i], hkFirst.length)) return false;
      first = headerKey(cells[i]);
    }
    if (first !== hkFirst) return false;
  }
  const key = cells.map(headerKey);
  return (
    key.join('\u0001') === hk.join('\u0001') ||
    (key.filter(Boolean).join('\u0001') === hk.filter(Boolean).join('\u0001') && key.filter(Boolean).length >= 2)
  );
}

function looksLikeHeader(cells: string[]): boolean {
  return (
    cells.some((c) => !ideographsOver(c, 2) && headerKey(c) === '序号') ||
    (cells.filter((c) => c).length >= 2 && cells.every((c) => !c || (c.length <= 12 && !/^\d/.test(c))))
  );
}

/** the caption: the nearest non-blank line above the table, unless it is only an 附件 mark */
function captionAbove(lines: Line[], headerLine: number, floor: number): { title: string | null; line: number | null } {
  for (let n = headerLine - 1; n > floor && headerLine - n <= 4; n--) {
    const t = lines[n - 1].text.trim();
    if (!t) continue;
    if (t.includes('\t')) return { title: null, line: null };
    if (/^附\s*件\s*\d*\s*$/.test(t)) continue;
    if (t.length > 80 || /[。；]$/.test(t)) return { title: null, line: null };
    return { title: joinCjkSpaces(t), line: n };
  }
  return { title: null, line: null };
}

/**
 * Cuts lines into cells for one table. The looks past a gap or a stray line read the row
 * that follows it before the table takes it as a row: the cells of the last line read are
 * kept until then, so a row is cut once.
 */
class RowCutter {
  private at = -1;
  private cells: string[] = [];

  constructor(private readonly lines: Line[]) {}

  /** the cells of `lines[k]`, to read only */
  peek(k: number): string[] {
    if (k !== this.at) {
      this.cells = cellsOf(this.lines[k]);
      this.at = k;
    }
    return this.cells;
  }

  /** the cells of `lines[k]` for a row, which owns them from now on (they are padded and joined to) */
  take(k: number): string[] {
    const cells = this.peek(k);
    this.at = -1;
    return cells;
  }
}

/**
 * How many short lines without tabs, from index `k` on, stand just before (blank lines
 * apart) a row that repeats the header `hk`: 0 when the table does not come back after them.
 */
function rowsBeforeRepeat(lines: Line[], k: number, hk: string[], cut: RowCutter): number {
  let e = k;
  while (e < lines.length && e - k < 4 && !isBlank(lines[e]) && !isTabLine(lines[e])) {
    const t = lines[e].text.trim();
    if (t.length > 60 || t.endsWith('。')) return 0;
    e++;
  }
  let after = e;
  while (after < lines.length && isBlank(lines[after])) after++;
  if (e === k || !isTabLine(lines[after])) return 0;
  const key = cut.peek(after).map(headerKey);
  return key.join('\u0001') === hk.join('\u0001') ? e - k : 0;
}

/**
 * Index of the first line at or after `from` that holds a tab (lines.length if none).
 * Most lines of most files have none: one search of the whole text skips them.
 */
function nextTabLine(lines: Line[], text: string, from: number): number {
  if (from >= lines.length) return lines.length;
  const at = text.indexOf('\t', lines[from].start);
  return at < 0 ? lines.length : lineIndexAt(lines, at, from);
}

/** a table begun at its header row `lines[i]`, with the caption above it (not below `floor`) */
function startTable(lines: Line[], i: number, floor: number): RawTable {
  const headerLine = lines[i].no;
  const header = cellsOf(lines[i]);
  const hk = header.map(headerKey);
  const cap = captionAbove(lines, headerLine, floor);
  return {
    title: cap.title,
    titleLine: cap.line,
    header,
    headerKey: hk,
    headerLine,
    rows: [],
    firstLine: cap.line ?? headerLine,
    lastLine: headerLine,
    repeatedHeaderLines: [],
    wrappedLines: [],
    mergedBlanks: [],
    owner: classifyTable({ title: cap.title, headerKey: hk }),
  };
}

/** the table goes no further: what a look past a gap or a stray line answers instead of the next index */
const TABLE_ENDS = -1;

/** a row of one cell, from a line that lost its tabs */
function pushLoneRow(t: RawTable, line: Line, text: string): void {
  t.rows.push({ cells: [joinCjkSpaces(text)], line: line.no, lastLine: line.no });
  t.lastLine = line.no;
}

/** take rows from index `from` on, until a look past a gap or a stray line ends the table */
function growTable(t: RawTable, lines: Line[], from: number): void {
  const cut = new RowCutter(lines);
  const hkFirst = t.headerKey.find(Boolean) ?? '';
  let j = from;
  while (j < lines.length) {
    const l = lines[j];
    if (isTabLine(l)) {
      const cells = cut.take(j);
      if (repeatsHeader(cells, t.headerKey, hkFirst)) {
        t.repeatedHeaderLines.push(l.no);
      } else {
        t.rows.push({ cells, line: l.no, lastLine: l.no });
      }
      t.lastLine = l.no;
      j++;
      continue;
    }
    j = pastGap(t, lines, j, cut);
    if (j === TABLE_ENDS) break;
  }
}

/**
 * Look past blank lines and one short stray line from index `j` (a line without tabs) to see
 * whether the table goes on: the index to read on from, or TABLE_ENDS.
 */
function pastGap(t: RawTable, lines: Line[], j: number, cut: RowCutter): number {
  const hk = t.headerKey;
  let k = j;
  while (k < lines.length && isBlank(lines[k])) k++;
  if (k >= lines.length) return TABLE_ENDS;
  if (isTabLine(lines[k])) {
    // a new table after a gap: a header row, and not this table's header come back
    const nextCells = cut.peek(k);
    if (k > j && looksLikeHeader(nextCells) && nextCells.map(headerKey).join('\u0001') !== hk.join('\u0001'))
      return TABLE_ENDS;
    return k;
  }
  // short lines without tabs right before this table's header comes back (a page
  // break): rows whose later cells are empty (normalization drops trailing tabs)
  const strays = rowsBeforeRepeat(lines, k, hk, cut);
  if (k === j && t.rows.length && strays > 0) {
    for (let s = k; s < k + strays; s++) pushLoneRow(t, lines[s], lines[s].text.trim());
    return k + strays;
  }
  return strayLine(t, lines, j, k, cut);
}

/**
 * The short line without tabs at index `k` (after blank lines from `j`, or `j` itself):
 * a row of its own, a group heading, or a cell of the row above that wrapped. The index to
 * read on from, or TABLE_ENDS.
 */
function strayLine(t: RawTable, lines: Line[], j: number, k: number, cut: RowCutter): number {
  const stray = lines[k];
  let after = k + 1;
  while (after < lines.length && isBlank(lines[after])) after++;
  const text = stray.text.trim();
  // a line right under a row that totals the table (合计…) or heads a group of rows
  // (一、…, or 组长 / 成员： in a roster) is a row of its own whose empty cells normalization dropped
  const rowFollows = isTabLine(lines[after]);
  const ownRow = ROW_OF_ITS_OWN.test(text) || (t.owner.kind === 'roster' && ROSTER_ROLE_CELL.test(text));
  if (k === j && (t.rows.length || rowFollows) && text.length <= 60 && ownRow) {
    pushLoneRow(t, stray, text);
    return rowFollows ? after : TABLE_ENDS;
  }
  // a group heading such as 责任单位：X（N项） that lost its tabs is a row of its own, not a wrapped cell
  if (text.length <= 60 && GROUP_HEADING.test(text) && isTabLine(lines[after])) {
    pushLoneRow(t, stray, text);
    return after;
  }
  if (
    k === j &&
    t.rows.length &&
    text.length <= 40 &&
    !/[。]$/.test(text) &&
    isTabLine(lines[after]) &&
    !looksLikeHeader(cut.peek(after))
  ) {
    const row = t.rows[t.rows.length - 1];
    let c = row.cells.length - 1;
    while (c > 0 && !row.cells[c]) c--;
    row.cells[c] = joinCjkSpaces(row.cells[c] + text);
    row.lastLine = stray.no;
    t.wrappedLines.push(stray.no);
    return after;
  }
  return TABLE_ENDS;
}

/** pad the rows to the header's width; blanks in a row that has other values are merged cells */
function markMergedCells(t: RawTable, file: string, diagnostics: Diagnostic[]): void {
  const width = t.header.length;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    const cells = row.cells;
    while (cells.length < width) cells.push('');
    let filled = 0;
    for (let col = 0; col < cells.length; col++) if (cells[col]) filled++;
    if (filled <= 1 && cells[0]) continue; // a spanning group line such as 责任单位：…
    for (let col = 0; col < cells.length; col++) if (!cells[col]) t.mergedBlanks.push([r, col]);
    if (cells.length > width) {
      diagnostics.push(
        diagnostic('table-row-too-wide', `row has ${cells.length} cells, the header ${width}`, {
          file,
          line: row.line,
        }),
      );
    }
  }
}

/**
 * Find every tab-separated table. A table runs over blank lines (page breaks) as long as
 * the next non-blank line is a row again; a short line without tabs between rows is a
 * wrapped cell. A header that comes back after a page break is dropped. `text`, the
 * text the lines were cut from, only lets the search skip lines without tabs quickly.
 */
export function findTables(
  lines: Line[],
  file: string,
  text?: string,
): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  let floor = 0;
  while (i < lines.length) {
    if (!isTabLine(lines[i])) {
      i = text === undefined ? i + 1 : nextTabLine(lines, text, i + 1);
      continue;
    }
    const t = startTable(lines, i, floor);
    growTable(t, lines, i + 1);
    markMergedCells(t, file, diagnostics);
    tables.push(t);
    floor = t.lastLine;
    i = t.lastLine; // lines[n - 1] is line n, so this is the line after the table
  }
  return { tables, diagnostics };
}
