import type { RecordType } from '../schema/index.js';

export interface Column {
  key: string;
  zh: string;
}

const common: Column[] = [
  { key: 'id', zh: '记录ID' },
  { key: 'docId', zh: '文档ID' },
];
const source: Column[] = [
  { key: 'source.file', zh: '来源文件' },
  { key: 'source.startLine', zh: '起始行' },
  { key: 'source.endLine', zh: '结束行' },
  { key: 'source.startOffset', zh: '起始偏移' },
  { key: 'source.endOffset', zh: '结束偏移' },
];

/**
 * CSV columns per record type, in the order a reader of the printed table expects;
 * projects follow the columns of a 签约项目 table (序号, 项目名称, 甲方 …).
 */
export const COLUMNS: Record<RecordType, Column[]> = {
  document: [
    ...common,
    { key: 'title', zh: '标题' },
    { key: 'kind', zh: '文种' },
    { key: 'docNumber', zh: '发文字号' },
    { key: 'docNumberParts.prefix', zh: '机关代字' },
    { key: 'docNumberParts.year', zh: '年份' },
    { key: 'docNumberParts.serial', zh: '发文顺序号' },
    { key: 'issuers', zh: '发文机关' },
    { key: 'addressees', zh: '主送机关' },
    { key: 'signedDate', zh: '成文日期' },
    { key: 'publishedDate', zh: '发布日期' },
    { key: 'publicRelease', zh: '公开发布' },
    { key: 'attachments', zh: '附件' },
    { key: 'issue.title', zh: '公报' },
    { key: 'issue.number', zh: '期号' },
    { key: 'issue.totalNumber', zh: '总期号' },
    { key: 'issue.date', zh: '公报日期' },
    ...source,
  ],
  project: [
    { key: 'seq', zh: '序号' },
    { key: 'name', zh: '项目名称' },
    { key: 'partyA', zh: '甲方(青海)' },
    { key: 'partyB', zh: '乙方(省外)' },
    { key: 'investment', zh: '总投资额(亿元)' },
    { key: 'fundingSources', zh: '资金来源地' },
    { key: 'leaders', zh: '责任领导' },
    { key: 'persons', zh: '责任人' },
    { key: 'responsibleUnit', zh: '责任单位' },
    { key: 'tableTitle', zh: '表名' },
    ...common,
    ...source,
  ],
  task: [
    { key: 'seq', zh: '序号' },
    { key: 'section', zh: '所属章节' },
    { key: 'title', zh: '标题' },
    { key: 'text', zh: '任务内容' },
    { key: 'lead', zh: '牵头单位' },
    { key: 'responsible', zh: '责任单位' },
    { key: 'guidance', zh: '指导部门' },
    { key: 'cooperating', zh: '配合单位' },
    { key: 'deadline', zh: '完成时限' },
    { key: 'group', zh: '分组' },
    ...common,
    ...source,
  ],
  activity: [
    { key: 'kind', zh: '类别' },
    { key: 'seq', zh: '序号' },
    { key: 'name', zh: '名称' },
    { key: 'start', zh: '开始' },
    { key: 'end', zh: '结束' },
    { key: 'timeText', zh: '时间(原文)' },
    { key: 'venue', zh: '地点' },
    { key: 'route', zh: '路线' },
    { key: 'lead', zh: '牵头单位' },
    { key: 'cooperating', zh: '配合单位' },
    { key: 'hosts', zh: '承办单位' },
    { key: 'participants', zh: '参加单位' },
    { key: 'text', zh: '内容' },
    ...common,
    ...source,
  ],
  contact: [
    { key: 'kind', zh: '类别' },
    { key: 'role', zh: '职责' },
    { key: 'name', zh: '姓名' },
    { key: 'organization', zh: '单位' },
    { key: 'phones', zh: '电话' },
    { key: 'fax', zh: '传真' },
    { key: 'emails', zh: '电子邮箱' },
    { key: 'address', zh: '地址' },
    { key: 'postcode', zh: '邮编' },
    ...common,
    ...source,
  ],
  member: [
    { key: 'body', zh: '机构' },
    { key: 'role', zh: '职务类别' },
    { key: 'action', zh: '任免' },
    { key: 'name', zh: '姓名' },
    { key: 'position', zh: '职务' },
    { key: 'notes', zh: '备注' },
    ...common,
    ...source,
  ],
  table: [
    { key: 'title', zh: '表名' },
    { key: 'header', zh: '表头' },
    { key: 'rows', zh: '行' },
    { key: 'mergedBlanks', zh: '合并空格' },
    { key: 'rowLines', zh: '行号' },
    ...common,
    ...source,
  ],
};
