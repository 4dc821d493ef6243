/**
 * A roster printed as a table with a header (序号 | 姓名 | 职务, 姓名 | 工作单位 | 职务 …): one
 * member per row. A row holding only a role word (组长, 成员：) gives that role to the rows
 * below it; a 组内职务 / 角色 column gives each row its own. Rosters in columns without a
 * header (组长：| 张三 | 副省长) are read by their labels instead (roster.ts).
 */
import type { DocTable } from '../context.js';
import { PERSON_NAME_COLUMN, POSITION_COLUMN, ROSTER_ROLE_CELL, bareKey } from '../../segment/table-columns.js';

/** the column naming each member's place in the body, not their post */
const ROLE_COLUMN = /^(组内|小组|本组|拟任|委员会)职务$|^(角色|分工)$/;

export interface TableMember {
  role: string | null;
  name: string;
  position: string | null;
  line: number;
  lastLine: number;
}

interface Layout {
  name: number;
  role: number;
  positions: number[];
}

function layoutOf(headerKey: string[]): Layout | null {
  const keys = headerKey.map(bareKey);
  const name = keys.findIndex((k) => PERSON_NAME_COLUMN.test(k));
  if (name < 0) return null;
  const role = keys.findIndex((k) => ROLE_COLUMN.test(k));
  const positions: number[] = [];
  keys.forEach((k, i) => {
    if (i !== name && i !== role && POSITION_COLUMN.test(k)) positions.push(i);
  });
  return { name, role, positions };
}

/** the members of a roster table, or null when it has no 姓名 column (a roster read by its labels) */
export function readRosterTable(t: DocTable): TableMember[] | null {
  const layout = layoutOf(t.headerKey);
  if (!layout) return null;
  const out: TableMember[] = [];
  let heading: string | null = null;
  for (const row of t.rows) {
    const filled = row.cells.filter(Boolean);
    if (filled.length === 1 && ROSTER_ROLE_CELL.test(filled[0])) {
      heading = filled[0].replace(/[：:]$/, '');
      continue;
    }
    const name = (row.cells[layout.name] ?? '').replace(/\s+/g, '');
    if (!name) continue;
    let own = layout.role >= 0 ? row.cells[layout.role] : '';
    let position = '';
    for (const i of layout.positions) {
      const cell = row.cells[i] ?? '';
      // a 职务 column may hold the place in the body, as a label (组长：), rather than a post (副秘书长)
      if (!own && /[：:]$/.test(cell) && ROSTER_ROLE_CELL.test(cell)) own = cell.slice(0, -1);
      else position += cell;
    }
    out.push({ role: own || heading, name, position: position || null, line: row.line, lastLine: row.lastLine });
  }
  return out;
}
