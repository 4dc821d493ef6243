import { isPhraseEdgeCode } from '../../lexicon/punctuation.js';
import { yearIn } from '../../lexicon/dates.js';
import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { Source } from '../../normalize/source-text.js';
import type { ParseContext } from '../context.js';
import type { DocSegment } from '../../segment/documents.js';
import type { SectionNode } from '../../segment/sections.js';
import type { DateSpan } from '../../text/dates.js';
import { joinCjkSpaces } from '../../text/lists.js';

export interface KindResult {
  records: ActivityRecord[];
  diagnostics: Diagnostic[];
}

/** tidy a printed phrase: no spaces inside Chinese, no edge punctuation */
export function tidy(s: string | null | undefined): string | null {
  if (!s) return null;
  const j = joinCjkSpaces(s);
  // trimmed by index: an end-anchored regex would be tried at every position of a long passage
  let a = 0,
    b = j.length;
  while (a < b && isEdge(j.charCodeAt(a))) a++;
  while (b > a && isEdge(j.charCodeAt(b - 1))) b--;
  return a < b ? j.slice(a, b) : null;
}

/** a space or ，、；：。 */
const isEdge = isPhraseEdgeCode;

/** the year a document's undated days belong to: its own year, else one in its title */
export function docYear(doc: DocSegment): number | null {
  if (doc.year) return doc.year;
  return yearIn(doc.record.title);
}

/** a record at its passage with every list empty, to be filled in by a kind's parser */
export function blankActivity(
  ctx: ParseContext,
  doc: DocSegment,
  kind: ActivityRecord['kind'],
  source: Source,
): ActivityRecord {
  const id = ctx.newId('activity', doc.record.id);
  return {
    type: 'activity',
    id,
    docId: doc.record.id,
    source,
    kind,
    seq: null,
    name: null,
    start: null,
    end: null,
    timeText: null,
    venue: null,
    route: null,
    lead: [],
    cooperating: [],
    hosts: [],
    participants: [],
    text: '',
  };
}

/** read a time expression into the record; a time that cannot be read stays printed in timeText and is reported */
export function applyDates(
  ctx: ParseContext,
  rec: ActivityRecord,
  span: DateSpan | null,
  line: number,
  diags: Diagnostic[],
): void {
  if (!span) return;
  rec.timeText = span.text.trim();
  rec.start = span.start;
  rec.end = span.end;
  if (span.problem) {
    diags.push(
      ctx.diag(
        `activity-date-${span.problem}`,
        `"${span.text}" cannot be read as a date (${span.problem}); start/end left empty`,
        line,
        rec.id,
      ),
    );
  }
}

/** a year printed in a heading around a passage: 五、进度安排（2024年） */
export function headingYear(s: SectionNode | null): number | null {
  for (let p = s; p; p = p.parent) {
    const year = yearIn(p.heading.title);
    if (year !== null) return year;
  }
  return null;
}
