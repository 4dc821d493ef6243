import { describe, expect, it } from 'vitest';
import { MAX_BITS, fitsBits, setBit, sharesBit } from '../../src/text/bitset.js';

describe('bitset', () => {
  it('holds indices 0 … 30 only', () => {
    expect(MAX_BITS).toBe(31);
    expect(fitsBits(30)).toBe(true);
    expect(fitsBits(31)).toBe(false);
    expect(setBit(0, 30)).toBeGreaterThan(0);
  });
  it('tells whether two sets meet', () => {
    const a = setBit(setBit(0, 2), 30);
    expect(sharesBit(a, setBit(0, 30))).toBe(true);
    expect(sharesBit(a, setBit(0, 3))).toBe(false);
  });
});
