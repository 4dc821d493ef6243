import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseSnippet } from '../../helpers/parse.js';

const wild = (name: string) => {
  const text = readFileSync(join(FIXTURES, 'wild', `${name}.txt`), 'utf8');
  return { text, parsed: parseSnippet(text, name) };
};

describe('meetings and activities announced in prose', () => {
  it('a meeting notice gives the meeting and its registration, each from its own sentence', () => {
    const { text, parsed } = wild('meeting-prose');
    const [meeting, registration, ...rest] = parsed.records.activities;
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({
      kind: 'event',
      name: '全省安全生产工作会议',
      start: '2023-03-15T09:00',
      venue: '省政府第一会议室',
      participants: ['各市州政府分管负责同志', '省安委会各成员单位负责同志'],
    });
    expect(registration).toMatchObject({ name: '参会人员报到', start: '2023-03-14T13:30', end: '2023-03-14T16:30' });
    const s = registration.source;
    expect(text.slice(s.startOffset, s.endOffset)).toBe('参会人员于3月14日下午1:30至4:30报到。');
  });

  it('a plan with a labelled 活动时间 and 活动地点 gives its activity', () => {
    const { parsed } = wild('activity-plan-labelled');
    const events = parsed.records.activities.filter((a) => a.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: '2024年全民阅读推广活动',
      start: '2024-04-23',
      end: '2024-05-31',
      venue: '市图书馆及各区分馆',
    });
  });

  it('a notice that announces no gathering gets no event', () => {
    const parsed = parseSnippet(
      '关于做好防汛工作的通知\n各县人民政府：\n一、时间：汛期为6月至9月。\n某县人民政府\n2023年5月1日\n',
    );
    expect(parsed.records.activities).toEqual([]);
  });
});

describe('a meeting notice with a section per field', () => {
  it('会议时间 with a weekday, 会议地点 and 参会人员 under headings of their own', () => {
    const { parsed } = wild('meeting-weekday');
    const events = parsed.records.activities.filter((a) => a.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: '全省职业教育工作推进会',
      start: '2024-03-05T09:30',
      venue: '省教育厅三楼会议室（某某路12号）',
      participants: ['各市（州）教育局分管负责同志', '各高等职业院校分管校领导'],
    });
    expect(parsed.records.contacts.map((c) => c.name)).toEqual(['刘某某']);
    expect(parsed.records.documents[0].attachments).toEqual(['参会回执']);
  });
});

describe('a training notice with its time and place in one line', () => {
  it('培训时间：… 。培训地点：… read as one event with its venue and trainees', () => {
    const { parsed } = wild('training-same-line');
    const events = parsed.records.activities.filter((a) => a.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: '全市基层党务工作者培训班',
      start: '2024-04-08',
      end: '2024-04-10',
      venue: '市委党校（某某大道88号）',
    });
    expect(events[0].participants.length).toBeGreaterThan(0);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('activity-date-day-without-month');
  });
});

describe('fields read from the blocks of the tree', () => {
  it('a time field listed with its place and trainees, one a line, and a place under a heading of its own', () => {
    const text = [
      '关于举办全县农技人员培训班的通知',
      '各乡镇农业站：',
      '经研究，决定举办全县农技人员培训班。有关事项如下。',
      '培训时间：2024年5月6日至5月8日',
      '报到时间：5月5日下午',
      '参训对象：各乡镇农技人员',
      '二、培训地点',
      '县农业技术推广中心二楼。',
      '某某县农业农村局',
      '2024年4月20日',
    ].join('\n');
    const events = parseSnippet(text).records.activities.filter((a) => a.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: '全县农技人员培训班',
      start: '2024-05-06',
      end: '2024-05-08',
      venue: '县农业技术推广中心二楼',
      participants: ['各乡镇农技人员'],
    });
    expect(events[0].source.startLine).toBe(4);
  });
});
