/**
 * Which column of a 签约项目 table holds which field. Header cells arrive folded by
 * `headerKey` (no spaces, ASCII brackets), so 项 目 名 称 and 总投资额（亿元） already
 * compare equal to their plain spellings; columns may come in any order or be missing.
 */
import { unitDivisor } from '../../lexicon/amounts.js';
import { projectField, type ProjectField } from '../../segment/table-columns.js';
import { fitsBits, setBit } from '../../text/bitset.js';

export type { ProjectField };

export interface ProjectColumns {
  /** field → column index */
  col: Partial<Record<ProjectField, number>>;
  /** multiply a printed amount by this to get 亿元 (a 万元 column gives 0.0001) */
  amountFactor: number;
  width: number;
  /** the TEXTUAL columns as a bit set (text/bitset.ts); -1 when one lies past MAX_BITS (no set then) */
  textualMask: number;
}

/** the columns that hold text only: a bare number in one means the row slid (align.ts) */
export const TEXTUAL: ProjectField[] = ['partyA', 'partyB', 'fundingSources', 'leaders', 'persons', 'unit'];

/** printed names of fields, for messages */
export const FIELD_ZH: Record<ProjectField, string> = {
  seq: '序号',
  name: '项目名称',
  partyA: '甲方',
  partyB: '乙方',
  investment: '总投资额',
  fundingSources: '资金来源地',
  leaders: '责任领导',
  persons: '责任人',
  unit: '责任单位',
};

/**
 * The column map of a signed-project table's header (null without a project-name column).
 * Whether a table is one is not decided here: the table classifier (segment/table-kind.ts)
 * gives this reader its tables.
 */
export function projectColumns(headerKey: string[]): ProjectColumns | null {
  const col: Partial<Record<ProjectField, number>> = {};
  let amountFactor = 1;
  headerKey.forEach((key, i) => {
    const f = projectField(key);
    if (!f || col[f] !== undefined) return;
    col[f] = i;
    if (f === 'investment') amountFactor = 1 / unitDivisor(key);
  });
  if (col.name === undefined) return null;
  let textualMask = 0;
  for (const f of TEXTUAL) {
    const i = col[f];
    if (i === undefined) continue;
    if (!fitsBits(i)) {
      textualMask = -1;
      break;
    }
    textualMask = setBit(textualMask, i);
  }
  return { col, amountFactor, width: headerKey.length, textualMask };
}
