import {
  RECORD_SCHEMAS,
  PLURAL,
  RECORD_TYPES,
  type Diagnostic,
  type RecordSet,
  type RecordType,
} from '../schema/index.js';
import type { ParsedFile } from '../pipeline/parse-file.js';
import { CROSS_CHECKS } from './checks/index.js';
import { quickCheck } from './quick-check.js';
import { appendAll } from '../text/arrays.js';

/**
 * A fast yes for valid records; zod's safeParse still judges (and words) every other one.
 * Built on first use, so a command that validates nothing does not pay for it.
 */
let quick: Record<RecordType, (v: unknown) => boolean> | null = null;
const quickChecks = () =>
  (quick ??= Object.fromEntries(RECORD_TYPES.map((t) => [t, quickCheck(RECORD_SCHEMAS[t])])) as Record<
    RecordType,
    (v: unknown) => boolean
  >);

/**
 * The validation stage: every record against its zod schema, the grounding of every
 * `source`, then the cross-record checks. It reports; it never throws and never changes
 * a record.
 */
export function validateFile(parsed: ParsedFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const file = parsed.file;
  const textLength = parsed.src.original.length;
  const passes = quickChecks();
  for (const type of RECORD_TYPES) {
    const list = (
      parsed.records as unknown as Record<
        string,
        Array<{ id: string; source?: { startLine: number; startOffset: number; endOffset: number } }>
      >
    )[PLURAL[type]];
    const schema = RECORD_SCHEMAS[type];
    const valid = passes[type];
    for (const r of list) {
      const res = valid(r) ? null : schema.safeParse(r);
      if (res && !res.success) {
        for (const issue of res.error.issues.slice(0, 5)) {
          out.push({
            severity: 'error',
            code: 'schema-invalid',
            message: `${type} ${r.id}: ${issue.path.join('.') || '(record)'}: ${issue.message}`,
            file,
            line: r.source?.startLine ?? 0,
            recordId: r.id,
          });
        }
      }
      const s = r.source;
      if (s && (s.endOffset > textLength || s.startOffset < 0 || s.endOffset <= s.startOffset)) {
        out.push({
          severity: 'error',
          code: 'source-out-of-range',
          message: `${r.id}: source offsets ${s.startOffset}..${s.endOffset} are outside the text (${textLength})`,
          file,
          line: s.startLine,
          recordId: r.id,
        });
      }
    }
  }
  for (const check of CROSS_CHECKS) {
    try {
      appendAll(out, check.run(parsed));
    } catch (e) {
      out.push({
        severity: 'error',
        code: 'check-failed',
        message: `cross-check ${check.name} failed: ${(e as Error).message}`,
        file,
        line: 0,
      });
    }
  }
  return out;
}

/** ids must be unique across a whole run: each file's records are checked against all before them */
export class IdRegistry {
  private readonly seen = new Set<string>();

  check(set: RecordSet, file: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const type of RECORD_TYPES) {
      for (const r of set[PLURAL[type] as keyof RecordSet] as Array<{ id: string; source: { startLine: number } }>) {
        if (this.seen.has(r.id))
          out.push({
            severity: 'error',
            code: 'duplicate-id',
            message: `record id ${r.id} is used twice`,
            file,
            line: r.source.startLine,
            recordId: r.id,
          });
        this.seen.add(r.id);
      }
    }
    return out;
  }
}

/** ids must be unique across a whole run */
export function checkUniqueIds(all: RecordSet[], fileOf: (i: number) => string): Diagnostic[] {
  const ids = new IdRegistry();
  return all.flatMap((set, i) => ids.check(set, fileOf(i)));
}
