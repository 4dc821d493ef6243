import type { Diagnostic, SeverityLevel } from '../schema/index.js';

/** what a report says about one diagnostic code: the shape the diagnostic-code registry declares */
export interface RuleInfo {
  code: string;
  severity: SeverityLevel;
  meaning: string;
}

/**
 * The rules a report declares: every declared code, then any code the run produced that
 * was not declared (its meaning spelled from the code, its level the first one seen), so
 * every result has its rule. Sorted by code, so the output does not depend on input order.
 */
export function rulesFor(diags: Diagnostic[], declared: readonly RuleInfo[] = []): RuleInfo[] {
  const byCode = new Map<string, RuleInfo>();
  for (const r of declared) byCode.set(r.code, r);
  for (const d of diags)
    if (!byCode.has(d.code))
      byCode.set(d.code, { code: d.code, severity: d.severity, meaning: d.code.replace(/-/g, ' ') });
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
