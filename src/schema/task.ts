import { z } from 'zod';
import { StringList, recordBase } from './common.js';

export const TaskSchema = z.object({
  ...recordBase('task'),
  seq: z.string().nullable(),
  section: z.array(z.string()),
  title: z.string().nullable(),
  text: z.string(),
  lead: StringList,
  responsible: StringList,
  guidance: StringList,
  cooperating: StringList,
  deadline: z.string().nullable(),
  group: z.string().nullable(),
});
export type TaskRecord = z.infer<typeof TaskSchema>;
