import { describe, expect, it } from 'vitest';
import { endsInCollective, hasAddresseeMark, opensWithOtherLabel } from '../../src/lexicon/addressees.js';

describe('addressee words', () => {
  it('collective names end an addressee', () => {
    expect(endsInCollective('州政府各部门')).toBe(true);
    expect(endsInCollective('部属各司局')).toBe(true);
    expect(endsInCollective('各有关单位')).toBe(true);
    expect(endsInCollective('某某县人民政府')).toBe(false);
  });

  it('a list of addressees shows by 各, a separator or a collective name', () => {
    expect(hasAddresseeMark('各县人民政府')).toBe(true);
    expect(hasAddresseeMark('某某县、某某区')).toBe(true);
    expect(hasAddresseeMark('市属各企事业单位')).toBe(true);
    expect(hasAddresseeMark('某某县人民政府')).toBe(false);
  });

  it('the 版记 labels are no addressees', () => {
    expect(opensWithOtherLabel('抄送')).toBe(true);
    expect(opensWithOtherLabel('附件')).toBe(true);
    expect(opensWithOtherLabel('各县人民政府')).toBe(false);
  });
});
