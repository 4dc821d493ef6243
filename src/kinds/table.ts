import { TableSchema } from '../schema/table.js';
import { parseTables } from '../parse/tables.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Tables: every tab-separated table in generic form, whichever reader also claims it. */
export const tableKind = defineKind({
  type: 'table',
  plural: 'tables',
  schema: TableSchema,
  readers: [{ name: 'generic tables', read: parseTables }],
  readFirst: true,
  checks: [],
  columns: [
    { key: 'title', zh: '表名' },
    { key: 'header', zh: '表头' },
    { key: 'rows', zh: '行' },
    { key: 'mergedBlanks', zh: '合并空格' },
    { key: 'rowLines', zh: '行号' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
