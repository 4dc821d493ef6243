import { describe, expect, it } from 'vitest';
import { cnToNumber, numberToCn } from '../../src/lexicon/numerals.js';

describe('Chinese numerals', () => {
  it('reads positional and digit-by-digit numerals and Arabic digits', () => {
    expect(cnToNumber('十一')).toBe(11);
    expect(cnToNumber('二十三')).toBe(23);
    expect(cnToNumber('一百零五')).toBe(105);
    expect(cnToNumber('二〇二〇')).toBe(2020);
    expect(cnToNumber(' 42 ')).toBe(42);
    expect(cnToNumber('甲')).toBeNull();
  });
  it('writes 1..99 the way numbering prints them, and reads them back', () => {
    for (let n = 1; n < 100; n++) expect(cnToNumber(numberToCn(n))).toBe(n);
    expect(numberToCn(10)).toBe('十');
    expect(numberToCn(21)).toBe('二十一');
  });
});
