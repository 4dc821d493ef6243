import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../src/lexicon/chars.js';
import { skipBackWhile, skipWhile } from '../../src/text/code-runs.js';

describe('skipBackWhile / skipWhile', () => {
  it('find the edges of a run by index, as a trim would', () => {
    const s = '  牵头单位　 ';
    const end = skipBackWhile(s, s.length, isSpaceCode);
    const start = skipWhile(s, 0, end, isSpaceCode);
    expect(s.slice(start, end)).toBe(s.trim());
  });
  it('stop at the span edges', () => {
    expect(skipBackWhile('   ', 3, isSpaceCode)).toBe(0);
    expect(skipWhile('   ', 0, 2, isSpaceCode)).toBe(2);
    expect(skipBackWhile('ab', 2, isSpaceCode)).toBe(2);
  });
});
