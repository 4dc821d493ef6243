import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext, DocTable } from '../context.js';
import { splitList } from '../../text/lists.js';
import { findDateSpan, type DateSpan } from '../../text/dates.js';
import { applyDates, blankActivity, docYear, tidy, type KindResult } from './common.js';

type Role = 'seq' | 'time' | 'venue' | 'hosts' | 'cooperating' | 'lead' | 'participants' | 'name';

/** header words of a programme table, tried in this order (活动时间 is a time, not a name) */
const ROLES: Array<[Role, RegExp]> = [
  ['seq', /^序号$/],
  ['time', /时间|日期/],
  ['venue', /地点|场地|地址|会场/],
  ['hosts', /承办/],
  ['cooperating', /配合|协办|协助/],
  ['lead', /牵头|负责|责任|主办/],
  ['participants', /参加|出席|参会|对象|人员/],
  ['name', /活动|内容|名称|议程|事项|项目/],
];

/** deadlines of a task table are not times of events */
const DEADLINE = /完成|时限|期限|截止|进度/;

function columns(t: DocTable): Map<Role, number> | null {
  const cols = new Map<Role, number>();
  t.headerKey.forEach((h, i) => {
    const role = ROLES.find(([, re]) => re.test(h))?.[0];
    if (role && !cols.has(role)) cols.set(role, i);
  });
  const time = cols.get('time'),
    name = cols.get('name');
  if (time === undefined || name === undefined || DEADLINE.test(t.headerKey[time])) return null;
  // a schedule, not a task list: it says where, or its subject is an event
  if (!cols.has('venue') && !/活动|议程|日程|会议/.test(t.headerKey[name])) return null;
  return cols;
}

/**
 * Programme tables (时间 | 活动 | 地点 | 负责单位): one event per row. A date printed
 * once for the rows below it (a row of its own, or the first of a run) is the day of
 * the times that follow without one.
 */
export function parseScheduleTables(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of ctx.tables) {
    const cols = columns(t);
    if (!cols) continue;
    const doc = ctx.docs.find((d) => d.record.id === t.docId) ?? ctx.docAt(t.headerLine);
    const year = docYear(doc);
    let day: string | null = null;
    const cell = (cells: string[], r: Role) => {
      const i = cols.get(r);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    for (const row of t.rows) {
      const time = cell(row.cells, 'time');
      const name = tidy(cell(row.cells, 'name'));
      const span: DateSpan | null = time ? findDateSpan(time, { year, day }) : null;
      if (span?.start && span.start.length >= 10) day = span.start.slice(0, 10);
      if (!name) continue;
      const rec = blankActivity(ctx, doc, 'event');
      rec.source = ctx.linesSource(row.line, row.lastLine);
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
