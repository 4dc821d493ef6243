import { describe, expect, it } from 'vitest';
import { CONTINUED_CAPTION, GROUP_LABEL, GROUP_NUMBERING, NOTE_ROW, PAGE_MARK } from '../../src/lexicon/table-marks.js';

describe('lexicon: table marks', () => {
  it('knows the labels and numbering of a group heading', () => {
    expect(GROUP_LABEL.exec('牵头部门：省商务厅')?.[0]).toBe('牵头部门：');
    expect(GROUP_LABEL.exec('主管单位甲局')?.[0]).toBe('主管单位');
    expect(GROUP_LABEL.test('项目单位：甲局')).toBe(false);
    expect(GROUP_NUMBERING.exec('十二、西宁市')?.[0]).toBe('十二、');
    expect(GROUP_NUMBERING.exec('(三)海东市')?.[0]).toBe('(三)');
    expect(GROUP_NUMBERING.test('3、海东市')).toBe(false);
  });

  it('knows a note, a page number and a continued caption', () => {
    expect(NOTE_ROW.test('备注：以上金额为估算')).toBe(true);
    expect(NOTE_ROW.test('说明 : 略')).toBe(true);
    expect(NOTE_ROW.test('注意事项')).toBe(false);
    expect(PAGE_MARK.test('— 12 —')).toBe(true);
    expect(PAGE_MARK.test('第3页 共9页')).toBe(true);
    expect(PAGE_MARK.test('附件2')).toBe(false);
    expect(CONTINUED_CAPTION.test('续表')).toBe(true);
    expect(CONTINUED_CAPTION.test('续上表（签约项目）')).toBe(true);
    expect(CONTINUED_CAPTION.test('继续推进')).toBe(false);
  });
});
