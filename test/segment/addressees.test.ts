import { describe, expect, it } from 'vitest';
import { addresseeText, splitAddresseeGroup } from '../../src/segment/anchors.js';

describe('addressee groups', () => {
  it.each([
    ['各县人民政府、州政府各部门', ['各县人民政府', '州政府各部门']],
    ['各街道、区直各部门', ['各街道', '区直各部门']],
    ['西宁市人民政府、海东市人民政府', ['西宁市人民政府', '海东市人民政府']],
    ['各市、自治州人民政府', ['各市、自治州人民政府']],
    ['各市、县人民政府', ['各市、县人民政府']],
    ['省政府各委、办、厅、局', ['省政府各委、办、厅、局']],
    ['各县（区）人力资源和社会保障局、住房和城乡建设局', ['各县（区）人力资源和社会保障局、住房和城乡建设局']],
  ])('splits %s where each side stands alone', (group, parts) => expect(splitAddresseeGroup(group)).toEqual(parts));

  it('reads one organ, a number at the head of the line, and leaves chrome and labels alone', () => {
    expect(addresseeText('某某市人民政府办公室：')).toBe('某某市人民政府办公室');
    expect(addresseeText('某政〔2022〕18号    各县人民政府，州政府各部门：')).toBe('各县人民政府，州政府各部门');
    expect(addresseeText('上一篇：某某市人民政府关于公布名录的通知')).toBeNull();
    expect(addresseeText('一、会议时间：3月5日')).toBeNull();
  });
});
