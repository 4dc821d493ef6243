/**
 * What a column of a record kind holds, so every tabular writer types it the same way: a CSV
 * cell, an XLSX cell and a Table Schema field all come from this.
 * - `isoDate`: the SPEC's dates (`YYYY-MM-DD`, `YYYY-MM` or `YYYY-MM-DDTHH:mm`)
 * - `list`: string[] (joined with the list separator in CSV, one item per line in XLSX)
 * - `json`: any other structure, written as JSON text
 */
export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'isoDate' | 'list' | 'json';

/** a column of a kind's table: the record field (a dotted path into nested objects), its Chinese name, its kind */
export interface Column {
  /** the field name (a dotted path into the record, or a derived name) */
  key: string;
  /** the column name under `--header zh` */
  zh: string;
  kind: ColumnKind;
  /** a derived value; otherwise the value at `key` */
  get?: (record: object) => unknown;
}

export const s = (key: string, zh: string): Column => ({ key, zh, kind: 'string' });
export const int = (key: string, zh: string): Column => ({ key, zh, kind: 'integer' });
export const list = (key: string, zh: string): Column => ({ key, zh, kind: 'list' });
export const date = (key: string, zh: string): Column => ({ key, zh, kind: 'isoDate' });

/** the record's own ids */
export const ID_COLUMNS: readonly Column[] = [s('id', '记录ID'), s('docId', '文档ID')];

/** where the record was read, last in every file */
export const SOURCE_COLUMNS: readonly Column[] = [
  s('source.file', '来源文件'),
  int('source.startLine', '起始行'),
  int('source.endLine', '结束行'),
  int('source.startOffset', '起始偏移'),
  int('source.endOffset', '结束偏移'),
];
