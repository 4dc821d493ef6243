/**
 * qhdocs as a library: the stages the CLI runs, for a program that has the text already.
 *
 *   import { parseText, validateFile } from 'qhdocs';
 *   const parsed = parseText('notice.txt', text, 'notice');
 *   const diagnostics = [...parsed.diagnostics, ...validateFile(parsed)];
 *
 * Records follow the schemas in `RECORD_KINDS` (one descriptor per kind); every
 * diagnostic code is listed by `listDiagnosticCodes()`.
 */
export { decode, DecodeError, type EncodingName } from './read/decode.js';
export { parseText, type ParsedFile } from './pipeline/parse-file.js';
export { processBytes, type FileInfo, type FileResult, type RunOptions } from './pipeline/run.js';
export { validateFile, checkUniqueIds } from './validate/validate.js';
export { renderJsonl, selectRecords, parseTypes, TOOL, type Envelope, type Selection } from './emit/records.js';
export { toCsv, type CsvOptions } from './emit/csv.js';
export { columnsFor, valueOf, type Column } from './emit/columns.js';
export { toIcs } from './emit/ics.js';
export {
  RECORD_KINDS,
  RECORD_TYPES,
  PLURAL,
  RECORD_SCHEMAS,
  emptyRecordSet,
  kindOf,
  recordsOf,
  type RecordKind,
  type RecordType,
  type RecordKey,
  type RecordOf,
  type RecordSet,
  type AnyRecord,
} from './kinds/index.js';
export { jsonSchemaOf } from './schema/index.js';
export type {
  DocumentRecord,
  ProjectRecord,
  TaskRecord,
  ActivityRecord,
  ContactRecord,
  MemberRecord,
  TableRecord,
  Diagnostic,
  SeverityLevel,
} from './schema/index.js';
export { listDiagnosticCodes, type DiagnosticCode, type DiagnosticCodeInfo } from './diagnostics/index.js';
export { VERSION } from './version.js';
