import type { Diagnostic } from '../../schema/index.js';
import type { ParsedFile } from '../../pipeline/parse-file.js';

/** a check across the records of one file; it reports and never changes a record */
export interface CrossCheck {
  name: string;
  run(parsed: ParsedFile): Diagnostic[];
}
