import { z } from 'zod';
import { IsoDate, StringList, recordBase } from './common.js';

export const ActivityKind = z.enum(['event', 'exhibit', 'chronicle', 'phase']);

export const ActivitySchema = z.object({
  ...recordBase('activity'),
  kind: ActivityKind,
  seq: z.string().nullable(),
  name: z.string().nullable(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  timeText: z.string().nullable(),
  venue: z.string().nullable(),
  route: z.string().nullable(),
  lead: StringList,
  cooperating: StringList,
  hosts: StringList,
  participants: StringList,
  text: z.string(),
});
export type ActivityRecord = z.infer<typeof ActivitySchema>;
