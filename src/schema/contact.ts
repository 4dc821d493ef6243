import { z } from 'zod';
import { StringList, recordBase } from './common.js';

export const ContactSchema = z.object({
  ...recordBase('contact'),
  kind: z.enum(['person', 'office']),
  role: z.string().nullable(),
  name: z.string().nullable(),
  organization: z.string().nullable(),
  phones: StringList,
  fax: StringList,
  emails: StringList,
  address: z.string().nullable(),
  postcode: z.string().nullable(),
});
export type ContactRecord = z.infer<typeof ContactSchema>;
