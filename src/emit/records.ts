import type { Diagnostic } from '../schema/index.js';
import { PLURAL, RECORD_TYPES, buildRecordSet, recordsOf, type RecordSet, type RecordType } from '../kinds/index.js';
import { filterByUnit } from '../text/units.js';
import type { FileInfo } from '../pipeline/run.js';

export const TOOL = 'qhdocs';
export { VERSION } from '../version.js';

export interface Envelope {
  tool: string;
  version: string;
  files: FileInfo[];
  records: RecordSet;
  diagnostics: Diagnostic[];
}

/** the record types a `--types` value names (plural or singular, comma-separated) */
export function parseTypes(value: string | undefined): RecordType[] {
  if (!value) return [...RECORD_TYPES];
  const out: RecordType[] = [];
  for (const raw of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const t = RECORD_TYPES.find((k) => k === raw || PLURAL[k] === raw);
    if (!t)
      throw new UsageError(`unknown record type "${raw}" (one of ${RECORD_TYPES.map((k) => PLURAL[k]).join(', ')})`);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

export class UsageError extends Error {}

/** which records an extract run writes: the asked-for types, tasks narrowed to one unit */
export interface Selection {
  types: RecordType[];
  unit?: string;
}

/** the records of `records` that a selection keeps */
export function selectRecords(records: RecordSet, sel: Selection): RecordSet {
  const out = buildRecordSet((t) => (sel.types.includes(t) ? recordsOf(records, t) : []));
  if (sel.unit) out.tasks = filterByUnit(out.tasks, sel.unit);
  return out;
}

/**
 * One file's share of a JSONL run, ready to write: every line ends with a newline, so
 * files' texts concatenate. Worker threads call this too, so the main thread of a
 * parallel run only writes.
 */
export function renderJsonl(records: RecordSet, diagnostics: Diagnostic[], sel: Selection): string {
  const kept = selectRecords(records, sel);
  // appending builds a rope that the one UTF-8 encoding at write time flattens: measured
  // faster than collecting lines and joining them
  let out = '';
  for (const t of sel.types) for (const r of recordsOf(kept, t)) out += JSON.stringify(r) + '\n';
  for (const d of diagnostics) out += JSON.stringify({ type: 'diagnostic', ...d }) + '\n';
  return out;
}
