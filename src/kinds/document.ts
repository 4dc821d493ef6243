import { DocumentSchema } from '../schema/document.js';
import { documentChecks } from '../validate/checks/documents.js';
import { headerChecks } from '../validate/checks/headers.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, int, list, date } from './columns.js';
import { defineKind } from './kind.js';

/** Documents: one per notice in a file, read from its header (GB/T 9704 elements). */
export const documentKind = defineKind({
  type: 'document',
  plural: 'documents',
  titleZh: '公文',
  summary: 'one per notice: title, 文种, 发文字号, issuers, dates',
  schema: DocumentSchema,
  // documents are made by segmentation (segment/documents.ts), before any reader runs
  readers: [],
  checks: [documentChecks, headerChecks],
  columns: [
    ...ID_COLUMNS,
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
    ...SOURCE_COLUMNS,
  ],
});
