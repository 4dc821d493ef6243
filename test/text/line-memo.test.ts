import { describe, expect, it } from 'vitest';
import { LineMarks, LineMemo } from '../../src/text/line-memo.js';

describe('LineMemo', () => {
  it('asks once per line, in any order, and keeps false and null answers', () => {
    const asked: number[] = [];
    const memo = new LineMemo<string | null>(5, (no) => {
      asked.push(no);
      return no % 2 ? `line ${no}` : null;
    });
    expect([5, 2, 5, 1, 2].map((no) => memo.of(no))).toEqual(['line 5', null, 'line 5', 'line 1', null]);
    expect(asked).toEqual([5, 2, 1]);
    const flags = new LineMemo(3, (no) => no === 3);
    expect([flags.of(1), flags.of(1), flags.of(3)]).toEqual([false, false, true]);
  });
});

describe('LineMarks', () => {
  it('marks inclusive ranges of lines', () => {
    const marks = new LineMarks(10);
    marks.mark(2, 4);
    marks.mark(7, 7);
    expect([1, 2, 3, 4, 5, 7, 8, 11].map((no) => marks.has(no))).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
