import { describe, expect, it } from 'vitest';
import { csvCell, decodeList, encodeList, restoreCell } from '../../src/emit/cells.js';

describe('list cells', () => {
  it('join with ； so that items holding 、 split back', () => {
    const items = ['各市、自治州人民政府', '省政府各委、办、厅、局'];
    expect(encodeList(items)).toBe('各市、自治州人民政府；省政府各委、办、厅、局');
    expect(decodeList(encodeList(items))).toEqual(items);
  });

  it.each([
    [[]],
    [['一']],
    [['含；分号', '乙']],
    [['', '空项之后']],
    [['[方括号开头', '乙']],
    [['=1+2', '@x']],
    [["'=already", 'b']],
  ])('round-trip exactly through the CSV cell: %j', (items) => {
    const cell = csvCell({ key: 'k', zh: 'k', kind: 'list' }, items);
    expect(decodeList(restoreCell(cell))).toEqual(items);
  });

  it('fall back to a JSON array only when a plain join could not be split back', () => {
    expect(encodeList(['含；分号', '乙'])).toBe('["含；分号","乙"]');
    expect(encodeList(['甲', '乙'])).toBe('甲；乙');
  });
});
