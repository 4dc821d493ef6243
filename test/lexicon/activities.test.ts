import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_ITEM_FIELDS,
  CHRONICLE_MONTH,
  EVENT_FIELDS,
  GATHERING_TITLE,
  HALL_HEADING,
  LABEL_HEADING,
  LABELLED_SENTENCE,
  MEETING_TIME_LABEL,
  PLAN_NOTICE_TITLE,
  STAGE_MARKER,
  WHEN_WHERE_FIELD,
  WHEN_WHERE_TITLE,
  activityFieldBefore,
  hallNameAt,
  isPlaceField,
  isRouteField,
  isTimeField,
} from '../../src/lexicon/activities.js';

describe('the words of a programme item', () => {
  it('sort each field label into time, place, route or people', () => {
    expect(EVENT_FIELDS.filter(isTimeField)).toEqual(['时间', '日期']);
    expect(EVENT_FIELDS.filter(isPlaceField)).toEqual(['地点', '地址', '会址']);
    expect(EVENT_FIELDS.filter(isRouteField)).toEqual(['路线', '线路']);
    expect(WHEN_WHERE_FIELD.test('集合地址 ：北门')).toBe(true);
    expect(WHEN_WHERE_FIELD.test('参加人员：全体')).toBe(false);
  });

  it('know a heading that gives when and where a whole event takes place', () => {
    expect(WHEN_WHERE_TITLE.test('活动时间、地点')).toBe(true);
    expect(WHEN_WHERE_TITLE.test('日期')).toBe(true);
    expect(WHEN_WHERE_TITLE.test('时间要求')).toBe(false);
  });
});

describe('halls and stages', () => {
  it('read a hall heading with its theme, and a hall name at a line start', () => {
    const m = HALL_HEADING.exec('B馆（农牧产品馆）：展示特色产品')!;
    expect([m[1], m[2]]).toEqual(['B馆', '农牧产品馆']);
    expect(hallNameAt('序言。2号展厅布置', 3)).toBe(true);
    expect(hallNameAt('序言。布置', 3)).toBe(false);
  });

  it('read a stage marker in numerals or digits', () => {
    expect(STAGE_MARKER.exec('第三阶段：验收')?.[1]).toBe('三');
    expect(STAGE_MARKER.exec(' 第 2 阶段，总结')?.[1]).toBe('2');
    expect(STAGE_MARKER.test('分阶段推进')).toBe(false);
  });
});

describe('meeting notices and chronicles', () => {
  it('take the gathering from the title of a notice or of a plan it issues', () => {
    expect(GATHERING_TITLE.exec('关于召开全县春耕生产会议的通知')?.[1]).toBe('全县春耕生产会议');
    expect(PLAN_NOTICE_TITLE.exec('关于印发读书节活动实施方案的通知')?.[1]).toBe('读书节活动');
  });

  it('read a labelled sentence and a heading that is only a label (Han only, Extension A included)', () => {
    expect(LABELLED_SENTENCE.exec('（二）报到时间：周一上午')?.slice(1)).toEqual(['报到时间', '周一上午']);
    expect(LABEL_HEADING.exec('三、会议地点')?.[1]).toBe('会议地点');
    expect(LABEL_HEADING.test('三、会议地点在北楼')).toBe(false);
    expect(LABELLED_SENTENCE.exec('㐀㐁时间：今天')?.[1]).toBe('㐀㐁时间');
    expect(MEETING_TIME_LABEL.test('培训时间')).toBe(true);
  });

  it('read the month a chronicle names', () => {
    expect(CHRONICLE_MONTH.exec('2021年十一月份大事记')?.[1]).toBe('十一');
  });
});

describe('activity item fields', () => {
  it('are labelled fields of a programme item (what the task reader leaves to the activity reader)', () => {
    for (const f of ACTIVITY_ITEM_FIELDS) expect(EVENT_FIELDS).toContain(f);
  });
});

describe('activityFieldBefore', () => {
  it('tells a colon after the last character of an activity field', () => {
    const text = '时间：上午，地点：会场，说明：无';
    expect(activityFieldBefore(text, text.indexOf('：'))).toBe(true);
    expect(activityFieldBefore(text, text.indexOf('地点：') + 2)).toBe(true);
    expect(activityFieldBefore(text, text.lastIndexOf('：'))).toBe(false);
    expect(activityFieldBefore('：开头', 0)).toBe(false);
  });
});
