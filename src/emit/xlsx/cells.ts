import type { Column } from '../columns.js';

/** what one XLSX cell holds: a typed value and, for dates, the number format to show it */
export interface XlsxCell {
  value: string | number | boolean | Date | null;
  numFmt?: string;
}

/** characters XML 1.0 cannot hold, which the workbook writer would silently drop */
const XML_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

/**
 * Text as a workbook can hold it: a control character (a form feed from a PDF page break)
 * is written as the `_x000C_` escape that Excel and LibreOffice read back as the character,
 * rather than dropped.
 */
export function cellText(s: string): string {
  return s.replace(XML_CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * An ISO date of the SPEC as a spreadsheet date when it names a day (`2022-07-21`, or with
 * a time `2022-07-21T17:00`), kept as text when it names only a month (`2022-07`). Dates
 * are local times with no zone, so they are built in UTC, which is how the workbook's
 * serial numbers are counted.
 */
export function dateCell(v: string): XlsxCell {
  const m = FULL_DATE.exec(v);
  if (!m) return { value: v };
  const [y, mo, d, h, mi] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0));
  // a date the calendar does not have (2022-02-30) stays as printed
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo! - 1) return { value: v };
  return { value: date, numFmt: h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
}

/**
 * A column's value as a cell: numbers and booleans typed, full dates as dates, a list one
 * item per line, everything else text. Text is written as a string cell, never a formula,
 * so no apostrophe is needed and the value stays exact.
 */
export function xlsxCell(col: Column, v: unknown): XlsxCell {
  if (v === null || v === undefined) return { value: null };
  switch (col.kind) {
    case 'integer':
    case 'number':
      return { value: typeof v === 'number' ? v : Number(v) };
    case 'boolean':
      return { value: Boolean(v) };
    case 'isoDate':
      return typeof v === 'string' ? dateCell(v) : { value: JSON.stringify(v) };
    case 'list':
      return {
        value: Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n') : String(v),
      };
    default:
      return { value: typeof v === 'string' ? v : JSON.stringify(v) };
  }
}

/** how wide a text shows in a spreadsheet's default font: CJK and full-width characters take two places */
export function displayWidth(s: string): number {
  let w = 0;
  let line = 0;
  for (const ch of s) {
    if (ch === '\n') {
      line = 0;
      continue;
    }
    line += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    if (line > w) w = line;
  }
  return w;
}

/** the width of a cell's content, for sizing its column */
export function cellWidth(cell: XlsxCell): number {
  const v = cell.value;
  if (v === null) return 0;
  if (v instanceof Date) return cell.numFmt === 'yyyy-mm-dd' ? 10 : 16;
  return displayWidth(String(v));
}

/** column widths: fit the header and the widest cell, within limits (long text wraps instead) */
export class ColumnWidths {
  private readonly widths: number[];

  constructor(headers: readonly string[]) {
    this.widths = headers.map(displayWidth);
  }

  see(cells: readonly XlsxCell[]): void {
    cells.forEach((c, i) => {
      const w = cellWidth(c);
      if (w > (this.widths[i] ?? 0)) this.widths[i] = w;
    });
  }

  /** the widths to set, in character units */
  get(): number[] {
    return this.widths.map((w) => Math.min(60, Math.max(6, w + 2)));
  }
}
