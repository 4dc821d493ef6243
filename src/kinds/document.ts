import { DocumentSchema } from '../schema/document.js';
import { documentChecks } from '../validate/checks/documents.js';
import { headerChecks } from '../validate/checks/headers.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Documents: one per notice in a file, read from its header (GB/T 9704 elements). */
export const documentKind = defineKind({
  type: 'document',
  plural: 'documents',
  schema: DocumentSchema,
  // documents are made by segmentation (segment/documents.ts), before any reader runs
  readers: [],
  checks: [documentChecks, headerChecks],
  columns: [
    ...ID_COLUMNS,
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
    ...SOURCE_COLUMNS,
  ],
});
