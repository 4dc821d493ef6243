import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateSpanAt, findDateSpan, impossibleDays, parseDateLine } from '../../src/text/dates.js';

const span = (s: string, ctx = {}) => {
  const r = findDateSpan(s, ctx);
  return r && { start: r.start, end: r.end, text: r.text, problem: r.problem };
};

describe('findDateSpan', () => {
  it('reads an hour range on one day (ratio and ASCII colons)', () => {
    expect(span('时间：7月21日17:00—19:00', { year: 2022 })).toEqual({
      start: '2022-07-21T17:00',
      end: '2022-07-21T19:00',
      text: '7月21日17:00—19:00',
      problem: null,
    });
    expect(span('7月22日9:00-9:30地点', { year: 2022 })).toMatchObject({
      start: '2022-07-22T09:00',
      end: '2022-07-22T09:30',
    });
  });

  it('reads day ranges with 至, —, ～, -, 到 and ranges crossing months', () => {
    expect(span('2022年7月22日至7月24日（会期3天）')).toMatchObject({
      start: '2022-07-22',
      end: '2022-07-24',
      text: '2022年7月22日至7月24日',
    });
    expect(span('6月25日—7月29日', { year: 2022 })).toMatchObject({ start: '2022-06-25', end: '2022-07-29' });
    expect(span('8月3日至7日 全国', { year: 2020 })).toMatchObject({
      start: '2020-08-03',
      end: '2020-08-07',
      text: '8月3日至7日',
    });
    expect(span('9月1日～3日', { year: 2021 })).toMatchObject({ start: '2021-09-01', end: '2021-09-03' });
    expect(span('9月1日-9月3日', { year: 2021 })).toMatchObject({ start: '2021-09-01', end: '2021-09-03' });
    expect(span('5月30日到6月2日', { year: 2021 })).toMatchObject({ start: '2021-05-30', end: '2021-06-02' });
    expect(span('8月30日至2日', { year: 2021 })).toMatchObject({ start: '2021-08-30', end: '2021-09-02' });
  });

  it('reads a range over the year end', () => {
    expect(span('12月28日至1月3日', { year: 2022 })).toMatchObject({ start: '2022-12-28', end: '2023-01-03' });
    expect(span('2022年12月—2023年2月')).toMatchObject({ start: '2022-12', end: '2023-02' });
  });

  it('reads month spans with the unit printed once', () => {
    expect(span('（2020年9—11月）')).toMatchObject({ start: '2020-09', end: '2020-11', text: '2020年9—11月' });
    expect(span('2017年8月—2018年8月，开展试点阶段')).toMatchObject({ start: '2017-08', end: '2018-08' });
    expect(span('2022 年 7 月—12 月，组织评估阶段')).toMatchObject({
      start: '2022-07',
      end: '2022-12',
      text: '2022 年 7 月—12 月',
    });
    expect(span('（2021年1月）')).toMatchObject({ start: '2021-01', end: '2021-01' });
    expect(span('8月3—7日', { year: 2020 })).toMatchObject({ start: '2020-08-03', end: '2020-08-07' });
  });

  it('takes the year and month from the context', () => {
    expect(span('3日至5日', { year: 2020, month: 8 })).toMatchObject({ start: '2020-08-03', end: '2020-08-05' });
    expect(span('3日', {})).toMatchObject({ start: null, problem: 'day-without-month' });
    expect(span('8月3日', {})).toMatchObject({ start: null, problem: 'no-year' });
  });

  it('reads a time without a date only with a day from the context', () => {
    expect(span('17:00—19:00', { year: 2022 })).toMatchObject({
      start: null,
      end: null,
      problem: 'time-without-date',
      text: '17:00—19:00',
    });
    expect(span('17:00—19:00', { day: '2022-07-21' })).toMatchObject({
      start: '2022-07-21T17:00',
      end: '2022-07-21T19:00',
    });
    expect(span('下午3点半', { day: '2022-07-21' })).toMatchObject({ start: '2022-07-21T15:30', end: null });
    expect(span('22:00—1:00', { day: '2022-07-21' })).toMatchObject({ end: '2022-07-22T01:00' });
  });

  it('reads Chinese numerals and skips a weekday in brackets', () => {
    expect(span('二〇二〇年八月十八日')).toMatchObject({ start: '2020-08-18' });
    expect(span('7月21日（星期四）17:00', { year: 2022 })).toMatchObject({ start: '2022-07-21T17:00' });
  });

  it('gives null, never a wrong date, for an impossible one', () => {
    expect(span('2月30日', { year: 2022 })).toMatchObject({
      start: null,
      end: null,
      problem: 'impossible-date',
      text: '2月30日',
    });
    expect(span('13月1日', { year: 2022 })).toMatchObject({ start: null, problem: 'impossible-date' });
  });

  it('does not read a following year as part of a date', () => {
    expect(span('●8月12日 2020年对口支援', { year: 2020 })).toMatchObject({ start: '2020-08-12', text: '8月12日' });
  });

  it('finds nothing in text without a date', () => {
    expect(findDateSpan('第一阶段：启动')).toBeNull();
    expect(findDateSpan('试用期一年')).toBeNull();
    expect(findDateSpan('0971-6109400')).toBeNull();
  });
});

