import { z } from 'zod';
import { DocumentSchema, type DocumentRecord } from './document.js';
import { ProjectSchema, type ProjectRecord } from './project.js';
import { TaskSchema, type TaskRecord } from './task.js';
import { ActivitySchema, type ActivityRecord } from './activity.js';
import { ContactSchema, type ContactRecord } from './contact.js';
import { MemberSchema, type MemberRecord } from './member.js';
import { TableSchema, type TableRecord } from './table.js';
import { DiagnosticSchema } from './diagnostic.js';

export * from './common.js';
export * from './document.js';
export * from './project.js';
export * from './task.js';
export * from './activity.js';
export * from './contact.js';
export * from './member.js';
export * from './table.js';
export * from './diagnostic.js';

/** record type → schema; the order is the order of `records` in the output */
export const RECORD_SCHEMAS = {
  document: DocumentSchema,
  project: ProjectSchema,
  task: TaskSchema,
  activity: ActivitySchema,
  contact: ContactSchema,
  member: MemberSchema,
  table: TableSchema,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];

/** the plural key each type has under `records` */
export const PLURAL: Record<RecordType, string> = {
  document: 'documents',
  project: 'projects',
  task: 'tasks',
  activity: 'activities',
  contact: 'contacts',
  member: 'members',
  table: 'tables',
};

export type AnyRecord =
  DocumentRecord | ProjectRecord | TaskRecord | ActivityRecord | ContactRecord | MemberRecord | TableRecord;

export interface RecordSet {
  documents: DocumentRecord[];
  projects: ProjectRecord[];
  tasks: TaskRecord[];
  activities: ActivityRecord[];
  contacts: ContactRecord[];
  members: MemberRecord[];
  tables: TableRecord[];
}

export function emptyRecordSet(): RecordSet {
  return { documents: [], projects: [], tasks: [], activities: [], contacts: [], members: [], tables: [] };
}

/** JSON Schema of one record type (or of the diagnostic), for `qhdocs schema` */
export function jsonSchemaOf(type: RecordType | 'diagnostic'): unknown {
  const schema = type === 'diagnostic' ? DiagnosticSchema : RECORD_SCHEMAS[type];
  return z.toJSONSchema(schema, { unrepresentable: 'any' });
}
