import { describe, expect, it } from 'vitest';
import { labelHits, labelsWithin } from '../../src/text/label-index.js';

describe('where a label occurs', () => {
  const text = '时间：上午\n地点：会堂。时间 ：下午\n会议时间安排\n时间：晚上';
  const hits = labelHits(text, '时间');

  it('finds the word only where a colon follows it (spaces between allowed)', () => {
    expect(hits.starts.map((s) => text.slice(s, s + 2))).toEqual(['时间', '时间', '时间']);
    expect(hits.starts).toHaveLength(3);
    expect(text.slice(hits.starts[1], hits.ends[1])).toBe('时间 ：');
  });

  it('counts the labels lying wholly inside a span', () => {
    const line2 = text.indexOf('地点');
    const line2End = text.indexOf('\n', line2) - 1;
    expect(labelsWithin(hits, 0, text.length)).toBe(3);
    expect(labelsWithin(hits, line2, line2End)).toBe(1);
    expect(labelsWithin(hits, 1, 3)).toBe(0);
    expect(labelsWithin(labelHits('', '时间'), 0, 10)).toBe(0);
  });
});