describe('where a date can start', () => {
  const at = (s: string) => findDateSpan(s, { year: 2024, day: '2024-07-21' });

  it('finds am/pm words, clocks and hours anywhere in the text', () => {
    expect(at('会议于下午3点半开始')).toMatchObject({ start: '2024-07-21T15:30', text: '下午3点半', index: 3 });
    expect(at('晚8:00举行')).toMatchObject({ start: '2024-07-21T20:00', index: 0 });
    expect(at('早上 9:00—11:30')).toMatchObject({ start: '2024-07-21T09:00', end: '2024-07-21T11:30' });
    expect(at('凌晨2时')?.start).toBe('2024-07-21T02:00');
    expect(at('傍晚六点')?.start).toBe('2024-07-21T18:00');
    expect(at('中午12:30')?.start).toBe('2024-07-21T12:30');
  });

  it('starts no date inside a longer run of digits, but may inside one of numerals', () => {
    expect(at('编号12345年6月1日')).toMatchObject({ text: '6月1日', index: 8 });
    expect(at('一二〇二〇年八月')).toMatchObject({ start: '2020-08', text: '二〇二〇年八月', index: 1 });
  });

  it('reads a date after spaces and a colon', () => {
    expect(at('时间 ： 7月21日')).toMatchObject({ start: '2024-07-21', index: 5 });
    expect(at('共 1000 人')).toBeNull();
  });

  it('dateSpanAt reads only the expression at the given place', () => {
    expect(dateSpanAt('8月3日至7日，开幕', 0, { year: 2024 })).toMatchObject({
      start: '2024-08-03',
      end: '2024-08-07',
    });
    expect(dateSpanAt('开幕：8月3日', 0, { year: 2024 })).toBeNull();
  });
});

describe('older helpers still behave', () => {
  it('parseDateLine and impossibleDays', () => {
    expect(parseDateLine('2020 年 8 月 31 日')).toBe('2020-08-31');
    expect(impossibleDays('2月30日至3月1日', 2022)).toEqual(['2月30日']);
    expect(impossibleDays('2月29日', 2024)).toEqual([]);
  });
});

describe('parseDateLine and the signature search', () => {
  it('accepts only lines holding 日, which segment/header.ts relies on to skip the others in one search', () => {
    const sp = fc.constantFrom('', ' ', '  ', '\t');
    const year = fc.oneof(
      fc.constantFrom('2020', '二〇二〇', '1999'),
      fc.stringMatching(/^[0-9〇零一二三四五六七八九十]{1,4}$/),
    );
    const day = fc.oneof(
      fc.constantFrom('8', '八', '12', '十二', '1', '三十一', '十'),
      fc.stringMatching(/^[0-9〇零一二三四五六七八九十]{1,3}$/),
    );
    // the last mark is the one in question; the others are mostly right, so many lines are dates
    const mark = (right: string) =>
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(right) },
        { weight: 1, arbitrary: fc.constantFrom('年', '月', '日', '号', '') },
      );
    const end = fc.constantFrom('日', '号', '', '曰', '日日', '时');
    const line = fc
      .tuple(sp, year, sp, mark('年'), sp, day, sp, mark('月'), sp, day, sp, end, sp)
      .map((p) => p.join(''));
    let accepted = 0;
    fc.assert(
      fc.property(line, (l) => {
        if (parseDateLine(l) === null) return;
        accepted++;
        expect(l).toContain('日');
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(parseDateLine('2020年8月31日')).toBe('2020-08-31');
    expect(parseDateLine('2020年8月31号')).toBeNull();
  });
});
