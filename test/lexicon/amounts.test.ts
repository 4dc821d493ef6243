import { describe, expect, it } from 'vitest';
import {
  AMOUNT_CELL,
  GROUP_SUM_AFTER,
  TOTAL_OPENING,
  amountChars,
  mayBeTotalLabel,
  mayStartAmount,
  mayStartSeq,
  unitDivisor,
} from '../../src/lexicon/amounts.js';

describe('lexicon: amounts', () => {
  it('knows how many of a unit make one 亿元, also inside a header cell', () => {
    expect(unitDivisor('万元')).toBe(1e4);
    expect(unitDivisor('总投资额(万元)')).toBe(1e4);
    expect(unitDivisor('亿元')).toBe(1);
    expect(unitDivisor('总投资额')).toBe(1);
  });

  it('reads an amount cell with its hedge and unit', () => {
    expect(AMOUNT_CELL.exec('约3.5亿元')?.slice(1)).toEqual(['约', '3.5', '亿元']);
    expect(AMOUNT_CELL.exec('超过10亿')?.slice(1)).toEqual(['超过', '10', '亿']);
    expect(AMOUNT_CELL.exec('-2万元')?.slice(1)).toEqual([undefined, '-2', '万元']);
    expect(AMOUNT_CELL.test('3千元')).toBe(false);
  });

  it('derives its pre-filters from the word lists', () => {
    for (const c of ['约', '近', '超', '亿', '万', '3', ' ', '\u3000']) expect(mayStartAmount(c + '1')).toBe(true);
    expect(mayStartAmount('项目')).toBe(false);
    expect(mayStartAmount('1'.repeat(65))).toBe(false);
    expect(amountChars('约 1,200.5万元')).toBe(true);
    expect(amountChars('1200元整')).toBe(false);
    expect(mayStartSeq('（3）')).toBe(true);
    expect(mayBeTotalLabel('总 合 计：')).toBe(true);
    expect(mayBeTotalLabel('合计346')).toBe(false);
  });

  it('reads the labels that open a sum and the sum after a group count', () => {
    expect(TOTAL_OPENING.exec('总合计：346项')?.[1]).toBe('总合计');
    expect(TOTAL_OPENING.exec('分计12')?.[1]).toBe('分计');
    expect(GROUP_SUM_AFTER.exec('，小计：3.5亿元')?.slice(1)).toEqual(['3.5', '亿元']);
    expect(GROUP_SUM_AFTER.test('总计3.5')).toBe(false);
  });
});
