import { describe, expect, it } from 'vitest';
import { alignRow } from '../../../src/parse/projects/align.js';
import { cellKinds, readsAsPrinted, sortCells } from '../../../src/parse/projects/cell-kinds.js';
import { projectColumns } from '../../../src/parse/projects/columns.js';
import { headerKey } from '../../../src/segment/tables.js';

const cols = projectColumns(
  ['序号', '项目名称', '甲方(青海)', '乙方(省外)', '总投资额(亿元)', '资金来源地', '责任领导', '责任人'].map(headerKey),
)!;

describe('readsAsPrinted', () => {
  it('answers as the alignment check reading every cell again would', () => {
    const rows = [
      ['1', '锂电项目', '湟源县政府', '某公司', '2.50', '河南', '杨小民', '史超'],
      ['', '锂电项目', '湟源县政府', '某公司', '', '河南', '杨小民', '史超'],
      ['一', '锂电项目', '湟源县政府', '某公司', '2.50', '河南', '杨小民', '史超'],
      ['2', '锂电项目', '湟源县政府', '某公司', '西宁', '3.00', '杨小民', '史超'],
      ['3', '锂电项目', '湟源县政府', '12', '', '河南', '杨小民', '史超'],
      ['4', '锂电项目', '湟源县政府', '12', '5', '河南', '杨小民', '史超'],
      ['5', '锂电项目', '湟源县政府', '某公司', '约5亿元', '河南', '杨小民', ''],
      ['（6）', '锂电项目', '', '', '1,200.5', '', '', ''],
    ];
    const k = cellKinds();
    for (const cells of rows) {
      sortCells(cells, cols, k);
      expect(readsAsPrinted(cells, cols, k), cells.join('|')).toBe(alignRow(cells, cols).kind === 'ok');
    }
  });
});
