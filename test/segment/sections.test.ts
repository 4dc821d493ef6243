import { describe, expect, it } from 'vitest';
import { parseHeading } from '../../src/segment/sections.js';
import { parseSnippet } from '../helpers/parse.js';

describe('headings', () => {
  it('recognizes each numbering level', () => {
    expect(parseHeading('一、统一思想认识。各地区要…')).toMatchObject({
      kind: 'cn',
      seq: '一',
      title: '统一思想认识',
      label: '一、统一思想认识',
    });
    expect(parseHeading('（十一）疫情防控部。省卫生健康委牵头')).toMatchObject({
      kind: 'paren-cn',
      seq: '十一',
      value: 11,
      title: '疫情防控部',
    });
    expect(parseHeading('3.开幕式')).toMatchObject({ kind: 'arabic', seq: '3', title: '开幕式' });
    expect(parseHeading('（2）加强监管。')).toMatchObject({ kind: 'paren-arabic', seq: '2' });
    expect(parseHeading('第六条 省政务公开工作考核内容')).toMatchObject({ kind: 'article', seq: '六', value: 6 });
    expect(parseHeading('2.4 应急工作组')).toMatchObject({ kind: 'decimal', seq: '2.4' });
    expect(parseHeading('2020年8月')).toBeNull();
    expect(parseHeading('1.5亿元')).toBeNull();
  });

  it('builds a tree whatever order the levels come in', () => {
    const text = [
      '关于某事的通知',
      '各单位：',
      '一、总体要求',
      '（一）指导思想。',
      '1.第一项',
      '2.第二项',
      '（二）基本原则。',
      '二、主要任务',
      '1.另一项',
    ].join('\n');
    const p = parseSnippet(text);
    const paths = p.sections.map((s) => s.path.join(' > '));
    expect(paths).toContain('一、总体要求 > （一）指导思想 > 2.第二项');
    expect(paths).toContain('一、总体要求 > （二）基本原则');
    expect(paths).toContain('二、主要任务 > 1.另一项');
  });
});

describe('headings run into a line', () => {
  it('opens the next top-level section after a full stop, but not an enumeration', () => {
    const text = [
      '关于某事的通知',
      '各单位：',
      '六、展览展示',
      '（一）甲展区。承办单位：省商务厅。七、展会执委会主任：某某',
      '（一）办公室。负责协调。',
      '八、工作要求',
      '包括一、二、三项内容。',
    ].join('\n');
    const p = parseSnippet(text);
    const paths = p.sections.map((s) => s.path.join(' > '));
    expect(paths).toContain('七、展会执委会主任 > （一）办公室');
    expect(paths.filter((x) => x.startsWith('八、'))).toEqual(['八、工作要求']);
  });
});
