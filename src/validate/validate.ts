import { diagnostic } from '../diagnostics/index.js';
import type { Diagnostic } from '../schema/index.js';
import { RECORD_KINDS, allRecords, type AnyRecord, type RecordSet, type RecordType } from '../kinds/index.js';
import type { ParsedFile } from '../pipeline/parse-file.js';
import { CROSS_CHECKS } from './checks/index.js';
import { quickCheck } from './quick-check.js';
import { appendAll } from '../text/arrays.js';

type Predicate = (v: unknown) => boolean;

/**
 * A fast yes for valid records; zod's safeParse still judges (and words) every other one.
 * Compiled once per process on first use, so a command that validates nothing does not pay for it.
 */
let quick: Map<RecordType, Predicate> | null = null;
const quickChecks = () => (quick ??= new Map(RECORD_KINDS.map((k) => [k.type, quickCheck(k.schema)])));

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
  for (const kind of RECORD_KINDS) {
    const valid = passes.get(kind.type)!;
    for (const r of parsed.records[kind.plural]) {
      if (!valid(r)) schemaFindings(kind.type, kind.schema.safeParse(r), r, file, out);
      const grounding = groundingFinding(r, textLength, file);
      if (grounding) out.push(grounding);
    }
  }
  for (const check of CROSS_CHECKS) {
    try {
      appendAll(out, check.run(parsed));
    } catch (e) {
      out.push(
        diagnostic('check-failed', `cross-check ${check.name} failed: ${(e as Error).message}`, { file, line: 0 }),
      );
    }
  }
  return out;
}

/** ids must be unique across a whole run: each file's records are checked against all before them */
export class IdRegistry {
  private readonly seen = new Set<string>();

  check(set: RecordSet, file: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const { records } of allRecords(set)) {
      for (const r of records) {
        if (this.seen.has(r.id))
          out.push(
            diagnostic('duplicate-id', `record id ${r.id} is used twice`, {
              file,
              line: r.source.startLine,
              recordId: r.id,
            }),
          );
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

/** zod's words for an invalid record, the first five issues */
function schemaFindings(
  type: RecordType,
  res: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } },
  r: AnyRecord,
  file: string,
  out: Diagnostic[],
): void {
  if (res.success || !res.error) return;
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

/** a record whose source does not lie inside the text cannot be traced back */
function groundingFinding(r: AnyRecord, textLength: number, file: string): Diagnostic | null {
  const s = r.source;
  if (!s || !(s.endOffset > textLength || s.startOffset < 0 || s.endOffset <= s.startOffset)) return null;
  return diagnostic(
    'source-out-of-range',
    `${r.id}: source offsets ${s.startOffset}..${s.endOffset} are outside the text (${textLength})`,
    { file, line: s.startLine, recordId: r.id },
  );
}
