import { describe, expect, it } from 'vitest';
import {
  INLINE_MARKERS,
  LIST_ITEM_MARKER,
  NUMBERING_MARKERS,
  markersFor,
  nextMarker,
} from '../../src/lexicon/numbering.js';

/** the marker a line opens with, trying every marker (what the first-character table must agree with) */
function firstMatching(text: string) {
  return NUMBERING_MARKERS.find((m) => m.pattern.test(text))?.kind ?? null;
}

describe('numbering markers', () => {
  it('read each level with its number and printed form', () => {
    const read = (text: string) => {
      for (const m of markersFor(text)) {
        const hit = m.pattern.exec(text);
        if (hit) return [m.kind, hit[2], m.value(hit[2]), m.print(hit[2])];
      }
      return null;
    };
    expect(read('第三章 总则')).toEqual(['chapter', '三', 3, '第三章 ']);
    expect(read('第十二条 本办法')).toEqual(['article', '十二', 12, '第十二条 ']);
    expect(read('十一、保障措施')).toEqual(['cn', '十一', 11, '十一、']);
    expect(read('（二）加强领导')).toEqual(['paren-cn', '二', 2, '（二）']);
    expect(read('2.3 项目管理')).toEqual(['decimal', '2.3', 3, '2.3 ']);
    expect(read('3.落实责任')).toEqual(['arabic', '3', 3, '3.']);
    expect(read('（4）做好')).toEqual(['paren-arabic', '4', 4, '（4）']);
    expect(read('③完善')).toEqual(['circled', '③', 3, '③']);
    expect(read('1.5亿元用于')).toBeNull();
  });
  it('the first-character pre-filter never hides a marker the full list finds', () => {
    const lines = [
      '第一章 总则',
      '  第二节 范围',
      '一、总体要求',
      '（三）重点任务',
      '1.1 目标',
      '12. 项目',
      '（10）其他',
      '⑤配合',
      '\u3000二、工作',
      '按照要求',
      '省教育厅负责',
      '（省财政厅）',
      '2020年',
      '',
      // lines that open with a marker's first character but have no marker's shape
      '一是加强领导',
      '十 、 分开的顿号',
      '第一批项目',
      '第 3 条 规定',
      '（省直有关部门）',
      '（ 12 ）有空格',
      '123.4万元',
      '1234. 年份',
      '12 、 事项',
      '  （二）缩进',
    ];
    for (const text of lines) {
      const quick = markersFor(text).find((m) => m.pattern.test(text))?.kind ?? null;
      expect(quick).toBe(firstMatching(text));
    }
  });
  it('write the next marker that may run into a paragraph', () => {
    expect(nextMarker('cn', 6)).toBe('七、');
    expect(nextMarker('paren-cn', 9)).toBe('（十）');
    expect(nextMarker('cn', 98)).toBe('九十九、');
  });
  it('read the short list-item numbers and the markers run into a programme', () => {
    expect('（二）张三'.replace(LIST_ITEM_MARKER, '')).toBe('张三');
    expect('3、李四'.replace(LIST_ITEM_MARKER, '')).toBe('李四');
    const kinds = (s: string) => INLINE_MARKERS.filter(([, re]) => re.test(s)).map(([k]) => k);
    expect(kinds('（一）开幕式')).toEqual(['paren-cn']);
    expect(kinds('2.签约')).toEqual(['arabic']);
    expect(kinds('2.5亿')).toEqual([]);
  });
});
