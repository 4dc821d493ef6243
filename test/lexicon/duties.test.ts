import { describe, expect, it } from 'vitest';
import {
  DUTY_VERBS,
  PHRASE_OPENING_VERB,
  UNIT_GROUP,
  dutyVerbAt,
  holdsDutyWord,
  holdsTakingVerb,
  isWorkBodyName,
  opensWithDutyLabel,
  opensWithTakingVerb,
} from '../../src/lexicon/duties.js';

describe('duty words', () => {
  it('find a duty verb at a given place, at most two characters long', () => {
    const at = dutyVerbAt();
    const s = '省公安厅负责交通';
    at.lastIndex = 4;
    expect(at.test(s)).toBe(true);
    at.lastIndex = 3;
    expect(at.test(s)).toBe(false);
    for (const v of DUTY_VERBS) expect(v.length).toBeLessThanOrEqual(2);
  });
  it('tell a duty from an address', () => {
    expect(holdsDutyWord('负责全省宣传工作')).toBe(true);
    expect(holdsDutyWord('西宁市城西区五四大街')).toBe(false);
  });
  it('know the verbs with which an opening unit takes an item on', () => {
    expect(holdsTakingVerb('省甲厅会同省乙局')).toBe(true);
    expect(opensWithTakingVerb('牵头制定方案')).toBe(true);
    expect(opensWithTakingVerb('制定方案')).toBe(false);
  });
  it('know the verbs that open a phrase', () => {
    expect(PHRASE_OPENING_VERB.test('进一步完善机制')).toBe(true);
    expect(PHRASE_OPENING_VERB.test('省发展改革委')).toBe(false);
  });
  it('know duty labels, work bodies and groups made of units', () => {
    expect(opensWithDutyLabel('主要职责：统筹协调')).toBe(true);
    expect(opensWithDutyLabel('职责范围内')).toBe(false);
    expect(isWorkBodyName('综合协调专班')).toBe(true);
    expect(isWorkBodyName('项目部')).toBe(true);
    expect(isWorkBodyName('省教育厅')).toBe(false);
    const g = UNIT_GROUP.exec('监测预警组由省生态环境厅、省气象局组成，负责监测');
    expect(g?.[1]).toBe('监测预警组');
    expect(g?.[2]).toBe('省生态环境厅、省气象局');
    expect(g?.[3]).toBe('组成');
  });
});
