import { describe, expect, it } from 'vitest';
import { doubtAboutTitle, headerChecks } from '../../src/validate/checks/headers.js';
import { fixture, parseSnippet } from '../helpers/parse.js';

describe('titles validate cannot vouch for', () => {
  it.each([
    ['', '其他', /no title/],
    ['国内政策【切换】 国际政策', '其他', /navigation/],
    ['发布时间：2014-11-13', '其他', /navigation|index block/],
    ['青政办〔2017〕134号', '其他', /document number/],
    ['2021年4月12日', '其他', /date/],
    ['各市、自治州人民政府，省政府各委、办、厅、局：', '其他', /addressee/],
    ['全省春季植树造林工作情况', '其他', /文种/],
  ])('%s is doubted', (title, kind, why) => expect(doubtAboutTitle(title, kind)).toMatch(why));

  it.each([
    ['青海省人民政府关于印发某方案的通知', '通知'],
    ['省政府2020年8月份大事记', '大事记'],
    ['青洽会签约项目总额创新高', '新闻'],
  ])('%s is trusted', (title, kind) => expect(doubtAboutTitle(title, kind)).toBeNull());

  it('warns on a page read badly, and on a document with no issuer and no date', () => {
    const parsed = parseSnippet('首页 > 政务公开\n全省春季植树造林工作情况\n今年以来，各地积极开展植树造林。\n');
    const codes = headerChecks.run(parsed).map((d) => d.code);
    expect(codes).toEqual(['title-doubtful', 'header-incomplete']);
  });

  it('has nothing to say about the seeds', () => {
    for (const seed of ['000', '001', '002', '003', '004']) expect(headerChecks.run(fixture(seed)), seed).toEqual([]);
  });
});
