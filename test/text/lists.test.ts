import { describe, expect, it } from 'vitest';
import { splitList, joinCjkSpaces } from '../../src/text/lists.js';

describe('splitList', () => {
  it('splits on 、 and ， but never inside brackets', () => {
    expect(splitList('省财政厅、各市州、县（市、区、行委）政府，省商务厅')).toEqual(['省财政厅', '各市州、县（市、区、行委）政府', '省商务厅']);
  });
  it('drops a trailing 等 and edge punctuation', () => {
    expect(splitList('省发展改革委、相关园区等')).toEqual(['省发展改革委', '相关园区']);
    expect(splitList('省商务厅等单位。')).toEqual(['省商务厅']);
  });
  it('joins single characters and keeps Latin names whole', () => {
    expect(splitList('孙 静', 'names')).toEqual(['孙静']);
    expect(splitList('苗光银 彭秉清', 'names')).toEqual(['苗光银', '彭秉清']);
    expect(splitList('ELSAID AHMED DEYAB HARHASH', 'names')).toEqual(['ELSAID AHMED DEYAB HARHASH']);
    expect(splitList('上海 深圳', 'places')).toEqual(['上海', '深圳']);
  });
  it('reads spaces inside a 、 list as wrap damage', () => {
    expect(splitList('省人力资源 社会保障厅、省公安 厅')).toEqual(['省人力资源社会保障厅', '省公安厅']);
  });
  it('splits units separated only by spaces after a complete name', () => {
    expect(splitList('山东日照市宏远商贸有限公司 陕西粮农有限公司')).toEqual(['山东日照市宏远商贸有限公司', '陕西粮农有限公司']);
  });
  it('removes spaces between Chinese characters', () => {
    expect(joinCjkSpaces('青海省 2020 年下半年')).toBe('青海省2020年下半年');
  });
});
