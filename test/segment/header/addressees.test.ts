import { describe, expect, it } from 'vitest';
import {
  addresseeText,
  readAddressees,
  splitAddresseeGroup,
  wrapsToAddressees,
} from '../../../src/segment/header/addressees.js';

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

/** lines 1.. of a text, as the header reader asks for them */
const linesOf = (text: string) => {
  const lines = text.split('\n');
  return (no: number) => lines[no - 1] ?? '';
};

describe('the addressee paragraph', () => {
  it('reads addressees wrapped over lines, each line before the colon ending with a separator', () => {
    const at = linesOf('各州人民政府，省政府各部门，\n各直属机构：\n现将有关事项通知如下。');
    const p = readAddressees(at, 1, 3);
    expect(p).toMatchObject({ first: 1, last: 2, number: null });
    expect(p!.names).toEqual(['各州人民政府', '省政府各部门', '各直属机构']);
  });

  it('does not take a sentence wrapped at a comma for addressees', () => {
    expect(readAddressees(linesOf('为进一步加强安全生产工作，\n现将有关事项通知如下：'), 1, 2)).toBeNull();
    expect(readAddressees(linesOf('各县人民政府，\n现将有关事项通知如下：'), 1, 2)).toBeNull();
  });

  it('takes a 发文字号 before the addressees, bare or in round brackets, or after the colon', () => {
    const head = readAddressees(linesOf('某政〔2022〕18号    各县人民政府：'), 1, 1)!;
    expect(head.number).toEqual({ text: '某政〔2022〕18号', where: 'opens', line: 1 });
    const bracketed = readAddressees(linesOf('（某政〔2022〕18号）各县人民政府：'), 1, 1)!;
    expect(bracketed.names).toEqual(['各县人民政府']);
    expect(bracketed.number?.text).toBe('某政〔2022〕18号');
    const tail = readAddressees(linesOf('各县人民政府，\n州政府各部门：  某政〔2022〕18号'), 1, 2)!;
    expect(tail.number).toEqual({ text: '某政〔2022〕18号', where: 'ends', line: 2 });
    expect(tail.names).toEqual(['各县人民政府', '州政府各部门']);
  });

  it('stops at a blank line, at the end of the region and after four lines', () => {
    expect(readAddressees(linesOf('各县人民政府，\n\n州政府各部门：'), 1, 3)).toBeNull();
    expect(readAddressees(linesOf('各县人民政府，\n州政府各部门：'), 1, 1)).toBeNull();
    expect(readAddressees(linesOf('各县，\n各区，\n各镇，\n各乡，\n各村：'), 1, 5)).toBeNull();
  });

  it('knows a line the addressees wrap from', () => {
    expect(wrapsToAddressees('某政〔2021〕7号    各县人民政府，州政府各部门，')).toBe(true);
    expect(wrapsToAddressees('各县人民政府、')).toBe(true);
    expect(wrapsToAddressees('各县人民政府：')).toBe(false);
    expect(wrapsToAddressees('一、总体要求，')).toBe(false);
  });
});
