/**
 * The tabular view of records, for every tabular writer (CSV, XLSX, the data package): the
 * columns each record kind declares (kinds/<kind>.ts), how a column's value is read, and
 * the title of a column and of a kind's sheet.
 */
import { kindOf, RECORD_KINDS, RECORD_SCHEMAS, type RecordType } from '../kinds/index.js';
import { int, s, type Column, type ColumnKind } from '../kinds/columns.js';

export type { Column, ColumnKind };
export { safeFileName, tableFile, tableWidth } from '../kinds/table.js';

/** the declared columns of every kind */
export const COLUMNS = Object.fromEntries(RECORD_KINDS.map((k) => [k.type, k.columns])) as Record<
  RecordType,
  readonly Column[]
>;

/**
 * The columns of a record type: its declared ones, then any field its schema has that the
 * declaration misses (a field added later), as JSON text, so no field is ever dropped.
 */
export function columnsFor(type: RecordType): Column[] {
  const kind = kindOf(type);
  const declared = kind.columns;
  const covered = new Set(['type', ...(kind.indexedElsewhere ?? []), ...declared.map((c) => c.key.split('.')[0])]);
  const extra = Object.keys(RECORD_SCHEMAS[type].shape)
    .filter((k) => !covered.has(k))
    .map((k): Column => ({ key: k, zh: k, kind: 'json' }));
  return [...declared, ...extra];
}

/** a column's value in a record: derived, or found along its dotted path */
export function valueOf(record: object, col: Column): unknown {
  if (col.get) return col.get(record);
  let v: unknown = record;
  for (const k of col.key.split('.')) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** the header cell of a column */
export function columnTitle(col: Column, header: 'en' | 'zh'): string {
  return header === 'zh' ? col.zh : col.key;
}

/** a record type's name as a sheet or file title under `--header zh` */
export const TYPE_TITLE_ZH = Object.fromEntries(RECORD_KINDS.map((k) => [k.type, k.titleZh ?? k.plural])) as Record<
  RecordType,
  string
>;

/** the columns of a diagnostic (SPEC "diagnostic") */
export const DIAGNOSTIC_COLUMNS: Column[] = [
  s('severity', '级别'),
  s('code', '代码'),
  s('message', '说明'),
  s('file', '文件'),
  int('line', '行'),
  int('endLine', '结束行'),
  s('recordId', '记录ID'),
];
