import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../../helpers/parse.js';
import { validateFile } from '../../../src/validate/validate.js';

describe('chronicle of seed 003', () => {
  const entries = fixture('003').records.activities.filter((a) => a.kind === 'chronicle');

  it('keeps every bullet entry, in printed order', () => {
    expect(entries).toHaveLength(67);
    expect(entries[0]).toMatchObject({ start: '2020-08-02', end: '2020-08-02', timeText: '8月2日' });
    expect(entries.at(-1)!.start).toBe('2020-08-31');
  });

  it('reads a span of days', () => {
    const e = entries.find((a) => a.text.includes('全国人大常委会副委员长'))!;
    expect(e).toMatchObject({ start: '2020-08-03', end: '2020-08-07', timeText: '8月3日至7日' });
  });

  it('joins an entry cut by a page break', () => {
    const e = entries.find((a) => a.text.startsWith('木里矿区生态环境综合整治'))!;
    expect(e.text).toContain('工作领导小组在西宁召开第一次会议');
    expect(e.name).toBe('木里矿区生态环境综合整治工作领导小组在西宁召开第一次会议');
  });

  it('flags the entry printed out of order as info only', () => {
    const all = validateFile(fixture('003'));
    const d = all.filter((x) => x.code === 'chronicle-out-of-order');
    expect(d.map((x) => [x.severity, x.line])).toEqual([['info', 1607]]);
    expect(all.filter((x) => x.severity === 'error' && /activit|chronicle|phase/.test(x.code))).toEqual([]);
  });
});

describe('a hand-made chronicle', () => {
  it('takes the year and month from its heading, and reports an entry without a date', () => {
    const p = parseSnippet(
      [
        '省政府2021年12月份大事记',
        '',
        '●12月30日至1月2日 全省冬季运动会举行。',
        '●31日 年终工作会议召开。',
        '● 其他事项。',
      ].join('\n'),
    );
    const e = p.records.activities.filter((a) => a.kind === 'chronicle');
    expect(e.map((a) => [a.start, a.end])).toEqual([
      ['2021-12-30', '2022-01-02'],
      ['2021-12-31', '2021-12-31'],
      [null, null],
    ]);
    expect(e[2].text).toBe('其他事项');
    expect(p.diagnostics.some((d) => d.code === 'chronicle-without-date' && d.recordId === e[2].id)).toBe(true);
  });
});
