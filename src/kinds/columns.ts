/** a CSV column: the record field (a dotted path into nested objects) and its Chinese name */
export interface Column {
  key: string;
  zh: string;
}

/** the record's own ids */
export const ID_COLUMNS: readonly Column[] = [
  { key: 'id', zh: '记录ID' },
  { key: 'docId', zh: '文档ID' },
];

/** where the record was read, last in every file */
export const SOURCE_COLUMNS: readonly Column[] = [
  { key: 'source.file', zh: '来源文件' },
  { key: 'source.startLine', zh: '起始行' },
  { key: 'source.endLine', zh: '结束行' },
  { key: 'source.startOffset', zh: '起始偏移' },
  { key: 'source.endOffset', zh: '结束偏移' },
];
