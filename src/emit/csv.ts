import { stringify } from 'csv-stringify/sync';
import type { RecordType } from '../schema/index.js';
import { COLUMNS, type Column } from './columns.js';

/** the characters a spreadsheet starts a formula with; tab and CR, which some strip before looking */
const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell a spreadsheet would run as a formula (CWE-1236) gets a leading apostrophe.
 * The first character is compared after NFKC folding, since spreadsheets (and the people
 * who type into them) treat the full-width and small forms (＝ ﹦ ＋ ﹣ ＠ …) alike.
 */
export function neutralizeCell(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const folded = String.fromCodePoint(first).normalize('NFKC');
  return FORMULA_CHARS.has(folded[0]) ? `'${s}` : s;
}

/** a number stays a number (`-2.5` is a value, not a formula); only text is guarded */
function cell(v: unknown): string {
  return typeof v === 'number' ? String(v) : neutralizeCell(cellValue(v));
}

function cellValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** the columns of a record type: its declared columns, then any other field flattened */
export function columnsFor(type: RecordType, records: object[]): Column[] {
  const declared = COLUMNS[type];
  // type is the file itself (projects.csv holds projects), so it is no column
  const known = new Set(['type', ...declared.map((c) => c.key.split('.')[0])]);
  const extra: Column[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (known.has(k) || seen.has(k)) continue;
      seen.add(k);
      extra.push({ key: k, zh: k });
    }
  }
  return [...declared, ...extra];
}

export interface CsvOptions {
  header: 'en' | 'zh';
  bom: boolean;
}

/** one CSV document for one record type: nested objects flattened, arrays joined with 、 */
export function toCsv(type: RecordType, records: object[], opts: CsvOptions): string {
  const cols = columnsFor(type, records);
  const rows: string[][] = [cols.map((c) => (opts.header === 'zh' ? c.zh : c.key))];
  for (const r of records) rows.push(cols.map((c) => cell(get(r, c.key))));
  const body = stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n",]/ });
  return (opts.bom ? '\ufeff' : '') + body;
}
