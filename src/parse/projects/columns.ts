/**
 * Which column of a 签约项目 table holds which field. Header cells arrive folded by
 * `headerKey` (no spaces, ASCII brackets), so 项 目 名 称 and 总投资额（亿元） already
 * compare equal to their plain spellings; columns may come in any order or be missing.
 */

export type ProjectField =
  'seq' | 'name' | 'partyA' | 'partyB' | 'investment' | 'fundingSources' | 'leaders' | 'persons' | 'unit';

export interface ProjectColumns {
  /** field → column index */
  col: Partial<Record<ProjectField, number>>;
  /** multiply a printed amount by this to get 亿元 (a 万元 column gives 0.0001) */
  amountFactor: number;
  width: number;
}

/** the columns whose text is a list or a free value, i.e. anything but seq and amount */
export const TEXT_FIELDS: ProjectField[] = ['name', 'partyA', 'partyB', 'fundingSources', 'leaders', 'persons', 'unit'];

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

function fieldOf(key: string): ProjectField | null {
  const k = key.replace(/\(.*?\)/g, '');
  if (/^(序号|编号|序)$/.test(k)) return 'seq';
  if (/项目名称|^项目$|^签约项目$/.test(k)) return 'name';
  if (/甲方/.test(k)) return 'partyA';
  if (/乙方/.test(k)) return 'partyB';
  if (/资金来源|来源地/.test(k)) return 'fundingSources';
  if (/投资|金额/.test(k)) return 'investment';
  if (/领导/.test(k)) return 'leaders';
  if (/^(责任人|联系人|负责人)/.test(k)) return 'persons';
  if (/^(责任单位|牵头单位|责任部门|牵头部门)$/.test(k)) return 'unit';
  return null;
}

/**
 * The column map of a header, or null when the header is not a signed-project table:
 * it needs a project-name column and at least two of the party / money / responsibility
 * columns, so a plain task table with a 项目 column is left alone.
 */
export function projectColumns(headerKey: string[]): ProjectColumns | null {
  const col: Partial<Record<ProjectField, number>> = {};
  let amountFactor = 1;
  headerKey.forEach((key, i) => {
    const f = fieldOf(key);
    if (!f || col[f] !== undefined) return;
    col[f] = i;
    if (f === 'investment' && /万元/.test(key)) amountFactor = 1e-4;
  });
  if (col.name === undefined) return null;
  const typical = (['partyA', 'partyB', 'investment', 'fundingSources', 'leaders', 'persons'] as const).filter(
    (f) => col[f] !== undefined,
  );
  if (typical.length < 2) return null;
  if (col.partyA === undefined && col.partyB === undefined && col.investment === undefined) return null;
  return { col, amountFactor, width: headerKey.length };
}
