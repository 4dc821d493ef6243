import type { Diagnostic } from '../schema/index.js';
import { RECORD_KINDS, type AnyRecord, type RecordKey } from '../kinds/index.js';
import type { ParseContext } from './context.js';

/** a reader as the pipeline runs it, whatever its kind */
interface AnyReader {
  name: string;
  // method syntax: a reader of one kind's records stands in for a reader of any record
  read(ctx: ParseContext, earlier: AnyRecord[]): { records: AnyRecord[]; diagnostics: Diagnostic[] };
}

/** the readers of one record kind, run in their declared order */
export interface KindReaders {
  key: RecordKey;
  readers: readonly AnyReader[];
}

/**
 * The read order: kinds marked `readFirst` (generic tables), then the others in output
 * order. Documents have no reader: segmentation makes them before any reader runs.
 */
export const READ_ORDER: readonly KindReaders[] = [
  ...RECORD_KINDS.filter((k) => 'readFirst' in k && k.readFirst),
  ...RECORD_KINDS.filter((k) => !('readFirst' in k && k.readFirst)),
]
  .filter((k) => k.readers.length > 0)
  .map((k) => ({ key: k.plural, readers: k.readers }));
