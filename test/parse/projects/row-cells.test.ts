import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../helpers/parse.js';
import { rowCells } from '../../../src/parse/projects/row-cells.js';

const text = [
  '签约项目表',
  '序号\t项目名称\t甲方\t乙方\t总投资额（亿元）\t责任人',
  '1\t甲项目\t甲县\t乙公司\t1.00\t张三',
  '2\t乙项目\t甲县\t乙公司\t2.00\t孙 静 王 彤',
  '3\t丙项目\t甲县\t乙公司\t3.00',
].join('\n');

describe('projects: the cells of a row', () => {
  const p = parseSnippet(text + '\n');
  const table = p.tables[0];

  it('keeps the spaces that separate names, which the table block joins', () => {
    expect(table.rows[1].cells[5]).toBe('孙静王彤');
    expect(rowCells(p.src, table.rows[1], table.header.length)[5]).toBe('孙 静 王 彤');
  });

  it("gives a fresh array padded to the header, the block's cells when the line has no space", () => {
    const cells = rowCells(p.src, table.rows[0], table.header.length);
    expect(cells).toEqual(['1', '甲项目', '甲县', '乙公司', '1.00', '张三']);
    expect(cells).not.toBe(table.rows[0].cells);
    expect(rowCells(p.src, table.rows[2], table.header.length)).toEqual(['3', '丙项目', '甲县', '乙公司', '3.00', '']);
  });
});
