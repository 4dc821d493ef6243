/**
 * A table's columns, read with the header words of the vocabulary (lexicon/table-words.ts):
 * which field of a signed-project row a header cell names, the roles of a programme's
 * columns, and the folding of a header cell before it is compared. The readers map their
 * columns here, and the classifier (table-kind.ts) reads the same words, so a table the
 * classifier gives a reader is one whose columns the reader knows.
 *
 * Header cells arrive folded by `headerKey` (no spaces, ASCII brackets, NFKC).
 */
import {
  MEASURE_WORDS,
  PROJECT_FIELD_COLUMNS,
  SCHEDULE_ROLES,
  type Measure,
  type ProjectField,
  type ScheduleRole,
} from '../lexicon/table-words.js';

export {
  PERSON_NAME_COLUMN,
  POSITION_COLUMN,
  ROSTER_ROLE_CELL,
  SEQ_COLUMN,
  TASK_COLUMN,
  TASK_DEADLINE_COLUMN,
  TASK_ROLE_COLUMNS,
  type Measure,
  type ProjectField,
  type ScheduleRole,
} from '../lexicon/table-words.js';

/** a header cell without its bracketed remark or trailing colon: 总投资额(亿元) → 总投资额 */
export function bareKey(key: string): string {
  const k = key.includes('(') ? key.replace(/\([^()]*\)/g, '') : key;
  return k.endsWith(':') ? k.slice(0, -1) : k;
}

/** the field a header cell of a signed-project table names, or null */
export function projectField(key: string): ProjectField | null {
  const k = bareKey(key);
  for (const [field, re] of PROJECT_FIELD_COLUMNS) if (re.test(k)) return field;
  return null;
}

/** a header cell for task tables: no spaces, no bracketed remark at the end (`牵头单位(部门)` → 牵头单位) */
export function taskKey(k: string): string {
  const t = /\s/.test(k) ? k.replace(/\s+/g, '') : k;
  return t.endsWith(')') ? t.replace(/\([^()]*\)$/, '') : t;
}

/** each role's first column in a programme table's header */
export function scheduleColumns(headerKey: string[]): Map<ScheduleRole, number> {
  const cols = new Map<ScheduleRole, number>();
  headerKey.forEach((h, i) => {
    const role = SCHEDULE_ROLES.find(([, re]) => re.test(h))?.[0];
    if (role && !cols.has(role)) cols.set(role, i);
  });
  return cols;
}

/** the measure a header cell or title names (预算, 统计, 考核 …), or null */
export const measureOf = (text: string): Measure | null => MEASURE_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
