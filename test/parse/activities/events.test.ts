import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../../helpers/parse.js';
import { readEventBody } from '../../../src/parse/activities/event-body.js';
import { splitPlaceAndOrganizers, parseOrganizers } from '../../../src/parse/activities/organizers.js';

const notice = (body: string) =>
  [
    '青海省人民政府办公厅关于印发冬季运动会总体方案的通知',
    '青政办〔2023〕9号',
    '各市、自治州人民政府，省政府各委、办、厅、局：',
    '现将方案印发给你们，请认真贯彻执行。',
    '青海省人民政府办公厅',
    '2023年11月20日',
    '冬季运动会总体方案',
    ...body.split('\n'),
    '三、工作要求',
    '各单位要加强协调配合。',
  ].join('\n');

const events = (text: string) => parseSnippet(notice(text)).records.activities.filter((a) => a.kind === 'event');

describe('events of seed 000', () => {
  const acts = fixture('000').records.activities.filter((a) => a.kind === 'event');
  const byName = (s: string) => acts.find((a) => a.name?.includes(s))!;

  it('finds the ten numbered items and the undated online one', () => {
    expect(acts.map((a) => a.seq)).toEqual([null, '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '二']);
  });

  it("reads the plan's own 时间、地点 as its main event, named by the plan title", () => {
    expect(acts[0]).toMatchObject({
      name: '第23届中国·青海绿色发展投资贸易洽谈会第二届中国（青海）国际生态博览会',
      start: '2022-07-22',
      end: '2022-07-24',
      venue: '青海国际会展中心',
      timeText: '2022年7月22日至7月24日（会期3天）',
    });
  });

  it('reads time range, venue, lead and cooperating units', () => {
    expect(byName('会见及餐叙会')).toMatchObject({
      start: '2022-07-21T17:00',
      end: '2022-07-21T19:00',
      venue: '青海宾馆',
      lead: ['青海省商务厅'],
      cooperating: ['青海省工业和信息化厅', '青海省接待办', '青海省外事办公室'],
    });
  });

  it('splits a venue run together with the organizing sentence', () => {
    expect(byName('发车仪式')).toMatchObject({
      name: '第九届环青海湖（国际）电动汽车挑战赛发车仪式',
      venue: '会展中心广场',
      lead: ['青海环青海湖（国际）电动汽车赛事有限公司'],
    });
    expect(byName('主旨论坛')).toMatchObject({
      venue: '西宁富力万达嘉华酒店',
      lead: ['青海省商务厅', '青海省工业和信息化厅'],
      start: '2022-07-22T15:00',
      end: '2022-07-22T17:30',
    });
    expect(byName('开幕式')).toMatchObject({
      venue: '会展中心A馆',
      route: '会展中心A馆（国内国际馆）—B馆（青海生态馆）—C馆（藏毯展）',
    });
  });

  it('takes the participants printed before the time', () => {
    expect(byName('开馆仪式').participants).toEqual(['江苏省', '广西壮族自治区']);
  });

  it('joins an item cut by a page break and splits items run together on one line', () => {
    expect(byName('四地')).toMatchObject({
      hosts: ['青海省发展和改革委员会', '青海省文化和旅游厅', '青海省农业农村厅'],
      lead: ['青海省工业和信息化厅'],
    });
    expect(byName('绿电5周')).toMatchObject({
      start: '2022-06-25',
      end: '2022-07-29',
      venue: '全省范围',
      lead: ['国网青海省电力公司'],
    });
  });

  it('keeps an item with no time or place', () => {
    expect(byName('云上')).toMatchObject({
      start: null,
      timeText: null,
      lead: ['青海省工业和信息化厅'],
      cooperating: ['青海省商务厅'],
    });
  });

  it('grounds every event in its passage', () => {
    const src = fixture('000').src.original;
    for (const a of acts)
      expect(src.slice(a.source.startOffset, a.source.endOffset).replace(/\s/g, '')).toContain(
        (a.name ?? '').slice(0, 4).replace(/（/g, '('),
      );
  });
});

describe('events in hand-made programmes', () => {
  it('reads a range over the year end with the document year', () => {
    const [a] = events(
      '一、主要活动\n1.冰雪嘉年华。时间：12月28日至1月3日地点：西宁市体育中心青海省体育局牵头负责，西宁市人民政府配合。\n二、其他',
    );
    expect(a).toMatchObject({
      name: '冰雪嘉年华',
      start: '2023-12-28',
      end: '2024-01-03',
      timeText: '12月28日至1月3日',
      venue: '西宁市体育中心',
      lead: ['青海省体育局'],
      cooperating: ['西宁市人民政府'],
    });
  });

  it('takes the day of a group heading for a time printed alone', () => {
    const acts = events(
      '一、主要活动\n（一）12月5日活动。\n1.开幕式。时间：上午9:30—10:30地点：青海会议中心青海省体育局牵头负责。\n2.闭幕式。时间：下午4点地点：青海会议中心青海省体育局负责。\n二、其他',
    );
    expect(acts.map((a) => [a.start, a.end])).toEqual([
      ['2023-12-05T09:30', '2023-12-05T10:30'],
      ['2023-12-05T16:00', null],
    ]);
  });

  it('leaves a time without any date empty and says so', () => {
    const p = parseSnippet(
      notice(
        '一、主要活动\n1.开幕式。时间：9:30—10:30地点：青海会议中心青海省体育局牵头负责。\n2.闭幕式。时间：12月6日地点：青海会议中心青海省体育局负责。\n二、其他',
      ),
    );
    const a = p.records.activities.find((x) => x.name === '开幕式')!;
    expect(a).toMatchObject({ start: null, end: null, timeText: '9:30—10:30' });
    expect(p.diagnostics.some((d) => d.code === 'activity-date-time-without-date' && d.recordId === a.id)).toBe(true);
  });

  it('never writes an impossible date', () => {
    const p = parseSnippet(
      notice(
        '一、主要活动\n1.开幕式。时间：2月30日地点：青海会议中心青海省体育局牵头负责。\n2.闭幕式。时间：3月1日地点：青海会议中心青海省体育局负责。\n二、其他',
      ),
    );
    const a = p.records.activities.find((x) => x.name === '开幕式')!;
    expect(a).toMatchObject({ start: null, timeText: '2月30日' });
    expect(p.diagnostics.some((d) => d.code === 'activity-date-impossible-date')).toBe(true);
  });

  it('ends the programme at the next top-level heading run onto the same line', () => {
    const acts = events(
      '一、主要活动\n1.开幕式。时间：12月5日地点：青海会议中心青海省体育局牵头负责。二、其他安排\n（一）宣传报道。省委宣传部负责。',
    );
    expect(acts).toHaveLength(1);
  });
});

describe('item fields', () => {
  it('reads labelled fields in any order', () => {
    const f = readEventBody(
      '招商推介会。地点：海东市河湟新区时间：7月22日14:00—16:00参会人员：张三、李四。海东市人民政府牵头负责，海东工业园区管委会配合。',
    );
    expect(f).toMatchObject({
      name: '招商推介会',
      venue: '海东市河湟新区',
      timeText: '7月22日14:00—16:00',
      participants: ['张三', '李四'],
    });
    expect(parseOrganizers(f.organizers!)).toEqual({
      lead: ['海东市人民政府'],
      cooperating: ['海东工业园区管委会'],
      hosts: [],
    });
  });

  it('finds where a place ends and the organizing units begin', () => {
    expect(splitPlaceAndOrganizers('青海大剧院青海省文化和旅游厅牵头负责')).toMatchObject({
      place: '青海大剧院',
      organizers: '青海省文化和旅游厅牵头负责',
      ambiguous: false,
    });
    expect(splitPlaceAndOrganizers('青海省商务厅牵头负责', false)).toMatchObject({ place: null, ambiguous: false });
    // after 地点： a place must come first: with no boundary that fits, the whole head stays the place, flagged
    expect(splitPlaceAndOrganizers('某某地方某某单位牵头负责', true)).toMatchObject({
      place: '某某地方某某单位',
      ambiguous: true,
    });
  });

  it('reads the organizing sentence forms', () => {
    expect(parseOrganizers('甲厅、乙局分别负责')).toEqual({ lead: ['甲厅', '乙局'], cooperating: [], hosts: [] });
    expect(parseOrganizers('甲厅牵头负责，乙局具体承办')).toEqual({ lead: ['甲厅'], cooperating: [], hosts: ['乙局'] });
    expect(parseOrganizers('甲厅牵头负责，乙局、丙委等单位配合')).toEqual({
      lead: ['甲厅'],
      cooperating: ['乙局', '丙委'],
      hosts: [],
    });
  });
});

describe('time values with words after them', () => {
  it('keeps 上午 with the time and does not take it as participants', () => {
    const f = readEventBody('座谈会。时间：7月22日上午地点：青海会议中心青海省商务厅负责。');
    expect(f).toMatchObject({ timeText: '7月22日上午', participants: [], venue: '青海会议中心' });
  });
});

describe('an unclear place boundary', () => {
  it('keeps the words as the venue and reports it', () => {
    const p = parseSnippet(
      notice(
        '一、主要活动\n1.开幕式。时间：12月5日地点：某某地方某某单位牵头负责。\n2.闭幕式。时间：12月6日地点：青海会议中心青海省体育局负责。\n二、其他',
      ),
    );
    const a = p.records.activities.find((x) => x.name === '开幕式')!;
    expect(a.venue).toBe('某某地方某某单位');
    expect(p.diagnostics.some((d) => d.code === 'activity-venue-ambiguous' && d.recordId === a.id)).toBe(true);
  });
});

describe('hostile input', () => {
  it('stays linear on a long place run into a unit', () => {
    const time = (n: number) => {
      const t0 = performance.now();
      parseSnippet(notice(`一、主要活动\n1.开幕式。时间：12月5日地点：${'青海省馆'.repeat(n)}厅牵头负责。\n二、其他`));
      return performance.now() - t0;
    };
    time(100);
    // a busy machine can stall one measurement; a quadratic path fails every attempt
    let small = 0,
      large = Infinity;
    for (let attempt = 0; attempt < 3 && large >= 20 * small + 200; attempt++) {
      small = time(2000);
      large = time(16000);
    }
    expect(large).toBeLessThan(20 * small + 200);
  });
});

describe('other programme layouts', () => {
  it('reads unit lists given under labels', () => {
    const acts = events(
      '一、主要活动\n（一）开幕式\n时间：12月5日上午9:00\n地点：青海会议中心\n牵头单位：青海省体育局\n配合单位：西宁市人民政府、青海省公安厅\n（二）闭幕式\n时间：12月6日\n地点：青海会议中心\n承办单位：青海省体育局\n二、其他',
    );
    expect(acts.map((a) => [a.name, a.start, a.venue, a.lead, a.cooperating, a.hosts])).toEqual([
      ['开幕式', '2023-12-05T09:00', '青海会议中心', ['青海省体育局'], ['西宁市人民政府', '青海省公安厅'], []],
      ['闭幕式', '2023-12-06', '青海会议中心', [], [], ['青海省体育局']],
    ]);
  });

  it('reads a schedule table, taking the day printed once for the times below it', () => {
    const acts = events(
      [
        '一、日程安排',
        '序号\t时间\t活动内容\t地点\t负责单位',
        '1\t12月5日9:00—10:00\t开幕式\t青海会议中心\t青海省体育局',
        '2\t14:00—17:00\t专题论坛\t青海宾馆\t青海省商务厅、青海省教育厅',
        '3\t时间另定\t闭幕式\t青海大剧院\t青海省文化和旅游厅',
        '二、其他',
      ].join('\n'),
    );
    expect(acts.map((a) => [a.seq, a.name, a.start, a.end, a.venue, a.lead])).toEqual([
      ['1', '开幕式', '2023-12-05T09:00', '2023-12-05T10:00', '青海会议中心', ['青海省体育局']],
      ['2', '专题论坛', '2023-12-05T14:00', '2023-12-05T17:00', '青海宾馆', ['青海省商务厅', '青海省教育厅']],
      ['3', '闭幕式', null, null, '青海大剧院', ['青海省文化和旅游厅']],
    ]);
    expect(acts[2].timeText).toBe('时间另定');
  });

  it('leaves task tables with deadlines alone', () => {
    const acts = events(
      [
        '一、任务分工',
        '序号\t工作任务\t责任单位\t完成时间',
        '1\t开展专项检查\t青海省体育局\t2023年12月底',
        '二、其他',
      ].join('\n'),
    );
    expect(acts).toEqual([]);
  });
});
