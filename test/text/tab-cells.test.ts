import { describe, expect, it } from 'vitest';
import { joinCjkSpaces } from '../../src/text/lists.js';
import { holdsCellSpace, splitTabCells } from '../../src/text/tab-cells.js';

/** the reading it must match: split on tabs, trim each cell, join its CJK spaces */
const reference = (line: string) =>
  line.split('\t').map((c) => {
    const t = c.trim();
    return t && joinCjkSpaces(t);
  });

describe('splitTabCells', () => {
  it('cuts a row without spaces straight from the line', () => {
    expect(splitTabCells('序号\t项目名称\t\t金额')).toEqual(['序号', '项目名称', '', '金额']);
  });

  it('trims cells and joins the spaces between CJK characters', () => {
    expect(splitTabCells(' 1 \t项 目 名 称\tABC Ltd\t\u3000')).toEqual(['1', '项目名称', 'ABC Ltd', '']);
  });

  it('reads every line as the split, trim and join would', () => {
    const lines = ['a', '', '\t', ' \t ', '省 政府\t 2024 年\t', '甲\u00a0乙\t(丙 丁)', 'x\t\ty z\t'];
    for (const l of lines) expect(splitTabCells(l)).toEqual(reference(l));
  });
});

describe('holdsCellSpace', () => {
  it('sees white space inside cells, not the tabs between them', () => {
    expect(holdsCellSpace('序号\t项目名称\t\t金额')).toBe(false);
    expect(holdsCellSpace('序号\t项目 名称')).toBe(true);
    expect(holdsCellSpace('序号\t项目\u3000名称')).toBe(true);
  });
});
