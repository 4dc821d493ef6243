import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../helpers/parse.js';
import { projectTableBlocks } from '../../../src/parse/projects/analyze.js';

const HEADER = '序号\t项目名称\t甲方\t乙方\t总投资额（亿元）';
const AGAIN = '序 号\t项目名称\t甲 方\t乙 方\t总投资额(亿元)';
const row = (n: number) => `${n}\t项目${n}\t甲县\t乙公司\t1.00`;

/** a notice with two project tables, `between` standing between them */
function twoTables(between: string[]) {
  const text = ['签约项目表', HEADER, '责任单位：甲局', row(1), '', ...between, '', AGAIN, row(2)].join('\n') + '\n';
  const p = parseSnippet(text);
  return { p, tables: p.facts.projectTables };
}

describe('projects: a table continued after a page break', () => {
  it("finds the tables as the tree's project table blocks, with the blocks between them", () => {
    const { p } = twoTables(['本表由省商务厅汇总，各地要按期报送进展情况。']);
    const found = projectTableBlocks(p.context.tree);
    expect(found.map((t) => t.block.table.headerLine)).toEqual([2, 8]);
    expect(found[1].between.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('merges across a page number or a short running header', () => {
    for (const between of [['— 3 —'], ['签约项目专刊', '- 4 -']]) {
      const { p, tables } = twoTables(between);
      expect(tables).toHaveLength(1);
      expect(p.records.projects.map((r) => r.responsibleUnit)).toEqual(['甲局', '甲局']);
    }
  });

  it('starts a new table after a sentence or a long passage', () => {
    for (const between of [['以上项目均已签约。'], ['各州市政府和省直有关部门要加强项目跟踪服务工作并及时报送']]) {
      const { p, tables } = twoTables(between);
      expect(tables).toHaveLength(2);
      expect(p.records.projects.map((r) => r.responsibleUnit)).toEqual(['甲局', null]);
    }
  });
});
