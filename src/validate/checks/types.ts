import type { Diagnostic } from '../../schema/index.js';
import type { ParsedFile } from '../../pipeline/parse-file.js';
import type { DiagnosticCode } from '../../diagnostics/index.js';

/**
 * A check across the records of one file: it reads records (and the file's tree and
 * tables), reports only the codes it declares, and never changes a record.
 */
export interface CrossCheck {
  name: string;
  codes: readonly DiagnosticCode[];
  run(parsed: ParsedFile): Diagnostic[];
}
