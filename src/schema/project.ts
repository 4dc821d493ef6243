import { z } from 'zod';
import { StringList, recordBase } from './common.js';

export const ProjectSchema = z.object({
  ...recordBase('project'),
  seq: z.number().int().nullable(),
  name: z.string(),
  partyA: StringList,
  partyB: StringList,
  investment: z.number().nullable(),
  fundingSources: StringList,
  leaders: StringList,
  persons: StringList,
  responsibleUnit: z.string().nullable(),
  tableTitle: z.string().nullable(),
});
export type ProjectRecord = z.infer<typeof ProjectSchema>;
