import { TableSchema, type TableRecord } from '../schema/table.js';
import { parseTables } from '../parse/tables.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, type Column } from './columns.js';
import { defineKind } from './kind.js';

/**
 * A file name from a record id (`003_acdd…#d1/table2` → `003_acdd…_d1_table2`): every
 * character outside letters, digits, `.`, `-` and `_` becomes `_`. Ids are unique in a run
 * and built from file names and counters, so this keeps them apart.
 */
export function safeFileName(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_');
}

/** the file (inside a CSV folder) that holds one generic table's rows */
export function tableFile(id: string): string {
  return `tables/${safeFileName(id)}.csv`;
}

/** a table's width: its header, or its widest row */
export function tableWidth(t: TableRecord): number {
  let w = t.header.length;
  for (const r of t.rows) if (r.length > w) w = r.length;
  return w;
}

/** the generic tables' index: one row per table, its header and rows in a file of their own */
const TABLE_INDEX: Column[] = [
  ...ID_COLUMNS,
  s('title', '表名'),
  { key: 'rows', zh: '行数', kind: 'integer', get: (r) => (r as TableRecord).rows.length },
  { key: 'columns', zh: '列数', kind: 'integer', get: (r) => tableWidth(r as TableRecord) },
  { key: 'file', zh: '文件', kind: 'string', get: (r) => tableFile((r as TableRecord).id) },
  { key: 'mergedBlanks', zh: '合并空格', kind: 'json' },
  { key: 'rowLines', zh: '行号', kind: 'json' },
  ...SOURCE_COLUMNS,
];

/** Tables: every tab-separated table in generic form, whichever reader also claims it. */
export const tableKind = defineKind({
  type: 'table',
  plural: 'tables',
  titleZh: '表格索引',
  summary: 'every tab-separated table in generic form: header and rows',
  schema: TableSchema,
  readers: [{ name: 'generic tables', read: parseTables }],
  readFirst: true,
  checks: [],
  columns: TABLE_INDEX,
  // the index replaces these fields: they live in the per-table files
  indexedElsewhere: ['header', 'rows'],
});
