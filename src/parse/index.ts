import type { RecordSet } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { parseTables } from './tables.js';
import { parseProjects } from './projects.js';
import { parseTasks } from './tasks.js';
import { parseActivities } from './activities.js';
import { parseContacts } from './contacts.js';
import { parseMembers } from './members.js';

/** one parser per record kind; documents come from segmentation */
export const PARSERS: {
  [K in Exclude<keyof RecordSet, 'documents'>]: (ctx: ParseContext) => ParseResult<RecordSet[K][number]>;
} = {
  tables: parseTables,
  projects: parseProjects,
  tasks: parseTasks,
  activities: parseActivities,
  contacts: parseContacts,
  members: parseMembers,
};
