import { describe, expect, it } from 'vitest';
import {
  ENDS_WITH_TASK_VERB,
  TASK_VERB_HINT,
  activityRoleOfLabel,
  activityRoleOfVerb,
  isRoleFieldWord,
  organizingVerbPattern,
  roleLabels,
  roleNote,
  roleVerbPattern,
  taskRoleOfLabel,
  taskRoleOfVerb,
} from '../../src/lexicon/roles.js';

describe('role labels', () => {
  it('state each meaning once, per record kind', () => {
    expect(taskRoleOfLabel('牵头单位')).toBe('lead');
    expect(taskRoleOfLabel('责任单位')).toBe('responsible');
    expect(activityRoleOfLabel('责任单位')).toBe('lead');
    expect(taskRoleOfLabel('指导部门')).toBe('guidance');
    expect(activityRoleOfLabel('承办单位')).toBe('hosts');
    expect(taskRoleOfLabel('承办单位')).toBeNull();
    expect(activityRoleOfLabel('参展单位', 'exhibit')).toBe('cooperating');
    expect(activityRoleOfLabel('组织单位', 'exhibit')).toBe('lead');
    expect(activityRoleOfLabel('组织单位')).toBeNull();
  });
  it('list a kind’s labels, each with a meaning for that kind', () => {
    for (const l of roleLabels('task')) expect(taskRoleOfLabel(l)).not.toBeNull();
    for (const l of roleLabels('activity')) expect(activityRoleOfLabel(l)).not.toBeNull();
    for (const l of roleLabels('exhibit')) expect(activityRoleOfLabel(l, 'exhibit')).not.toBeNull();
  });
  it('know the labels and collective words that end like a unit but are none', () => {
    for (const w of ['牵头单位', '责任部门', '相关部门', '成员单位', '参展单位']) expect(isRoleFieldWord(w)).toBe(true);
    expect(isRoleFieldWord('省教育厅')).toBe(false);
  });
});

describe('role verbs', () => {
  it('give 具体承办 its meaning per kind', () => {
    expect(taskRoleOfVerb('具体承办')).toBe('cooperating');
    expect(activityRoleOfVerb('具体承办')).toBe('hosts');
    expect(taskRoleOfVerb('按职责分工负责')).toBe('responsible');
  });
  it('read the longest verb and skip people and labels', () => {
    const verbs = (s: string) => [...s.matchAll(roleVerbPattern('task'))].map((m) => m[1]);
    expect(verbs('A牵头负责，B配合，负责人C，牵头单位D')).toEqual(['牵头负责', '配合']);
    expect([...'A负总责'.matchAll(roleVerbPattern('activity'))].map((m) => m[1])).toEqual(['负总责']);
    expect(organizingVerbPattern().exec('会展中心甲公司具体承办')?.[1]).toBe('具体承办');
  });
  it('derive the quick hint: every text a verb matches in passes it', () => {
    const texts = ['A按职责分工负责', 'B共同参与', 'C具体承办', 'D参加', 'E协办', '无角色', '负责人'];
    for (const t of texts) {
      const full = roleVerbPattern('task');
      if (full.test(t)) expect(TASK_VERB_HINT.test(t)).toBe(true);
    }
    expect(TASK_VERB_HINT.test('无角色的一句话')).toBe(false);
    expect(ENDS_WITH_TASK_VERB.test('A、B分别负责')).toBe(true);
    expect(ENDS_WITH_TASK_VERB.test('A、B负责宣传')).toBe(false);
  });
});

describe('role notes', () => {
  it('read a role noted in brackets after a unit', () => {
    expect(roleNote('省发展改革委（牵头）')).toEqual({ name: '省发展改革委', role: 'lead' });
    expect(roleNote('省财政厅(配合单位)')).toEqual({ name: '省财政厅', role: 'cooperating' });
    expect(roleNote('省发展改革委（省能源局）')).toBeNull();
  });
});
