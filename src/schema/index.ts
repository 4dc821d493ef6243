import { z } from 'zod';
import { RECORD_SCHEMAS, type RecordType } from '../kinds/index.js';
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

// the registry's derived names, re-exported where record shapes are looked up
export {
  RECORD_SCHEMAS,
  RECORD_TYPES,
  PLURAL,
  emptyRecordSet,
  type RecordType,
  type RecordKey,
  type RecordSet,
  type RecordOf,
  type AnyRecord,
} from '../kinds/index.js';

/** JSON Schema of one record type (or of the diagnostic), for `qhdocs schema` */
export function jsonSchemaOf(type: RecordType | 'diagnostic'): unknown {
  const schema = type === 'diagnostic' ? DiagnosticSchema : RECORD_SCHEMAS[type];
  return z.toJSONSchema(schema, { unrepresentable: 'any' });
}
