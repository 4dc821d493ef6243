import { z } from 'zod';
import { IsoDate, StringList, recordBase } from './common.js';

export const DocNumberPartsSchema = z.object({ prefix: z.string(), year: z.number().int(), serial: z.number().int() });

export const IssueSchema = z.object({
  title: z.string(),
  number: z.number().int().nullable(),
  totalNumber: z.number().int().nullable(),
  date: IsoDate.nullable(),
});

export const DocumentSchema = z.object({
  ...recordBase('document'),
  title: z.string(),
  kind: z.string(),
  docNumber: z.string().nullable(),
  docNumberParts: DocNumberPartsSchema.nullable(),
  issuers: StringList,
  addressees: StringList,
  signedDate: IsoDate.nullable(),
  publishedDate: IsoDate.nullable(),
  publicRelease: z.boolean(),
  attachments: StringList,
  issue: IssueSchema.nullable(),
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;
export type DocNumberParts = z.infer<typeof DocNumberPartsSchema>;
export type IssueInfo = z.infer<typeof IssueSchema>;
