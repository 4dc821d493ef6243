import { describe, expect, it } from 'vitest';
import { bareKey, measureOf, projectField, scheduleColumns, taskKey } from '../../src/segment/table-columns.js';

describe('table columns', () => {
  it('folds a header cell: bracketed remark and colon off', () => {
    expect(bareKey('总投资额(亿元)')).toBe('总投资额');
    expect(bareKey('组长:')).toBe('组长');
    expect(taskKey('牵头 单位(部门)')).toBe('牵头单位');
  });

  it('maps a signed-project header to its fields, 资金来源 before 投资', () => {
    const keys = [
      '序号',
      '项目名称',
      '甲方',
      '乙方',
      '投资额(亿元)',
      '资金来源地',
      '责任领导',
      '责任人',
      '责任单位',
      '备注',
    ];
    expect(keys.map(projectField)).toEqual([
      'seq',
      'name',
      'partyA',
      'partyB',
      'investment',
      'fundingSources',
      'leaders',
      'persons',
      'unit',
      null,
    ]);
  });

  it('gives each programme role its first column; 活动时间 is a time', () => {
    const cols = scheduleColumns(['序号', '活动时间', '活动名称', '地点', '承办单位', '参加人员']);
    expect(Object.fromEntries(cols)).toEqual({ seq: 0, time: 1, name: 2, venue: 3, hosts: 4, participants: 5 });
  });

  it('names what a table measures', () => {
    expect(measureOf('专项资金安排表')).toBe('budget');
    expect(measureOf('完成率')).toBe('statistics');
    expect(measureOf('分值')).toBe('assessment');
    expect(measureOf('项目名称')).toBeNull();
  });
});
