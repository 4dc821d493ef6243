import { stringify } from 'csv-stringify/sync';
import type { RecordType, TableRecord } from '../schema/index.js';
import { columnTitle, columnsFor, tableWidth, valueOf, type Column } from './columns.js';
import { csvCell, neutralizeCell } from './cells.js';

export { neutralizeCell } from './cells.js';

export interface CsvOptions {
  header: 'en' | 'zh';
  bom: boolean;
}

/** rows as RFC 4180 text: CRLF, quotes only where a cell needs them */
export function csvLines(rows: string[][]): string {
  return rows.length ? stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n",]/ }) : '';
}

/** the first line of a record type's CSV file (with the BOM when asked) */
export function csvHeader(cols: readonly Column[], opts: CsvOptions): string {
  return (opts.bom ? '\ufeff' : '') + csvLines([cols.map((c) => neutralizeCell(columnTitle(c, opts.header)))]);
}

/** records as CSV rows under `cols`, no header: one file's share of a type's CSV */
export function csvRows(cols: readonly Column[], records: readonly object[]): string {
  return csvLines(records.map((r) => cols.map((c) => csvCell(c, valueOf(r, c)))));
}

/** one whole CSV document for one record type: nested objects flattened, lists joined with ； */
export function toCsv(type: RecordType, records: object[], opts: CsvOptions): string {
  const cols = columnsFor(type);
  return csvHeader(cols, opts) + csvRows(cols, records);
}

/**
 * The header row of a generic table's own file: the table's header, every name present and
 * unique (a blank or repeated heading becomes `列3`, `序号_2`), none a formula, as wide as
 * its widest row, so a Table Schema can name each column by it.
 */
export function tableColumnNames(t: TableRecord): string[] {
  const names: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < tableWidth(t); i++) {
    const base = neutralizeCell((t.header[i] ?? '').trim() || `列${i + 1}`);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.push(name);
  }
  return names;
}

/** a generic table as its own CSV file: its header row, then its rows padded to that width */
export function tableCsv(t: TableRecord, opts: Pick<CsvOptions, 'bom'>): string {
  const names = tableColumnNames(t);
  const rows = t.rows.map((r) => names.map((_, i) => neutralizeCell(r[i] ?? '')));
  return (opts.bom ? '\ufeff' : '') + csvLines([names, ...rows]);
}
