import { describe, expect, it } from 'vitest';
import { PLACE_END, UNIT_NAME_START, unitNameStartsAt } from '../../src/lexicon/places.js';

describe('place words', () => {
  it('know how a unit name begins: a region, a national body, a level', () => {
    expect(UNIT_NAME_START.test('甘肃省文化厅')).toBe(true);
    expect(UNIT_NAME_START.test('格尔木市商务局')).toBe(true);
    expect(UNIT_NAME_START.test('会展中心')).toBe(false);
    expect(unitNameStartsAt('体育馆国家体育总局', 3)).toBe(true);
    expect(unitNameStartsAt('体育馆国家体育总局', 1)).toBe(false);
  });

  it('know how a place phrase ends', () => {
    expect(PLACE_END.test('人民广场')).toBe(true);
    expect(PLACE_END.test('第一会议室')).toBe(true);
    expect(PLACE_END.test('有关部门')).toBe(false);
  });
});
