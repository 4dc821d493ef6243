import { describe, expect, it } from 'vitest';
import { projectColumns } from '../../../src/parse/projects/columns.js';
import { headerKey } from '../../../src/segment/tables.js';

describe('project table columns', () => {
  it('maps the columns it is given, and none without a name column', () => {
    expect(projectColumns(['序号', '项目名称', '甲方', '投资额(万元)'].map(headerKey))).toEqual({
      col: { seq: 0, name: 1, partyA: 2, investment: 3 },
      amountFactor: 1e-4,
      width: 4,
      textualMask: 0b100,
    });
    expect(projectColumns(['序号', '甲方', '乙方'].map(headerKey))).toBeNull();
  });
});
