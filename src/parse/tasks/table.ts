import type { TaskRole } from '../../lexicon/roles.js';
import type { DocTable, ParseContext } from '../context.js';
import type { Diagnostic } from '../../schema/index.js';
import type { TableRow } from '../../segment/tables.js';
import { joinCjkSpaces } from '../../text/lists.js';
import { holdsCellSpace } from '../../text/tab-cells.js';
import { isDigitCode } from '../../lexicon/chars.js';
import { addUnits, emptyRoles, unitsOfValue } from './roles.js';
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
  /** the unit columns, each with the role its units fill */
  roles: Array<{ col: number; role: TaskRole }>;
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
  const roles: Layout['roles'] = [];
  keys.forEach((k, i) => {
    for (const [re, role] of TASK_ROLE_COLUMNS) if (re.test(k)) roles.push({ col: i, role });
  });
  if (!roles.length) return null;
  const seq = keys.findIndex((k) => SEQ_COLUMN.test(k));
  const deadline = keys.findIndex((k) => TASK_DEADLINE_COLUMN.test(k));
  let group = -1;
  for (let i = 0; i < task; i++) if (i !== seq && !roles.some((r) => r.col === i) && i !== deadline) group = i;
  return { task, seq, group, deadline, roles };
}

/** the task's own number printed at the start of its cell: `1. 制定…` */
const OWN_NUMBER = /^\s*(\d{1,3})\s*[.．、]\s*(?!\d)/;

/** one row's cells, trimmed; the unit cells as printed, so a space between two units still separates them */
class RowCells {
  /** the row's line split at tabs, when it is one line spaced by more than tabs (undefined: not read yet) */
  private raw: string[] | null | undefined;
  constructor(
    private readonly ctx: ParseContext,
    readonly row: TableRow,
  ) {}

  cell(i: number): string {
    return i >= 0 ? (this.row.cells[i] ?? '').trim() : '';
  }

  /** a unit cell: the table finder joined the spaces between Chinese words, which may have parted two units */
  unitCell(i: number): string {
    if (this.raw === undefined) {
      const { row } = this;
      const line = row.line === row.lastLine ? this.ctx.lineText(row.line) : null;
      // a line spaced only by tabs prints each cell as read
      this.raw = line !== null && holdsCellSpace(line) ? line.split('\t').map((c) => c.trim()) : null;
    }
    const raw = this.raw?.[i];
    const cell = this.cell(i);
    return raw !== undefined && raw !== cell && joinCjkSpaces(raw) === cell ? raw : cell;
  }
}

/** the drafts and diagnostics of one task table */
interface TableRead {
  drafts: TaskDraft[];
  diagnostics: Diagnostic[];
}

/**
 * Form 6: one task per row of a task table; the group carries down over blank cells and
 * page breaks. Only the tables the classifier gave the task reader are read.
 */
export function tableTasks(ctx: ParseContext, t: DocTable): TableRead {
  const out: TableRead = { drafts: [], diagnostics: [] };
  const layout = t.owner.kind === 'tasks' ? taskTableLayout(t.headerKey) : null;
  if (!layout) return out;
  let group: string | null = null;
  for (const row of t.rows) {
    const cells = new RowCells(ctx, row);
    const named = cells.cell(layout.group);
    if (named) group = named;
    const task = cells.cell(layout.task);
    if (task) {
      out.drafts.push(rowTask(ctx, t, layout, cells, task, group));
      continue;
    }
    const head = headsRows(row);
    if (head !== null) group = head;
    else if (holdsUnits(row, layout)) {
      const what = t.title ?? 'task table';
      out.diagnostics.push(
        ctx.diag('task-table-row-without-task', `a row of "${what}" has units but no task text`, row.line),
      );
    }
  }
  return out;
}

/** a row with one cell across the table (`一、城镇蓝绿空间提升行动`) heads the rows below it: that cell */
function headsRows(row: TableRow): string | null {
  let only: string | null = null;
  for (const c of row.cells) {
    if (!c.trim()) continue;
    if (only !== null) return null;
    only = c.trim();
  }
  return only;
}

/** a row without a task that still fills a cell besides its group and number */
function holdsUnits(row: TableRow, layout: Layout): boolean {
  return row.cells.some((c, i) => c && i !== layout.group && i !== layout.seq);
}

/** the task of a row with a task cell: its number (the seq column's, or its own `1.`), units and deadline */
function rowTask(
  ctx: ParseContext,
  t: DocTable,
  layout: Layout,
  cells: RowCells,
  task: string,
  group: string | null,
): TaskDraft {
  const { row } = cells;
  let text = task;
  let seq: string | null = cells.cell(layout.seq) || null;
  // the cell is trimmed: a number of its own opens it with a digit, which most cells do not
  const own = isDigitCode(text.charCodeAt(0)) ? OWN_NUMBER.exec(text) : null;
  if (own) {
    seq = own[1];
    text = text.slice(own[0].length).trim();
  }
  const roles = emptyRoles();
  // every row reads these: object fields, not an array destructured per column
  for (const { col, role } of layout.roles) addUnits(roles, role, unitsOfValue(cells.unitCell(col)));
  return {
    docId: t.docId,
    first: row.line,
    last: row.lastLine,
    seq,
    section: t.title ? [t.title] : ctx.sectionPath(row.line),
    title: null,
    text,
    roles,
    deadline: cleanDeadline(cells.cell(layout.deadline)),
    group,
  };
}
