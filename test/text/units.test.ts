import { describe, it, expect } from 'vitest';
import {
  splitUnits,
  isUnitName,
  isStrictUnitName,
  isUnitListTitle,
  trailingUnits,
  normalizeUnit,
  unitMatches,
  filterByUnit,
} from '../../src/text/units.js';
import type { TaskRecord } from '../../src/schema/index.js';

describe('splitUnits', () => {
  it('splits on 、 and ，, never inside brackets, and drops a trailing 等', () => {
    expect(splitUnits('省编办、省发展改革委、省气象局等，各市州县人民政府')).toEqual([
      '省编办',
      '省发展改革委',
      '省气象局',
      '各市州县人民政府',
    ]);
    expect(splitUnits('省林草局，各市州、县（市、区、行委）政府')).toEqual([
      '省林草局',
      '各市州、县（市、区、行委）政府',
    ]);
    expect(splitUnits('省林草局,各市州、县(市、区、行委)政府')).toEqual(['省林草局', '各市州、县(市、区、行委)政府']);
  });
  it('joins words broken by stray spaces, and splits units separated only by spaces', () => {
    expect(splitUnits('省公安 厅、省人力资源 社会保障厅')).toEqual(['省公安厅', '省人力资源社会保障厅']);
    expect(splitUnits('省发展改革委 省财政厅')).toEqual(['省发展改革委', '省财政厅']);
  });
  it('splits on 及 only between two units', () => {
    expect(splitUnits('相关市州政府及省指挥部各成员单位')).toEqual(['相关市州政府', '省指挥部各成员单位']);
    expect(splitUnits('省文化和旅游厅')).toEqual(['省文化和旅游厅']);
  });
});

describe('unit names', () => {
  it('tells names from prose', () => {
    expect(isUnitName('省外事办')).toBe(true);
    expect(isUnitName('西宁市')).toBe(true);
    expect(isUnitName('充分发挥各自渠道优势')).toBe(false);
    expect(isUnitName('组织各交易分团')).toBe(false);
  });
  it('is strict about names that open a duty sentence', () => {
    expect(isStrictUnitName('省委宣传部')).toBe(true);
    expect(isStrictUnitName('省发展改革委（省能源局）')).toBe(true);
    expect(isStrictUnitName('西宁市')).toBe(false);
    expect(isStrictUnitName('牵头单位')).toBe(false);
    expect(isStrictUnitName('完善市州公立医院医疗集团')).toBe(false);
    expect(isUnitListTitle('省工业和信息化厅、省国资委')).toBe(true);
    expect(isUnitListTitle('相关服务部门')).toBe(true);
    expect(isUnitListTitle('加强组织领导')).toBe(false);
  });
  it('takes the units at the end of a clause', () => {
    expect(trailingUnits('，充分发挥各自渠道优势，省外事办、省贸促会、西宁海关等')).toEqual([
      '省外事办',
      '省贸促会',
      '西宁海关',
    ]);
    expect(trailingUnits('与省药品监管局')).toEqual(['省药品监管局']);
  });
});

describe('matching units for --unit', () => {
  it('compares full and short forms', () => {
    expect(normalizeUnit('青海省发展和改革委员会')).toBe(normalizeUnit('省发展改革委'));
    expect(normalizeUnit('青海省住房和城乡建设厅')).toBe(normalizeUnit('省住房城乡建设厅'));
    expect(normalizeUnit('各市州人民政府')).toBe(normalizeUnit('各市州政府'));
    expect(normalizeUnit('青海省外事办公室')).toBe(normalizeUnit('省外事办'));
    expect(unitMatches('省发展改革委（省能源局）', '省能源局')).toBe(true);
    expect(unitMatches('青海省发展改革委', '发展改革委')).toBe(true);
    expect(unitMatches('省发展改革委', '省财政厅')).toBe(false);
  });
  it('keeps tasks where the unit has any role', () => {
    const base = {
      type: 'task' as const,
      docId: 'd',
      source: { file: 'f', startLine: 1, endLine: 1, startOffset: 0, endOffset: 1 },
      seq: null,
      section: [],
      title: null,
      text: 'x',
      deadline: null,
      group: null,
    };
    const ts: TaskRecord[] = [
      { ...base, id: 'a', lead: ['青海省发展改革委'], responsible: [], guidance: [], cooperating: [] },
      { ...base, id: 'b', lead: [], responsible: [], guidance: [], cooperating: ['省发展改革委'] },
      { ...base, id: 'c', lead: ['省财政厅'], responsible: [], guidance: [], cooperating: [] },
    ];
    expect(filterByUnit(ts, '省发展改革委').map((t) => t.id)).toEqual(['a', 'b']);
  });
});
