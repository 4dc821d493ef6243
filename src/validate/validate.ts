import { diagnostic } from '../diagnostics/index.js';
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
          out.push(
            diagnostic('schema-invalid', `${type} ${r.id}: ${issue.path.join('.') || '(record)'}: ${issue.message}`, {
              file,
              line: r.source?.startLine ?? 0,
              recordId: r.id,
            }),
          );
        }
      }
      const s = r.source;
      if (s && (s.endOffset > textLength || s.startOffset < 0 || s.endOffset <= s.startOffset)) {
        out.push(
          diagnostic(
            'source-out-of-range',
            `${r.id}: source offsets ${s.startOffset}..${s.endOffset} are outside the text (${textLength})`,
            { file, line: s.startLine, recordId: r.id },
          ),
        );
      }
    }
  }
  for (const check of CROSS_CHECKS) {
    try {
      out.push(...check.run(parsed));
    } catch (e) {
      out.push(
        diagnostic('check-failed', `cross-check ${check.name} failed: ${(e as Error).message}`, { file, line: 0 }),
      );
    }
  }
  return out;
}

/** ids must be unique across a whole run */
export function checkUniqueIds(all: RecordSet[], fileOf: (i: number) => string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  all.forEach((set, i) => {
    for (const type of RECORD_TYPES) {
      for (const r of (set as unknown as Record<string, Array<{ id: string; source: { startLine: number } }>>)[
        PLURAL[type]
      ]) {
        if (seen.has(r.id))
          out.push(
            diagnostic('duplicate-id', `record id ${r.id} is used twice`, {
              file: fileOf(i),
              line: r.source.startLine,
              recordId: r.id,
            }),
          );
        seen.add(r.id);
      }
    }
  });
  return out;
}
