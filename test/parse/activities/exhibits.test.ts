import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../../helpers/parse.js';
import { readZoneBody } from '../../../src/parse/activities/exhibits.js';

describe('exhibition zones of seed 000', () => {
  const zones = fixture('000').records.activities.filter((a) => a.kind === 'exhibit');

  it('finds ten zones, with the hall of each as its venue', () => {
    expect(zones).toHaveLength(10);
    expect(zones.map((z) => z.venue?.slice(0, 2))).toEqual([
      'A馆',
      'A馆',
      'A馆',
      'B馆',
      'B馆',
      'B馆',
      'B馆',
      'B馆',
      'B馆',
      'C馆',
    ]);
  });

  it('reads hosts and description', () => {
    const hk = zones.find((z) => z.name === '港澳台展区')!;
    expect(hk.hosts).toEqual(['青海省工业和信息化厅', '青海省外事办公室', '香港驻成都办事处', '青海省商务厅']);
    expect(hk.venue).toBe('A馆（国内国际馆）');
    expect(hk.text).toMatch(/^邀请香港、澳门、台湾企业参展/);
  });

  it('splits zones run together on one line', () => {
    const digital = zones.find((z) => z.name === '数字经济展区')!;
    expect(digital.hosts).toContain('青海省通信管理局');
    expect(zones.find((z) => z.name === '打造绿色有机农畜产品输出地展区')!.hosts).toEqual([
      '青海省农业农村厅',
      '青海省供销合作社联合社',
    ]);
  });

  it('takes a hall with no numbered zones under it as one zone, and stops at the next top-level heading', () => {
    const c = zones[9];
    expect(c).toMatchObject({
      name: '2022青海藏毯国际展览会展区',
      venue: 'C馆（2022青海藏毯国际展览会展区）',
      seq: null,
    });
    expect(c.hosts).toEqual(['青海省商务厅', '青海省贸促会', '西宁经济技术开发区南川工业园区管委会']);
    expect(c.text).not.toMatch(/执委会/);
  });
});

describe('zones in a hand-made plan', () => {
  it('reads zones under halls numbered 1号馆', () => {
    const text = [
      '关于举办农产品展销会的通知',
      '青政办〔2023〕9号',
      '各市、自治州人民政府：',
      '现将有关事项通知如下。',
      '一、展览展示',
      '1号馆（农业馆）：',
      '（一）特色农产品展区。展示青稞、牦牛产品。承办单位：青海省农业农村厅。',
      '（二）电商展区。展示直播带货。承办单位：青海省商务厅、青海省邮政管理局。',
      '2号馆：',
      '（一）文创展区。展示唐卡。承办单位：青海省文化和旅游厅。',
      '二、工作要求',
      '加强配合。',
      '青海省人民政府办公厅',
      '2023年6月1日',
    ].join('\n');
    const zones = parseSnippet(text).records.activities.filter((a) => a.kind === 'exhibit');
    expect(zones.map((z) => [z.name, z.venue, z.hosts.length])).toEqual([
      ['特色农产品展区', '1号馆（农业馆）', 1],
      ['电商展区', '1号馆（农业馆）', 2],
      ['文创展区', '2号馆', 1],
    ]);
  });

  it('reads lead and cooperating labels too', () => {
    expect(readZoneBody('非遗展区。展示非遗。主办单位：甲厅。承办单位：乙局。协办单位：丙会。', null)).toEqual({
      name: '非遗展区',
      text: '展示非遗',
      lead: ['甲厅'],
      hosts: ['乙局'],
      cooperating: ['丙会'],
    });
  });
});
