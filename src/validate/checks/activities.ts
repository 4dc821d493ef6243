import type { ActivityRecord, Diagnostic, SeverityLevel } from '../../schema/index.js';
import { diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import type { CrossCheck } from './types.js';
import { impossibleDays, isRealDate } from '../../text/dates.js';

/** an ISO value that names no real day or minute */
function impossibleIso(v: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?$/.exec(v);
  if (!m) return true;
  const y = +m[1],
    mo = +m[2];
  if (mo < 1 || mo > 12) return true;
  if (m[3] && !isRealDate(y, mo, +m[3])) return true;
  if (m[4] && (+m[4] > 24 || +m[5] > 59 || (+m[4] === 24 && +m[5] > 0))) return true;
  return false;
}

/** compare two ISO values at the coarser of their two precisions */
function endsBefore(start: string, end: string): boolean {
  // the same precision, the usual case: the values compare whole
  if (start.length === end.length) return end < start;
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}

/** dates that cannot be, spans that run backwards, and chronicles out of order */
export const activityChecks: CrossCheck = {
  name: 'activities',
  codes: ['activity-impossible-date', 'activity-end-before-start', 'chronicle-out-of-order'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const file = parsed.file;
    const lastByDoc = new Map<string, string>();
    // a programme dates many activities to the same few days: each value is judged once
    const impossible = new Map<string, boolean>();
    const isImpossible = (v: string) => {
      let no = impossible.get(v);
      if (no === undefined) impossible.set(v, (no = impossibleIso(v)));
      return no;
    };
    const d = (a: ActivityRecord, code: DiagnosticCode, message: string, severity?: SeverityLevel) =>
      out.push(diagnostic(code, message, { file, line: a.source.startLine, recordId: a.id, severity }));
    for (const a of parsed.records.activities) {
      if (a.start && isImpossible(a.start)) d(a, 'activity-impossible-date', `${a.id}: ${a.start} is not a real date`);
      if (a.end && isImpossible(a.end)) d(a, 'activity-impossible-date', `${a.id}: ${a.end} is not a real date`);
      if (a.timeText) {
        const year = Number((a.start ?? a.end ?? '').slice(0, 4)) || 2000;
        for (const t of impossibleDays(a.timeText, year))
          d(a, 'activity-impossible-date', `${a.id}: "${t}" as printed is not a real date`, 'warning');
      }
      if (a.start && a.end && endsBefore(a.start, a.end))
        d(a, 'activity-end-before-start', `${a.id}: ends ${a.end} before it starts ${a.start}`);
      if (a.kind === 'chronicle' && a.start) {
        const prev = lastByDoc.get(a.docId);
        if (prev && a.start.slice(0, 10) < prev.slice(0, 10))
          d(a, 'chronicle-out-of-order', `${a.id}: ${a.start} is printed after an entry of ${prev}`);
        if (!prev || a.start > prev) lastByDoc.set(a.docId, a.start);
      }
    }
    return out;
  },
};
