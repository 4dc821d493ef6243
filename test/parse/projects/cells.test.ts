import { describe, expect, it } from 'vitest';
import {
  isNumberCell,
  parseAmount,
  parseGroupLabel,
  parseSeq,
  totalInText,
  totalLabel,
} from '../../../src/parse/projects/cells.js';

describe('project amount cells', () => {
  it('reads amounts', () => {
    expect(parseAmount('180.33')).toBe(180.33);
    expect(parseAmount('1,200.5')).toBe(1200.5);
    expect(parseAmount('3亿元')).toBe(3);
    expect(parseAmount('500万元')).toBe(0.05);
    expect(parseAmount('-2.00')).toBe(-2);
    expect(parseAmount('省地质矿产勘查局')).toBeNull();
  });

  it('reads a cell led by any white space the first-character test lets through', () => {
    for (const sp of [' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff']) {
      expect(parseAmount(`${sp}12.5`)).toBe(12.5);
      expect(parseAmount(`${sp}约3亿元`)).toBe(3);
    }
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('（12）')).toBeNull();
  });
});

describe('projects: 序号 cells', () => {
  it('reads plain digits without the pattern, and the printed forms with it', () => {
    expect(parseSeq('7')).toBe(7);
    expect(parseSeq('00012')).toBe(12);
    expect(parseSeq('12345')).toBe(12345);
    // more than five digits is an amount or an id, not a 序号, whichever path reads it
    expect(parseSeq('123456')).toBeNull();
    expect(parseSeq('（12）')).toBe(12);
    expect(parseSeq('12.')).toBe(12);
    expect(parseSeq(' 3 ')).toBe(3);
    expect(parseSeq('')).toBeNull();
    expect(parseSeq('1a')).toBeNull();
  });
});

describe('projects: amount cells', () => {
  it('reads plain decimals without the pattern, as the pattern would', () => {
    expect(parseAmount('2.50')).toBe(2.5);
    expect(parseAmount('12')).toBe(12);
    expect(parseAmount('35000', 1e-4)).toBe(3.5);
    expect(parseAmount('2.')).toBeNull();
    expect(parseAmount('.5')).toBeNull();
    expect(parseAmount('1.2.3')).toBeNull();
    expect(parseAmount('1,668.86')).toBe(1668.86);
    expect(parseAmount('3500万元')).toBe(0.35);
  });
});

describe('project group headings', () => {
  it('parses counts and subtotals in the label', () => {
    expect(parseGroupLabel('责任单位：西宁市政府（35项）')).toEqual({ unit: '西宁市政府', count: 35, subtotal: null });
    expect(parseGroupLabel('责任单位:甲局(2项，26.25亿元)')).toEqual({ unit: '甲局', count: 2, subtotal: 26.25 });
    expect(parseGroupLabel('责任单位：甲局（2项）小计：3.5亿元')).toEqual({ unit: '甲局', count: 2, subtotal: 3.5 });
    expect(parseGroupLabel('一、西宁市政府（35个项目）')).toEqual({ unit: '西宁市政府', count: 35, subtotal: null });
    expect(parseGroupLabel('甲方公司')).toBeNull();
  });
});

describe('project sum cells', () => {
  it('knows a subtotal or total label, in any spacing, and nothing longer', () => {
    expect(totalLabel('小计')).toBe('subtotal');
    expect(totalLabel('分 计：')).toBe('subtotal');
    expect(totalLabel('合 计')).toBe('total');
    expect(totalLabel('总合计')).toBe('total');
    expect(totalLabel('合计346项')).toBeNull();
    expect(totalLabel('')).toBeNull();
  });

  it('reads a total written in one cell', () => {
    expect(totalInText('合计：346项，1668.86亿元')).toEqual({ kind: 'total', amount: 1668.86, count: 346 });
    expect(totalInText('小计 35.2')).toEqual({ kind: 'subtotal', amount: 35.2, count: null });
    expect(totalInText('共计12个项目')).toEqual({ kind: 'total', amount: null, count: 12 });
    expect(totalInText('合计 5000万元')).toEqual({ kind: 'total', amount: 0.5, count: null });
    expect(totalInText('西宁市政府')).toBeNull();
  });

  it('takes a decimal for a number cell as the pattern would', () => {
    expect(isNumberCell('2.50')).toBe(true);
    expect(isNumberCell('12')).toBe(true);
    expect(isNumberCell('1,668.86')).toBe(true);
    expect(isNumberCell('-3')).toBe(true);
    expect(isNumberCell('2.')).toBe(false);
    expect(isNumberCell('.5')).toBe(false);
    expect(isNumberCell('1.2.3')).toBe(false);
    expect(isNumberCell('3亿元')).toBe(false);
  });

  it('answers the same whatever was read before (no cache between cells or runs)', () => {
    expect(parseAmount('35000', 1e-4)).toBe(3.5);
    expect(parseAmount('35000')).toBe(35000);
    expect(parseSeq('12')).toBe(12);
    expect(parseSeq('12')).toBe(12);
  });
});
