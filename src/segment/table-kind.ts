/**
 * Which reader owns a table. The header (and the caption) is read once, here, and each
 * table goes to exactly one reader — signed projects, task table, schedule, roster — or to
 * none, when it is only a generic `table`. A header that resembles a reader's tables without
 * having what makes one, or that fits two readers, goes to none and says so
 * (`table-kind-ambiguous`): a diagnostic, never a guess.
 *
 * What makes each kind (see lexicon/table-words.ts for the words):
 * - signed projects: a 项目名称 column and the two sides of a signing (甲方/乙方, 签约方 …),
 *   or, without parties, an investment column under a 签约 title. A budget, statistics or
 *   assessment table (预算, 统计, 考核 … in its header or title) is not one, whatever its
 *   项目 and 金额 columns;
 * - task table: a task column (主要任务, 工作内容 …) and a column of units by role (牵头单位,
 *   责任单位 …), unless a header cell scores it (考核, 分值 …): then it is an assessment table;
 * - schedule: a time column that is no deadline, and an event column, with a place column or
 *   an event word (活动, 议程, 会议) in it;
 * - roster: 姓名 beside 职务/单位, or a roster in columns whose first row opens with 组长：.
 */
import {
  ARRANGEMENT_COLUMN,
  DEADLINE_WORDS,
  EVENT_WORDS,
  INVESTMENT_COLUMN,
  MONEY_COLUMN,
  PARTY_COLUMN,
  PERSON_NAME_COLUMN,
  POSITION_COLUMN,
  PROJECT_NAME_COLUMN,
  ROSTER_LABEL,
  SIGNING,
  STAGE_COLUMN,
  TASK_COLUMN,
  TASK_ROLE_COLUMNS,
  UNIT_COLUMN,
  WORK_COLUMN,
  type Measure,
} from '../lexicon/table-words.js';
import { bareKey, measureOf, scheduleColumns, taskKey } from './table-columns.js';

export type TableKind = 'projects' | 'tasks' | 'schedule' | 'roster';

/** the readers, in the order their evidence is weighed and named */
export const TABLE_KINDS: readonly TableKind[] = ['projects', 'tasks', 'schedule', 'roster'];

/** what the classifier decided about one table */
export interface TableClass {
  /** the reader that owns the table, or null: a generic `table` only */
  kind: TableKind | null;
  /** why, in a few words (the columns or marks that decided) */
  reason: string;
  /** the readers the header resembles when it could not be placed with confidence; empty otherwise */
  unsure: TableKind[];
}

/** what a table offers the classifier: its caption and its folded header cells */
export interface TableHead {
  title: string | null;
  headerKey: string[];
}

/** how one kind's evidence stands: it fits, it resembles without fitting, a measure rules it out, or nothing */
type Verdict = { fits: true; why: string } | { fits: false; near: string | null; measure: Measure | null };

const fit = (why: string): Verdict => ({ fits: true, why });
const near = (why: string): Verdict => ({ fits: false, near: why, measure: null });
const ruledOut = (measure: Measure): Verdict => ({ fits: false, near: null, measure });
const NOTHING: Verdict = { fits: false, near: null, measure: null };

/** a header read once: bare cells and the marks the rules look for */
interface Reading {
  keys: string[];
  bare: string[];
  title: string;
  /** a budget / statistics / assessment word in a header cell, else in the title */
  headerMeasure: Measure | null;
  measure: Measure | null;
}

function read(t: TableHead): Reading {
  const keys = t.headerKey;
  const bare = keys.map(bareKey);
  const title = t.title ?? '';
  let headerMeasure: Measure | null = null;
  for (const k of keys) if ((headerMeasure = measureOf(k))) break;
  return { keys, bare, title, headerMeasure, measure: headerMeasure ?? measureOf(title) };
}

const any = (cells: string[], re: RegExp) => cells.some((c) => re.test(c));

