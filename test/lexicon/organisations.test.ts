import { describe, expect, it } from 'vitest';
import {
  endsLikeOrganisation,
  isUnitCategory,
  organisationEndingPattern,
  organisationEndings,
  organisationLastChars,
  ORGANISATION_USES,
} from '../../src/lexicon/organisations.js';

const USES = ORGANISATION_USES;

describe('organisation endings', () => {
  it('differ by reading: a place ends a unit in a list, not a strict name', () => {
    expect(endsLikeOrganisation('西宁市', 'unit')).toBe(true);
    expect(endsLikeOrganisation('西宁市', 'strict')).toBe(false);
    expect(endsLikeOrganisation('青海省人民政府', 'signature')).toBe(true);
    expect(endsLikeOrganisation('青海某某有限公司', 'signature')).toBe(false);
    expect(endsLikeOrganisation('', 'unit')).toBe(false);
  });
  it('the predicate, the pattern and the last-character pre-filter agree for every use', () => {
    const samples = [
      '省教育厅',
      '西宁海关',
      '某某大学',
      '省能源局）',
      '某某馆',
      '某某中心',
      '某某',
      '各成员单位',
      '试验区',
    ];
    for (const use of USES) {
      const re = new RegExp(`${organisationEndingPattern(use)}$`);
      const last = organisationLastChars(use);
      for (const s of samples) {
        expect(endsLikeOrganisation(s, use)).toBe(re.test(s));
        if (endsLikeOrganisation(s, use)) expect(last[s.charCodeAt(s.length - 1)]).toBe(1);
      }
      for (const e of organisationEndings(use)) expect(endsLikeOrganisation(`某某${e}`, use)).toBe(true);
    }
  });
  it('tell a category of units from a unit', () => {
    expect(isUnitCategory('相关服务部门')).toBe(true);
    expect(isUnitCategory('各成员单位')).toBe(true);
    expect(isUnitCategory('省教育厅')).toBe(false);
  });
});
