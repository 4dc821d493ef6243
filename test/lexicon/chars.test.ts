import { describe, expect, it } from 'vitest';
import {
  HAN_CLASS,
  SPACE_CHARS,
  alternation,
  countHan,
  isChineseContextCode,
  isHanCode,
  isSpaceCode,
  lastCharTable,
} from '../../src/lexicon/chars.js';

describe('character classes', () => {
  it('isSpaceCode is what /\\s/ matches, and SPACE_CHARS lists exactly those', () => {
    const listed = new Set([...SPACE_CHARS].map((c) => c.charCodeAt(0)));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpaceCode(c)).toBe(/\s/.test(ch));
      expect(listed.has(c)).toBe(isSpaceCode(c));
    }
  });
  it('isHanCode and HAN_CLASS agree on every code unit', () => {
    const re = new RegExp(`[${HAN_CLASS}]`);
    for (let c = 0; c < 0x10000; c++) expect(isHanCode(c)).toBe(re.test(String.fromCharCode(c)));
  });
  it('counts Han characters, not hexagram symbols or punctuation', () => {
    expect(countHan('青海省（2020）䷀')).toBe(3);
    expect(countHan('ABC，')).toBe(0);
  });
  it('takes CJK punctuation and full-width forms as Chinese context', () => {
    for (const ch of '省，：“”（') expect(isChineseContextCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of 'a1:') expect(isChineseContextCode(ch.charCodeAt(0))).toBe(false);
  });
  it('builds alternations longest first and tables of last characters', () => {
    expect(alternation(['部', '部门', 'a.b'])).toBe('(?:a\\.b|部门|部)');
    const t = lastCharTable(['部门', '局']);
    expect(t['门'.charCodeAt(0)] + t['局'.charCodeAt(0)] + t['部'.charCodeAt(0)]).toBe(2);
  });
});
