import { z } from 'zod';
import { StringList, recordBase } from './common.js';

export const MemberSchema = z.object({
  ...recordBase('member'),
  body: z.string().nullable(),
  role: z.string().nullable(),
  action: z.enum(['任命', '免去', '批准']).nullable(),
  name: z.string(),
  position: z.string().nullable(),
  notes: StringList,
});
export type MemberRecord = z.infer<typeof MemberSchema>;
