import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/normalize/source-text.js';
import { kindOf, readTitle, titleYear } from '../../../src/segment/header/title.js';
import { issuersInTitle, issuersOnLines, isIssuerMark } from '../../../src/segment/header/issuers.js';

describe('the title and the issuers', () => {
  it('joins a wrapped title and names its 文种', () => {
    const s = new SourceText('t.txt', '某某县人民政府关于进一步规范\n村级公益性岗位管理的通知');
    const title = readTitle(s.lines, 1, 2);
    expect(title).toBe('某某县人民政府关于进一步规范村级公益性岗位管理的通知');
    expect(kindOf(title, false)).toBe('通知');
    expect(kindOf('某某工作安排', false)).toBe('其他');
    expect(kindOf('2020年8月大事记', true)).toBe('大事记');
    expect(readTitle(s.lines, 2, 1)).toBe('');
    expect(titleYear('关于印发2023年工作要点的通知')).toBe(2023);
  });

  it('reads issuers on organ lines, before 关于 in a title, and knows the issuer mark', () => {
    const lines = ['青海省人民政府 住房和城乡建设部', '关于…的通知'];
    expect(issuersOnLines((n) => lines[n - 1], [1])).toEqual(['青海省人民政府', '住房和城乡建设部']);
    expect(issuersInTitle('某某县人民政府办公室关于印发方案的通知')).toEqual(['某某县人民政府办公室']);
    expect(issuersInTitle('关于印发方案的通知')).toEqual([]);
    expect(isIssuerMark('某某省人民政府文件')).toBe(true);
    expect(isIssuerMark('首页 > 政务公开 > 政策文件')).toBe(false);
  });
});
