import type { DocTable, ParseContext } from '../context.js';
import type { Diagnostic } from '../../schema/index.js';
import { joinCjkSpaces } from '../../text/lists.js';
import { addUnits, emptyRoles, unitsOfValue, type Roles } from './roles.js';
import { cleanDeadline, type TaskDraft } from './draft.js';
import {
  SEQ_COLUMN,
  TASK_COLUMN,
  TASK_DEADLINE_COLUMN,
  TASK_ROLE_COLUMNS,
  taskKey,
} from '../../segment/table-columns.js';

interface Layout {
  task: number;
  seq: number;
  group: number;
  deadline: number;
  roles: Array<[number, keyof Roles]>;
}

/**
 * The columns of a task table: the task (主要任务, 规划内容 …; with two, the last), the units
 * by role (牵头单位, 责任单位 …), the number and the deadline. A column before the task that
 * is not the number is the group (行动名称, 工程名称 …). Null without a task or unit column.
 */
export function taskTableLayout(headerKey: string[]): Layout | null {
  const keys = headerKey.map(taskKey);
  // with 重点任务 and 具体措施 side by side, the last is the row's task and the first its group
  let task = -1;
  keys.forEach((k, i) => {
    if (TASK_COLUMN.test(k)) task = i;
  });
  if (task < 0) return null;
  const roles: Array<[number, keyof Roles]> = [];
  keys.forEach((k, i) => {
    for (const [re, role] of TASK_ROLE_COLUMNS) if (re.test(k)) roles.push([i, role]);
  });
  if (!roles.length) return null;
  const seq = keys.findIndex((k) => SEQ_COLUMN.test(k));
  const deadline = keys.findIndex((k) => TASK_DEADLINE_COLUMN.test(k));
  let group = -1;
  for (let i = 0; i < task; i++) if (i !== seq && !roles.some(([c]) => c === i) && i !== deadline) group = i;
  return { task, seq, group, deadline, roles };
}

const SPACE_NOT_TAB = /[^\S\t]/;

/** the task's own number printed at the start of its cell: `1. 制定…` */
const OWN_NUMBER = /^\s*(\d{1,3})\s*[.．、]\s*(?!\d)/;

/**
 * Form 6: one task per row of a task table; the group carries down over blank cells and
 * page breaks. Only the tables the classifier gave the task reader are read.
 */
export function tableTasks(ctx: ParseContext, t: DocTable): { drafts: TaskDraft[]; diagnostics: Diagnostic[] } {
  const drafts: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  const layout = t.owner.kind === 'tasks' ? taskTableLayout(t.headerKey) : null;
  if (!layout) return { drafts, diagnostics };
  let group: string | null = null;
  for (const row of t.rows) {
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
    // unit cells from the line as printed, so a space between two units still separates them
    let raw: string[] | null | undefined;
    const unitCell = (i: number) => {
      if (raw === undefined) {
        const line = row.line === row.lastLine ? ctx.lineText(row.line) : null;
        // a line spaced only by tabs prints each cell as read
        raw = line !== null && SPACE_NOT_TAB.test(line) ? line.split('\t').map((c) => c.trim()) : null;
      }
      return raw && raw[i] !== undefined && joinCjkSpaces(raw[i]) === cell(i) ? raw[i] : cell(i);
    };
    if (layout.group >= 0 && cell(layout.group)) group = cell(layout.group);
    let text = cell(layout.task);
    if (!text) {
      const filled = row.cells.filter((c) => c.trim());
      // a row with one cell across the table (`一、城镇蓝绿空间提升行动`) heads the rows below it
      if (filled.length === 1) {
        group = filled[0].trim();
        continue;
      }
      if (row.cells.some((c, i) => c && i !== layout.group && i !== layout.seq)) {
        diagnostics.push(
          ctx.diag(
            'task-table-row-without-task',
            `a row of "${t.title ?? 'task table'}" has units but no task text`,
            row.line,
          ),
        );
      }
      continue;
    }
    let seq: string | null = cell(layout.seq) || null;
    const own = OWN_NUMBER.exec(text);
    if (own) {
      seq = own[1];
      text = text.slice(own[0].length).trim();
    }
    const roles = emptyRoles();
    for (const [col, role] of layout.roles) addUnits(roles, role, unitsOfValue(unitCell(col)));
    drafts.push({
      docId: t.docId,
      first: row.line,
      last: row.lastLine,
      seq,
      section: t.title ? [t.title] : ctx.sectionPath(row.line),
      title: null,
      text,
      roles,
      deadline: cleanDeadline(cell(layout.deadline)),
      group,
    });
  }
  return { drafts, diagnostics };
}
