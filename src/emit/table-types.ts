import type { TableRecord } from '../schema/index.js';

/** what a generic table's column holds, read from its cells: numbers or text */
export type TableColumnKind = 'integer' | 'number' | 'string';

/** an integer as a table prints it: no leading zero (`0971` is a code, not a number), at most 9 digits */
const INTEGER = /^-?(0|[1-9]\d{0,8})$/;
const DECIMAL = /^-?(0|[1-9]\d{0,8})\.\d+$/;

/**
 * Headings of columns whose digits are codes, not quantities: a phone, fax, postcode or
 * serial code stays text even when every cell is digits.
 */
const CODE_HEADING = /电话|手机|传真|邮编|邮政编码|代码|编码|编号|号码|账号|证号/;

/** a column whose digits are codes (by its heading) */
export function isCodeColumn(heading: string | undefined): boolean {
  return CODE_HEADING.test(heading ?? '');
}

/** a cell that is a plain number (`1`, `180.33`), as a spreadsheet should hold it */
export function isNumericCell(v: string): boolean {
  return INTEGER.test(v) || DECIMAL.test(v);
}

/**
 * The kind of each column of a generic table: `integer` when every non-blank cell is an
 * integer, `number` when every one is a decimal or integer and one at least a decimal,
 * text otherwise (and always for a code column). A column with no cell at all is text.
 */
export function tableColumnKinds(t: TableRecord, width: number): TableColumnKind[] {
  const kinds: TableColumnKind[] = [];
  for (let c = 0; c < width; c++) {
    let kind: TableColumnKind | null = null;
    if (isCodeColumn(t.header[c])) kind = 'string';
    for (let r = 0; r < t.rows.length && kind !== 'string'; r++) {
      const v = t.rows[r][c] ?? '';
      if (v === '') continue;
      if (INTEGER.test(v)) kind ??= 'integer';
      else if (DECIMAL.test(v)) kind = 'number';
      else kind = 'string';
    }
    kinds.push(kind ?? 'string');
  }
  return kinds;
}