function projects(h: Reading): Verdict {
  if (!any(h.bare, PROJECT_NAME_COLUMN)) return NOTHING;
  if (any(h.bare, PARTY_COLUMN)) return fit('a 项目名称 column and the parties of a signing (甲方/乙方)');
  if (h.measure) return ruledOut(h.measure);
  const investment = any(h.bare, INVESTMENT_COLUMN);
  const signing = SIGNING.test(h.title) || any(h.bare, SIGNING);
  if (investment && signing) return fit('a 项目名称 column and an investment column under 签约');
  if (investment || signing || any(h.bare, MONEY_COLUMN))
    return near('a 项目名称 column with money or 签约, but no 甲方/乙方 parties and no investment under 签约');
  return NOTHING;
}

function tasks(h: Reading): Verdict {
  const keys = h.keys.map(taskKey);
  const task = any(keys, TASK_COLUMN);
  const role = keys.some((k) => TASK_ROLE_COLUMNS.some(([re]) => re.test(k)));
  if (task && role) {
    if (h.headerMeasure === 'assessment') return ruledOut('assessment');
    return fit('a task column and a column of units by role');
  }
  if (h.measure) return ruledOut(h.measure);
  if ((role || any(h.bare, UNIT_COLUMN)) && any(h.bare, WORK_COLUMN))
    return near('a column of units beside a column of work, but no task column the task reader knows');
  return NOTHING;
}

function schedule(h: Reading): Verdict {
  const cols = scheduleColumns(h.keys);
  const time = cols.get('time');
  const name = cols.get('name');
  const timed = time !== undefined && !DEADLINE_WORDS.test(h.keys[time]);
  if (timed && name !== undefined && (cols.has('venue') || EVENT_WORDS.test(h.keys[name])))
    return fit('a time column and an event column, with a place or an event word');
  if ((timed || any(h.bare, STAGE_COLUMN)) && any(h.bare, ARRANGEMENT_COLUMN) && !h.measure)
    return near('a time or stage column beside an arrangement, but no place and no event word');
  return NOTHING;
}

function roster(h: Reading): Verdict {
  const first = h.keys.find(Boolean) ?? '';
  if (ROSTER_LABEL.test(first)) return fit('a roster in columns, opening with its first label');
  if (any(h.bare, PERSON_NAME_COLUMN) && any(h.bare, POSITION_COLUMN)) return fit('a 姓名 column beside 职务/单位');
  return NOTHING;
}

const MEASURED: Record<Measure, string> = {
  budget: 'a budget table',
  statistics: 'a statistics table',
  assessment: 'an assessment table',
};

const RULES: Record<TableKind, (h: Reading) => Verdict> = { projects, tasks, schedule, roster };

/** Decide which reader owns a table, from its header and caption. Pure; the same head gives the same answer. */
export function classifyTable(t: TableHead): TableClass {
  const h = read(t);
  const verdicts = TABLE_KINDS.map((kind) => ({ kind, v: RULES[kind](h) }));
  const fits = verdicts.filter((x) => x.v.fits);
  if (fits.length === 1) return { kind: fits[0].kind, reason: (fits[0].v as { why: string }).why, unsure: [] };
  if (fits.length > 1)
    return { kind: null, reason: `fits ${fits.length} readers at once`, unsure: fits.map((x) => x.kind) };
  const nearBy = verdicts.filter((x) => !x.v.fits && x.v.near);
  if (nearBy.length)
    return {
      kind: null,
      reason: nearBy.map((x) => (x.v as { near: string }).near).join('; '),
      unsure: nearBy.map((x) => x.kind),
    };
  const measured = verdicts.find((x) => !x.v.fits && x.v.measure);
  if (measured) return { kind: null, reason: MEASURED[(measured.v as { measure: Measure }).measure], unsure: [] };
  return { kind: null, reason: 'no reader knows its columns', unsure: [] };
}

/** the tables a reader owns, in text order */
export function tablesOf<T extends { owner: TableClass }>(tables: readonly T[], kind: TableKind): T[] {
  return tables.filter((t) => t.owner.kind === kind);
}
