import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { classifyTable, tablesOf, type TableKind } from '../../src/segment/table-kind.js';
import { headerKey } from '../../src/segment/tables.js';
import { fixture, parseSnippet } from '../helpers/parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const own = (name: string) => readFileSync(join(here, '..', 'fixtures', 'tables', name), 'utf8');

/** classify a tab-separated header under a caption */
const classify = (header: string, title: string | null = null) =>
  classifyTable({ title, headerKey: header.split('\t').map(headerKey) });
const kindOf = (header: string, title: string | null = null) => classify(header, title).kind;

describe('table kinds: signed projects', () => {
  it('owns a table with 项目名称 and the parties of a signing', () => {
    expect(kindOf('序号\t项目名称\t甲方（青海）\t乙方（省外）\t总投资额（亿元）\t资金来源地\t责任领导\t责任人')).toBe(
      'projects',
    );
    expect(kindOf('序 号\t项 目 名 称\t乙方(省外)\t总投资额(亿元)')).toBe('projects');
    expect(kindOf('项目名称\t签约单位\t投资额')).toBe('projects');
  });

  it('owns an investment table without parties only under 签约', () => {
    expect(kindOf('序号\t项目名称\t总投资（亿元）\t责任单位', '第五届交易会签约项目清单')).toBe('projects');
    expect(kindOf('序号\t签约项目\t协议金额（亿元）')).toBe('projects');
  });

  it('does not own a budget table, whatever its 项目 and 金额 columns', () => {
    const c = classify('序号\t项目名称\t预算金额（万元）\t资金来源\t责任单位', '专项资金安排表');
    expect(c).toEqual({ kind: null, reason: 'a budget table', unsure: [] });
  });

  it('does not own a statistics table with 项目 and 金额 columns', () => {
    expect(classify('序号\t项目\t金额（万元）\t同比增长')).toMatchObject({ kind: null, reason: 'a statistics table' });
    expect(classify('序号\t项目名称\t金额（万元）', '招商引资到位资金统计表')).toMatchObject({
      kind: null,
      reason: 'a statistics table',
      unsure: [],
    });
  });

  it('keeps the parties decisive even under a statistics title', () => {
    expect(kindOf('序号\t项目名称\t甲方\t乙方\t总投资额（亿元）', '签约项目汇总表')).toBe('projects');
  });

  it('is unsure of a 项目名称 table with money but no signing', () => {
    const c = classify('序号\t项目名称\t总投资（亿元）\t责任单位', '重点项目清单');
    expect(c.kind).toBeNull();
    expect(c.unsure).toEqual(['projects']);
    expect(c.reason).toMatch(/no 甲方\/乙方/);
  });

  it('leaves a table with a 项目 column and no money alone', () => {
    expect(classify('序号\t项目\t内容\t备注', '政务公开考核内容')).toEqual({
      kind: null,
      reason: 'an assessment table',
      unsure: [],
    });
    expect(classify('序号\t项目名称\t备注')).toEqual({ kind: null, reason: 'no reader knows its columns', unsure: [] });
  });
});

describe('table kinds: task tables', () => {
  it('owns a task column beside a column of units by role', () => {
    expect(kindOf('序号\t行动名称\t主要任务\t牵头单位\t完成时限')).toBe('tasks');
    expect(kindOf('序号\t规划内容\t牵头单位\t责任单位')).toBe('tasks');
    expect(kindOf('序号\t重点任务\t牵头单位（部门）\t配合单位')).toBe('tasks');
  });

  it('owns a task table whose header mentions 项目, even with an investment column', () => {
    expect(kindOf('序号\t项目\t主要任务\t责任单位\t完成时限')).toBe('tasks');
    expect(kindOf('序号\t项目名称\t建设内容\t总投资（亿元）\t牵头单位\t完成时限')).toBe('tasks');
  });

  it('owns a task table with a 时间 column (a work plan, not a programme)', () => {
    expect(kindOf('序号\t时间\t工作内容\t责任单位')).toBe('tasks');
  });

  it('does not own an assessment table with 责任单位', () => {
    expect(classify('序号\t考核项目\t工作内容\t分值\t责任单位')).toEqual({
      kind: null,
      reason: 'an assessment table',
      unsure: [],
    });
  });

  it('keeps a task table under an assessment title', () => {
    expect(kindOf('序号\t重点任务\t责任单位', '年度目标责任考核任务分解表')).toBe('tasks');
  });

  it('is unsure of units beside work that is no task column', () => {
    expect(classify('序号\t工作事项说明\t责任单位')).toMatchObject({ kind: null, unsure: ['tasks'] });
  });
});

describe('table kinds: schedules', () => {
  it('owns a time column and an event column with a place', () => {
    expect(kindOf('序号\t时间\t活动内容\t地点\t承办单位')).toBe('schedule');
  });

  it('owns a time column and an event word without a place', () => {
    expect(kindOf('日期\t会议议程\t主持人')).toBe('schedule');
  });

  it('does not read a deadline as a time', () => {
    expect(classify('完成时间\t活动名称\t地点')).toMatchObject({ kind: null });
  });

  it('is unsure of a stage beside an arrangement', () => {
    expect(classify('阶段\t工作安排')).toMatchObject({ kind: null, unsure: ['schedule'] });
  });
});

