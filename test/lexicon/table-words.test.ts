import { describe, expect, it } from 'vitest';
import {
  MEASURE_WORDS,
  PARTY_COLUMN,
  ROSTER_LABEL,
  ROSTER_ROLE_CELL,
  TASK_COLUMN,
  TASK_DEADLINE_COLUMN,
  TASK_ROLE_COLUMNS,
  UNIT_COLUMN,
} from '../../src/lexicon/table-words.js';

const roleOf = (k: string) => TASK_ROLE_COLUMNS.find(([re]) => re.test(k))?.[1] ?? null;

describe('table header words', () => {
  it.each(['主要任务', '重点任务内容', '任务', '工作措施', '规划内容', '政策措施', '年度任务名称'])(
    '%s is a task column',
    (k) => expect(TASK_COLUMN.test(k)).toBe(true),
  );
  it.each(['任务分工', '备注', '主要工作内容'])('%s is no task column', (k) => expect(TASK_COLUMN.test(k)).toBe(false));

  it('names the role of a unit column, and knows unit columns of other tables', () => {
    expect(['牵头单位', '责任主体', '指导司局', '配合处室', '承办单位'].map(roleOf)).toEqual([
      'lead',
      'responsible',
      'guidance',
      'cooperating',
      null,
    ]);
    expect(UNIT_COLUMN.test('承办单位')).toBe(true);
    expect(UNIT_COLUMN.test('单位名称')).toBe(false);
  });

  it('deadlines, parties, roster places and measures', () => {
    expect(
      ['完成时限', '时间要求', '办结期限', '时间节点', '截止日期'].map((k) => TASK_DEADLINE_COLUMN.test(k)),
    ).toEqual([true, true, true, true, false]);
    expect(PARTY_COLUMN.test('签约主体(乙方)')).toBe(true);
    expect(ROSTER_LABEL.test('常务副组长:')).toBe(true);
    expect(ROSTER_ROLE_CELL.test('成员')).toBe(true);
    expect(ROSTER_ROLE_CELL.test('组长单位')).toBe(false);
    expect(MEASURE_WORDS.find(([, re]) => re.test('2023年预算(万元)'))?.[0]).toBe('budget');
  });
});
