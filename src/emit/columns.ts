import { RECORD_SCHEMAS, type RecordType, type TableRecord } from '../schema/index.js';

/**
 * What a column holds, so every tabular writer types it the same way: a CSV cell, an XLSX
 * cell and a Table Schema field all come from this.
 * - `isoDate`: the SPEC's dates (`YYYY-MM-DD`, `YYYY-MM` or `YYYY-MM-DDTHH:mm`)
 * - `list`: string[] (joined with the list separator in CSV, one item per line in XLSX)
 * - `json`: any other structure, written as JSON text
 */
export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'isoDate' | 'list' | 'json';

export interface Column {
  /** the field name (a dotted path into the record, or a derived name) */
  key: string;
  /** the column name under `--header zh` */
  zh: string;
  kind: ColumnKind;
  /** a derived value; otherwise the value at `key` */
  get?: (record: object) => unknown;
}

const s = (key: string, zh: string): Column => ({ key, zh, kind: 'string' });
const int = (key: string, zh: string): Column => ({ key, zh, kind: 'integer' });
const list = (key: string, zh: string): Column => ({ key, zh, kind: 'list' });
const date = (key: string, zh: string): Column => ({ key, zh, kind: 'isoDate' });

const common: Column[] = [s('id', '记录ID'), s('docId', '文档ID')];
const source: Column[] = [
  s('source.file', '来源文件'),
  int('source.startLine', '起始行'),
  int('source.endLine', '结束行'),
  int('source.startOffset', '起始偏移'),
  int('source.endOffset', '结束偏移'),
];

/** the file (inside a CSV folder) that holds one generic table's rows */
export function tableFile(id: string): string {
  return `tables/${safeFileName(id)}.csv`;
}

/**
 * A file name from a record id (`003_acdd…#d1/table2` → `003_acdd…_d1_table2`): every
 * character outside letters, digits, `.`, `-` and `_` becomes `_`. Ids are unique in a run
 * and built from file names and counters, so this keeps them apart.
 */
export function safeFileName(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_');
}

/** the generic tables' index: one row per table, its rows in a file of their own */
const tableIndex: Column[] = [
  ...common,
  s('title', '表名'),
  { key: 'rows', zh: '行数', kind: 'integer', get: (r) => (r as TableRecord).rows.length },
  { key: 'columns', zh: '列数', kind: 'integer', get: (r) => tableWidth(r as TableRecord) },
  { key: 'file', zh: '文件', kind: 'string', get: (r) => tableFile((r as TableRecord).id) },
  { key: 'mergedBlanks', zh: '合并空格', kind: 'json' },
  { key: 'rowLines', zh: '行号', kind: 'json' },
  ...source,
];

/** a table's width: its header, or its widest row */
export function tableWidth(t: TableRecord): number {
  let w = t.header.length;
  for (const r of t.rows) if (r.length > w) w = r.length;
  return w;
}

/**
 * Columns per record type, declared up front (so CSV rows can be written as each file is
 * parsed), in the order a reader of the printed table expects; projects follow the columns
 * of a 签约项目 table (序号, 项目名称, 甲方 …).
 */
const DECLARED: Record<RecordType, Column[]> = {
  document: [
    ...common,
    s('title', '标题'),
    s('kind', '文种'),
    s('docNumber', '发文字号'),
    s('docNumberParts.prefix', '机关代字'),
    int('docNumberParts.year', '年份'),
    int('docNumberParts.serial', '发文顺序号'),
    list('issuers', '发文机关'),
    list('addressees', '主送机关'),
    date('signedDate', '成文日期'),
    date('publishedDate', '发布日期'),
    { key: 'publicRelease', zh: '公开发布', kind: 'boolean' },
    list('attachments', '附件'),
    s('issue.title', '公报'),
    int('issue.number', '期号'),
    int('issue.totalNumber', '总期号'),
    date('issue.date', '公报日期'),
    ...source,
  ],
  project: [
    int('seq', '序号'),
    s('name', '项目名称'),
    list('partyA', '甲方(青海)'),
    list('partyB', '乙方(省外)'),
    { key: 'investment', zh: '总投资额(亿元)', kind: 'number' },
    list('fundingSources', '资金来源地'),
    list('leaders', '责任领导'),
    list('persons', '责任人'),
    s('responsibleUnit', '责任单位'),
    s('tableTitle', '表名'),
    ...common,
    ...source,
  ],
  task: [
    s('seq', '序号'),
    list('section', '所属章节'),
    s('title', '标题'),
    s('text', '任务内容'),
    list('lead', '牵头单位'),
    list('responsible', '责任单位'),
    list('guidance', '指导部门'),
    list('cooperating', '配合单位'),
    s('deadline', '完成时限'),
    s('group', '分组'),
    ...common,
    ...source,
  ],
  activity: [
    s('kind', '类别'),
    s('seq', '序号'),
    s('name', '名称'),
    date('start', '开始'),
    date('end', '结束'),
    s('timeText', '时间(原文)'),
    s('venue', '地点'),
    s('route', '路线'),
    list('lead', '牵头单位'),
    list('cooperating', '配合单位'),
    list('hosts', '承办单位'),
    list('participants', '参加单位'),
    s('text', '内容'),
    ...common,
    ...source,
  ],
  contact: [
    s('kind', '类别'),
    s('role', '职责'),
    s('name', '姓名'),
    s('organization', '单位'),
    list('phones', '电话'),
    list('fax', '传真'),
    list('emails', '电子邮箱'),
    s('address', '地址'),
    s('postcode', '邮编'),
    ...common,
    ...source,
  ],
  member: [
    s('body', '机构'),
    s('role', '职务类别'),
    s('action', '任免'),
    s('name', '姓名'),
    s('position', '职务'),
    list('notes', '备注'),
    ...common,
    ...source,
  ],
  table: tableIndex,
};

/** the table record's own fields that its index replaces (they live in the per-table file) */
const INDEXED_ELSEWHERE = new Set(['header', 'rows']);

/**
 * The columns of a record type: its declared ones, then any field its schema has that the
 * declaration misses (a field added later), as JSON text, so no field is ever dropped.
 */
export function columnsFor(type: RecordType): Column[] {
  const declared = DECLARED[type];
  const covered = new Set(['type', ...INDEXED_ELSEWHERE, ...declared.map((c) => c.key.split('.')[0])]);
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
export const TYPE_TITLE_ZH: Record<RecordType, string> = {
  document: '公文',
  project: '签约项目',
  task: '任务分工',
  activity: '活动',
  contact: '联系方式',
  member: '人员名单',
  table: '表格索引',
};

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
