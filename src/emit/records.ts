import { PLURAL, RECORD_TYPES, type Diagnostic, type RecordSet, type RecordType } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';

export const TOOL = 'qhdocs';
export const VERSION = '0.1.0';

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
  for (const raw of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const t = RECORD_TYPES.find((k) => k === raw || PLURAL[k] === raw);
    if (!t) throw new UsageError(`unknown record type "${raw}" (one of ${RECORD_TYPES.map((k) => PLURAL[k]).join(', ')})`);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

export class UsageError extends Error {}

/** JSON Lines: one record per line, then the diagnostics with type "diagnostic" */
export function jsonlLines(records: RecordSet, diagnostics: Diagnostic[], types: RecordType[]): string[] {
  const out: string[] = [];
  for (const t of types) for (const r of (records as unknown as Record<string, object[]>)[PLURAL[t]]) out.push(JSON.stringify(r));
  for (const d of diagnostics) out.push(JSON.stringify({ type: 'diagnostic', ...d }));
  return out;
}