describe('table kinds: rosters', () => {
  it('owns 姓名 beside 职务 or 单位', () => {
    expect(kindOf('序号\t姓名\t职务')).toBe('roster');
    expect(kindOf('姓 名\t工作单位及职务')).toBe('roster');
  });

  it('owns a roster in columns that opens with its first label', () => {
    expect(kindOf('组 长：\t张三\t副省长')).toBe('roster');
    expect(kindOf('副组长:\t李四\t省政府副秘书长')).toBe('roster');
  });

  it('does not own 姓名 alone', () => {
    expect(kindOf('姓名\t电话')).toBeNull();
  });
});

describe('table kinds: conflicts', () => {
  it('is unsure of a header that fits two readers, and names both', () => {
    const c = classify('序号\t时间\t工作内容\t地点\t责任单位');
    expect(c.kind).toBeNull();
    expect(c.unsure).toEqual(['tasks', 'schedule']);
    expect(c.reason).toBe('fits 2 readers at once');
  });

  it('gives the same answer for the same head', () => {
    const h = '序号\t项目名称\t总投资（亿元）\t责任单位';
    expect(classify(h, 't')).toEqual(classify(h, 't'));
  });
});

describe('table kinds: on the seeds', () => {
  const owners = (seed: string) => fixture(seed).tables.map((t) => [t.id, t.owner.kind, t.owner.unsure]);

  it('gives each seed table one owner, or none, and is never unsure', () => {
    expect(owners('002')).toEqual([
      ['002#d1/table1', 'projects', []],
      ['002#d3/table1', null, []],
      ['002#d4/table1', null, []],
    ]);
    expect(owners('003')).toEqual([
      ['003#d1/table1', 'tasks', []],
      ['003#d1/table2', 'tasks', []],
      ['003#d1/table3', null, []],
      ['003#d3/table1', 'roster', []],
      ['003#d3/table2', 'tasks', []],
      ['003#d3/table3', 'tasks', []],
    ]);
  });

  it('lists a reader its own tables', () => {
    const kinds: TableKind[] = ['projects', 'tasks', 'schedule', 'roster'];
    expect(kinds.map((k) => tablesOf(fixture('003').tables, k).length)).toEqual([0, 4, 0, 1]);
  });
});

describe('table kinds: each reader reads only its own tables', () => {
  const counts = (text: string) => {
    const p = parseSnippet(text);
    const r = p.records;
    const unsure = p.diagnostics.filter((d) => d.code === 'table-kind-ambiguous');
    return {
      projects: r.projects.length,
      tasks: r.tasks.length,
      events: r.activities.length,
      tables: r.tables.length,
      unsure: unsure.length,
    };
  };

  it('reads no project from a budget table and keeps the generic table', () => {
    const p = parseSnippet(own('budget.txt'));
    expect(p.records.projects).toEqual([]);
    expect(p.records.tables).toHaveLength(1);
    expect(p.records.tables[0].header).toEqual(['序号', '项目名称', '预算金额（万元）', '资金来源', '责任单位']);
    expect(p.diagnostics.filter((d) => d.code === 'table-kind-ambiguous')).toEqual([]);
  });

  it('reads nothing from a statistics or an assessment table', () => {
    expect(counts(own('statistics.txt'))).toEqual({ projects: 0, tasks: 0, events: 0, tables: 1, unsure: 0 });
    expect(counts(own('assessment.txt'))).toEqual({ projects: 0, tasks: 0, events: 0, tables: 1, unsure: 0 });
  });

  it('reads tasks, not projects, from a task table whose header mentions 项目', () => {
    expect(counts(own('task-with-project.txt'))).toEqual({ projects: 0, tasks: 2, events: 0, tables: 1, unsure: 0 });
  });

  it('reads nothing from a header it cannot place, and says so on the table record', () => {
    const p = parseSnippet(own('ambiguous.txt'));
    expect(p.records.projects).toEqual([]);
    const [d] = p.diagnostics.filter((x) => x.code === 'table-kind-ambiguous');
    expect(d).toMatchObject({ severity: 'warning', line: 3, recordId: p.records.tables[0].id });
    expect(d.message).toMatch(/^"重点项目清单" could be a signed-project table \(/);
  });

  it('reads events, and no tasks, from a schedule', () => {
    const text = [
      '2024年交易会日程安排',
      '',
      '序号\t时间\t活动内容\t地点\t承办单位',
      '1\t2024年6月5日\t开幕式\t国际会展中心\t市商务局',
    ].join('\n');
    expect(counts(text)).toEqual({ projects: 0, tasks: 0, events: 1, tables: 1, unsure: 0 });
  });

  it('reads neither tasks nor events from a table that fits both', () => {
    const text = [
      '工作安排表',
      '',
      '序号\t时间\t工作内容\t地点\t责任单位',
      '1\t3月1日\t召开动员会\t市政府\t市政府办公室',
    ].join('\n');
    expect(counts(text)).toEqual({ projects: 0, tasks: 0, events: 0, tables: 1, unsure: 1 });
  });

  it('reads members, and nothing else, from a roster table', () => {
    const p = parseSnippet(own('roster.txt'));
    expect(p.tables[0].owner.kind).toBe('roster');
    expect(p.records.members.map((m) => m.name)).toEqual(['马明', '李晓红', '周岩']);
    expect([p.records.projects.length, p.records.tasks.length, p.records.activities.length]).toEqual([0, 0, 0]);
  });

  it('leaves a roster label inside a task table to the task reader', () => {
    const p = parseSnippet(['任务分工表', '', '序号\t主要任务\t责任单位', '1\t组长：张三\t市政府办公室'].join('\n'));
    expect(p.records.members).toEqual([]);
    expect(p.records.tasks).toHaveLength(1);
    expect(p.records.tasks[0]).toMatchObject({ text: '组长：张三', responsible: ['市政府办公室'] });
  });
});
