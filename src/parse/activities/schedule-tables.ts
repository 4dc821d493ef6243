import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import { splitList } from '../../text/lists.js';
import { findDateSpan, type DateSpan } from '../../text/dates.js';
import { applyDates, blankActivity, docYear, tidy, type KindResult } from './common.js';
import { scheduleColumns, type ScheduleRole } from '../../segment/table-columns.js';
import { tablesOf } from '../../segment/table-kind.js';

/**
 * Programme tables (时间 | 活动 | 地点 | 负责单位) the classifier gave this reader: one event per row. A date printed
 * once for the rows below it (a row of its own, or the first of a run) is the day of
 * the times that follow without one.
 */
export function parseScheduleTables(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of tablesOf(ctx.tables, 'schedule')) {
    const cols = scheduleColumns(t.headerKey);
    const doc = ctx.docs.find((d) => d.record.id === t.docId) ?? ctx.docAt(t.headerLine);
    const year = docYear(doc);
    let day: string | null = null;
    const cell = (cells: string[], r: ScheduleRole) => {
      const i = cols.get(r);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    for (const row of t.rows) {
      const time = cell(row.cells, 'time');
      const name = tidy(cell(row.cells, 'name'));
      const span: DateSpan | null = time ? findDateSpan(time, { year, day }) : null;
      if (span?.start && span.start.length >= 10) day = span.start.slice(0, 10);
      if (!name) continue;
      const rec = blankActivity(ctx, doc, 'event', ctx.linesSource(row.line, row.lastLine));
      rec.seq = tidy(cell(row.cells, 'seq'));
      rec.name = name;
      rec.venue = tidy(cell(row.cells, 'venue'));
      rec.lead = splitList(cell(row.cells, 'lead'), 'units');
      rec.hosts = splitList(cell(row.cells, 'hosts'), 'units');
      rec.cooperating = splitList(cell(row.cells, 'cooperating'), 'units');
      rec.participants = splitList(cell(row.cells, 'participants'), 'units');
      rec.text = tidy(row.cells.filter(Boolean).join(' ')) ?? name;
      if (span) {
        applyDates(ctx, rec, span, row.line, diagnostics);
        rec.timeText = time;
      } else if (time) {
        rec.timeText = time;
        diagnostics.push(
          ctx.diag(
            'activity-date-unreadable',
            `time "${time}" cannot be read as a date; start/end left empty`,
            row.line,
            rec.id,
          ),
        );
      }
      records.push(rec);
    }
  }
  return { records, diagnostics };
}
