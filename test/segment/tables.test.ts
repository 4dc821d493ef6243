import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';
import { headerKey } from '../../src/segment/tables.js';

describe('tables', () => {
  it('keeps rows whose trailing empty cells were dropped, before a header repeated at a page break', () => {
    const text = [
      '序号\t项目\t内容',
      '1\t制度\t建立台账',
      '\t\t定期通报',
      '落实整改责任\t\t',
      '健全考核办法\t\t',
      '',
      '序号\t项目\t内容',
      '2\t平台\t网站',
    ].join('\n');
    const [t, ...rest] = parseSnippet(text).records.tables;
    expect(rest).toEqual([]);
    expect(t.rows).toEqual([
      ['1', '制度', '建立台账'],
      ['', '', '定期通报'],
      ['落实整改责任', '', ''],
      ['健全考核办法', '', ''],
      ['2', '平台', '网站'],
    ]);
  });

  it('takes the caption as title, drops headers repeated at page breaks, keeps merged blanks', () => {
    const text = [
      '试点单位表',
      '',
      '序号\t单 位\t内容',
      '1\t甲县\t公开',
      '\t\t标准化',
      '',
      '序号\t单位\t内容',
      '2\t乙县\t规范',
    ].join('\n');
    const [t] = parseSnippet(text).records.tables;
    expect(t.title).toBe('试点单位表');
    expect(t.header).toEqual(['序号', '单位', '内容']);
    expect(t.rows).toEqual([
      ['1', '甲县', '公开'],
      ['', '', '标准化'],
      ['2', '乙县', '规范'],
    ]);
    expect(t.mergedBlanks).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it('treats header variants as the same header', () => {
    const text = [
      '表',
      '序号\t项 目 名 称\t甲方(青海)',
      '1\t甲\t乙',
      '',
      '序号\t项目名称\t甲方（青海）',
      '2\t丙\t丁',
    ].join('\n');
    const [t] = parseSnippet(text).records.tables;
    expect(t.rows).toHaveLength(2);
  });

  it('joins a short wrapped line to the cell above', () => {
    const text = ['序号\t单位\t职务', '1\t省总工会\t党组成员、女', '职工委员会主任', '2\t团省委\t副书记'].join('\n');
    const [t] = parseSnippet(text).records.tables;
    expect(t.rows[0][2]).toBe('党组成员、女职工委员会主任');
    expect(t.rows).toHaveLength(2);
  });

  it('finds the tables of the seeds with their titles', () => {
    const titles = fixture('002').records.tables.map((t) => t.title);
    expect(titles).toContain('试点单位及试点内容表');
    const pilot = fixture('002').records.tables.find((t) => t.title === '试点单位及试点内容表')!;
    expect(pilot.rows).toHaveLength(3);
    expect(fixture('003').records.tables.length).toBeGreaterThanOrEqual(5);
  });
});

describe('headerKey', () => {
  // the shortcuts must fold exactly as NFKC, white space removal and bracket folding do
  const full = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  it('folds plain, bracketed and other cells the same way as the full folding', () => {
    for (const cell of [
      '序号',
      '项目名称',
      'No.',
      '总投资额（亿元）',
      '甲方（青海）',
      '（一）',
      '项目（X-1）',
      '投资 （万元）',
      '组长：',
      'ＡＢ（1）',
      '㈠项目',
    ]) {
      expect(headerKey(cell)).toBe(full(cell));
    }
  });

  it("keeps a roster's role line that lost its empty cells as a row, not a wrapped cell", () => {
    const text = ['成员名单', '', '序号\t姓名\t职务', '组长', '1\t张三\t副市长', '成员：', '2\t李四\t局长'].join('\n');
    const [t] = parseSnippet(text).records.tables;
    expect(t.rows).toEqual([
      ['组长', '', ''],
      ['1', '张三', '副市长'],
      ['成员：', '', ''],
      ['2', '李四', '局长'],
    ]);
  });
});
