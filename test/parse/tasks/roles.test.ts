import { describe, expect, it } from 'vitest';
import { addUnits, emptyRoles, settleAnnotations, unitsOfValue } from '../../../src/parse/tasks/roles.js';
import { splitUnits } from '../../../src/text/units.js';

describe('task roles', () => {
  it('keep each unit once, in the order first read, in short and long lists alike', () => {
    const r = emptyRoles();
    addUnits(r, 'lead', ['甲厅', '乙局', '甲厅']);
    expect(r.lead).toEqual(['甲厅', '乙局']);
    const many = Array.from({ length: 100 }, (_, i) => `第${i}厅`);
    addUnits(r, 'cooperating', many);
    addUnits(r, 'cooperating', [...many.slice(0, 50), '新局']);
    expect(r.cooperating).toEqual([...many, '新局']);
  });

  it('keep their de-duplication to themselves: two Roles never share what they hold', () => {
    const many = Array.from({ length: 40 }, (_, i) => `第${i}厅`);
    const a = emptyRoles();
    const b = emptyRoles();
    addUnits(a, 'lead', many);
    addUnits(b, 'lead', many.slice(0, 1));
    addUnits(b, 'lead', many);
    expect(b.lead).toEqual(many);
  });

  it('move a unit annotated with its role to that role', () => {
    const r = emptyRoles();
    addUnits(r, 'responsible', ['省发展改革委（牵头）', '省财政厅']);
    const s = settleAnnotations(r);
    expect([s.lead, s.responsible]).toEqual([['省发展改革委'], ['省财政厅']]);
  });

  it('read a labelled value as the pattern that closes it would', () => {
    const reference = (value: string) => {
      const v = value.replace(/[。；;]+\s*$/, '').trim();
      return !v || /^[无\-—/／]$/.test(v) ? [] : splitUnits(v);
    };
    for (const v of [
      '省甲厅、省乙局。',
      ' 省甲厅；。  ',
      '省甲厅。 ；',
      '省甲厅 。',
      '。；',
      '无',
      '—',
      '／ ',
      '无单位',
      '',
      '  ',
    ])
      expect(unitsOfValue(v)).toEqual(reference(v));
  });
});
