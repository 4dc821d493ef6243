import { describe, expect, it } from 'vitest';
import {
  AFTERNOON_PARTS,
  DAY_PARTS,
  DEADLINE_LABELS,
  fullDatePattern,
  isDateOnlyLine,
  yearIn,
} from '../../src/lexicon/dates.js';

describe('date words', () => {
  it('know a line that is only a date, in digits or numerals', () => {
    expect(isDateOnlyLine('2020 年 8 月 31 日')).toBe(true);
    expect(isDateOnlyLine('二〇二〇年八月十八日')).toBe(true);
    expect(isDateOnlyLine('2020年8月31日印发')).toBe(false);
  });
  it('find a full date inside a sentence', () => {
    expect(fullDatePattern().exec('于2021年3月5日发布')?.[0]).toBe('2021年3月5日');
  });
  it('name the afternoon parts among the parts of a day, and the deadline labels', () => {
    for (const p of AFTERNOON_PARTS) expect(DAY_PARTS).toContain(p);
    expect(DEADLINE_LABELS).toContain('完成时限');
  });
});

describe('a year printed in a title or heading', () => {
  it('is the first four-digit year before 年, or none', () => {
    expect(yearIn('五、进度安排（2024 年）')).toBe(2024);
    expect(yearIn('关于印发2023年工作要点的通知')).toBe(2023);
    expect(yearIn('三、时间安排')).toBeNull();
  });
});
