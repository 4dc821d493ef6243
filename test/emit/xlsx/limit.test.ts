import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../helpers/cli.js';
import { CELL_LIMIT, cutMark, fitText } from '../../../src/emit/xlsx/limit.js';

const dir = mkdtempSync(join(tmpdir(), 'qh-xlsx-limit-'));
const LONG_TASK = '加快推进'.repeat(9000); // 36,000 characters in one task's text
const LONG_CELL = '青海省'.repeat(14000); // 42,000 characters in one table cell

/** a notice with one over-long task and one over-long table cell, in words of its own */
function writeInput(): string {
  const text = [
    '关于印发测试方案的通知',
    '各有关单位：',
    '一、重点任务',
    `（一）推进测试工作。${LONG_TASK}。（牵头单位：省发展改革委；责任单位：各市州政府）`,
    '序号\t名称\t金额',
    `1\t${LONG_CELL}\t3`,
    '2\t短名称\t4',
    '',
  ].join('\n');
  const path = join(dir, 'long.txt');
  writeFileSync(path, text);
  return path;
}

describe('a text longer than a cell holds', () => {
  it('is cut to the limit with a mark that counts what is left out, never splitting a character', () => {
    expect(fitText('短'.repeat(CELL_LIMIT), 'en')).toBeNull();
    const cut = fitText('x'.repeat(CELL_LIMIT + 1000), 'en')!;
    expect(cut.text.length).toBe(CELL_LIMIT);
    expect(cut.text.endsWith(cutMark(cut.left, 'en'))).toBe(true);
    expect(cut.text.length - cutMark(cut.left, 'en').length + cut.left).toBe(CELL_LIMIT + 1000);
    // an astral character (surrogate pair) across the cut is kept whole or left out whole
    for (const pad of [0, 1]) {
      const s = 'a'.repeat(pad) + '𠀀'.repeat(CELL_LIMIT);
      const t = fitText(s, 'zh')!.text;
      expect(t.length).toBeLessThanOrEqual(CELL_LIMIT);
      expect(t).toBe(t.toWellFormed());
    }
  });
});

describe('--format xlsx over a cell limit', () => {
  let wb: ExcelJS.Workbook;
  let stderr: string;
  beforeAll(async () => {
    const out = join(dir, 'long.xlsx');
    const r = await runCli(['extract', writeInput(), '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  const cells = (ws: ExcelJS.Worksheet) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && out.push(c.value)));
    return out;
  };

  it('writes no cell longer than Excel takes, and marks each cut cell', () => {
    const all = wb.worksheets.flatMap(cells);
    expect(Math.max(...all.map((s) => s.length))).toBeLessThanOrEqual(CELL_LIMIT);
    const cut = all.filter((s) => s.includes('[cut at the spreadsheet cell limit'));
    expect(cut).toHaveLength(2);
    expect(cut.find((s) => s.startsWith('推进测试工作。加快推进'))).toMatch(/: \d+ more characters; /);
    expect(cut.find((s) => s.startsWith('青海省青海省'))).toBeDefined();
  });

  it('reports each cut as a warning in the diagnostics sheet and on stderr', () => {
    const ws = wb.getWorksheet('diagnostics')!;
    const rows = cells(ws).filter((s) => s === 'xlsx-cell-cut');
    expect(rows).toHaveLength(2);
    expect(stderr).toMatch(
      /qhdocs: warning xlsx-cell-cut: the 名称 cell of sheet table, row 2 \(long#d1\/table1\) holds 42000 characters/,
    );
    expect(stderr).toContain('(and 1 more, listed with the diagnostics)');
    expect(stderr).toMatch(/\(0 errors, 3 warnings\)/);
  });

  it('marks the cut in Chinese with --header zh', async () => {
    const out = join(dir, 'long-zh.xlsx');
    const r = await runCli([
      'extract',
      join(dir, 'long.txt'),
      '--format',
      'xlsx',
      '--header',
      'zh',
      '--out',
      out,
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const zh = new ExcelJS.Workbook();
    await zh.xlsx.readFile(out);
    const cut = zh.worksheets.flatMap(cells).filter((s) => s.includes('〔单元格上限32767字，后略'));
    expect(cut).toHaveLength(2);
  });
});
