import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet, docByNumber } from '../../helpers/parse.js';

describe('phases in the seeds', () => {
  it('reads the six drafting stages of 青政办〔2020〕63号', () => {
    const p = fixture('003');
    const doc = docByNumber(p, '青政办〔2020〕63号')!;
    const stages = p.records.activities.filter((a) => a.kind === 'phase' && a.docId === doc.id);
    expect(stages.map((s) => [s.seq, s.name, s.start, s.end])).toEqual([
      ['一', '启动及前期调研', '2020-09', '2020-11'],
      ['二', '形成规划基本框架及初稿', '2021-01', '2021-01'],
      ['三', '形成规划征求意见稿', '2021-02', '2021-03'],
      ['四', '形成规划专家论证稿', '2021-04', '2021-05'],
      ['五', '形成规划送审稿', '2021-05', '2021-06'],
      ['六', '批准及颁布', '2021-07', '2021-07'],
    ]);
  });

  it('reads stages written date first, with the year left out of the end', () => {
    const p = fixture('003');
    const doc = docByNumber(p, '青政〔2020〕60号')!;
    const stages = p.records.activities.filter((a) => a.kind === 'phase' && a.docId === doc.id);
    expect(stages.at(-1)).toMatchObject({
      name: '组织评估阶段',
      start: '2022-07',
      end: '2022-12',
      timeText: '2022 年 7 月—12 月',
    });
  });

  it('reads the 2017 pilot schedule, joined over a page break', () => {
    const stages = fixture('002').records.activities.filter((a) => a.kind === 'phase');
    expect(stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['制定方案阶段', '2017-08', '2017-08'],
      ['开展试点阶段', '2017-08', '2018-08'],
      ['组织验收阶段', '2018-09', '2018-09'],
    ]);
    expect(stages[0].text).toContain('究制定科学合理可行的具体方案');
  });
});

describe('phases in a hand-made schedule', () => {
  it('takes the document year for a stage without one and ignores items that are not stages', () => {
    const text = [
      '关于开展专项整治的通知',
      '青政办〔2023〕9号',
      '各市、自治州人民政府：',
      '现将有关事项通知如下。',
      '一、工作安排',
      '（一）动员部署阶段（5月—6月）。制定方案。',
      '（二）集中整治阶段（7—10月）。全面整治。',
      '（三）加强领导。各地要高度重视。',
      '青海省人民政府办公厅',
      '2023年4月20日',
    ].join('\n');
    const stages = parseSnippet(text).records.activities.filter((a) => a.kind === 'phase');
    expect(stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['动员部署阶段', '2023-05', '2023-06'],
      ['集中整治阶段', '2023-07', '2023-10'],
    ]);
  });
});

describe('the year of a stage printed without one', () => {
  it('comes from the stage before it, then from the schedule heading', () => {
    const text = [
      '关于开展专项整治的通知',
      '青政办〔2023〕9号',
      '各市、自治州人民政府：',
      '现将有关事项通知如下。',
      '一、进度安排（2024年）',
      '（一）动员部署阶段（3月）。制定方案。',
      '（二）集中整治阶段（2025年1月—3月）。全面整治。',
      '（三）总结提升阶段（4—6月）。总结经验。',
      '二、工作要求',
      '加强领导。',
      '青海省人民政府办公厅',
      '2023年12月20日',
    ].join('\n');
    const stages = parseSnippet(text).records.activities.filter((a) => a.kind === 'phase');
    expect(stages.map((s) => [s.start, s.end])).toEqual([
      ['2024-03', '2024-03'],
      ['2025-01', '2025-03'],
      ['2025-04', '2025-06'],
    ]);
  });
});

describe('stages read from the blocks of the tree', () => {
  it('a stage runs over the paragraphs after it up to the next heading, and stages listed one a line each stand alone', () => {
    const text = [
      '关于开展河道清理的通知',
      '青水办〔2024〕3号',
      '各县水利局：',
      '现将有关事项通知如下。',
      '一、实施步骤',
      '第一阶段：摸底排查（2024年3月）。',
      '各县组织力量逐段排查河道。',
      '形成问题清单。',
      '第二阶段：集中清理（2024年4—6月）。',
      '二、进度安排',
      '第一阶段 准备（7月）',
      '第二阶段 实施（8月）',
      '第三阶段 验收（9月）',
      '三、工作要求',
      '各县要按时完成。',
      '青海省水利厅办公室',
      '2024年2月20日',
    ].join('\n');
    const stages = parseSnippet(text).records.activities.filter((a) => a.kind === 'phase');
    expect(stages.map((s) => [s.seq, s.start, s.end, s.source.startLine, s.source.endLine])).toEqual([
      ['一', '2024-03', '2024-03', 6, 8],
      ['二', '2024-04', '2024-06', 9, 9],
      ['一', '2024-07', '2024-07', 11, 11],
      ['二', '2024-08', '2024-08', 12, 12],
      ['三', '2024-09', '2024-09', 13, 13],
    ]);
    expect(stages[0].text).toContain('形成问题清单');
  });
});
