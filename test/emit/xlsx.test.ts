import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli.js';
import { SheetNames } from '../../src/emit/xlsx/sheet-names.js';
import { cellText, dateCell, displayWidth } from '../../src/emit/xlsx/cells.js';

const SEED_002 = 'fixtures/002_6bc5adcb762922b6.txt';
const base = mkdtempSync(join(tmpdir(), 'qh-xlsx-'));

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, title: string) => header(ws).indexOf(title) + 1;

describe('--format xlsx on the 签约项目 seed', () => {
  const out = join(base, 'export', 'projects.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await runCli(['extract', SEED_002, '--format', 'xlsx', '--header', 'zh', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    wb = await readBook(out);
  });

  it('writes one workbook at --out: a sheet per record type, one per table, then the diagnostics', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 7)).toEqual(['公文', '签约项目', '任务分工', '活动', '联系方式', '人员名单', '表格索引']);
    expect(names.at(-1)).toBe('诊断');
    expect(names).toContain('第十八届青洽会签约项目责任分工表');
    expect(names.length).toBe(7 + 3 + 1);
  });

  it('has 346 projects with typed cells, Chinese headers and a frozen, filtered header row', () => {
    const ws = wb.getWorksheet('签约项目')!;
    expect(ws.rowCount).toBe(1 + 346);
    expect(header(ws).slice(0, 5)).toEqual(['序号', '项目名称', '甲方(青海)', '乙方(省外)', '总投资额(亿元)']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const row = ws.getRow(2);
    expect(row.getCell(column(ws, '序号')).value).toBe(1);
    expect(row.getCell(column(ws, '总投资额(亿元)')).value).toBe(180.33);
    expect(row.getCell(column(ws, '项目名称')).value).toBe('年产2万吨锂电负极材料三期项目');
    for (let r = 2; r <= ws.rowCount; r++) {
      const v = ws.getRow(r).getCell(column(ws, '总投资额(亿元)')).value;
      expect(v === null || typeof v === 'number').toBe(true);
    }
    // Chinese text gets room: 项目名称 is wider than the 序号 column
    expect(ws.getColumn(column(ws, '项目名称')).width!).toBeGreaterThan(ws.getColumn(1).width!);
  });

  it('writes full dates as dates, booleans as booleans and lists one item per line', () => {
    const ws = wb.getWorksheet('公文')!;
    const row = ws.getRow(2);
    const signed = row.getCell(column(ws, '成文日期'));
    expect(signed.value).toEqual(new Date(Date.UTC(2017, 7, 6)));
    expect(signed.numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(column(ws, '公开发布')).value).toBe(false);
    const addressees = row.getCell(column(ws, '主送机关'));
    expect(addressees.value).toBe('各市、自治州人民政府\n省政府各委、办、厅、局');
    expect(addressees.alignment?.wrapText).toBe(true);
  });

  it("types a generic table's numeric columns and links each table from the index", () => {
    const index = wb.getWorksheet('表格索引')!;
    const sheet = index.getRow(2).getCell(column(index, '工作表')).value as string;
    const ws = wb.getWorksheet(sheet)!;
    expect(header(ws)[4]).toBe('总投资额（亿元）');
    expect(ws.getRow(3).getCell(5).value).toBe(180.33);
    expect(ws.getRow(3).getCell(1).value).toBe(1);
    // a group heading in the 序号 column stays text beside the numbers
    expect(ws.getRow(2).getCell(1).value).toBe('责任单位：西宁市政府（35项）');
  });

  it('is the same bytes on every run', async () => {
    const again = join(base, 'again.xlsx');
    await runCli(['extract', SEED_002, '--format', 'xlsx', '--header', 'zh', '--out', again, '--quiet']);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe('--format xlsx cells', () => {
  it('keeps codes as text, months as text, and formulas as plain strings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-xlsxf-'));
    const f = join(dir, 'f.txt');
    writeFileSync(
      f,
      '关于报送项目的通知\n\n=HYPERLINK("http://evil","点我")\n序号\t项目名称\t邮编\t总投资额\n1\t=1+2\t810001\t2.5\n2\t@省商务厅\t810000\t-3\n',
    );
    const out = join(dir, 'o.xlsx');
    expect((await runCli(['extract', f, '--format', 'xlsx', '--out', out, '--quiet'])).code).toBe(0);
    const wb = await readBook(out);
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
        }),
      );
    const table = wb.worksheets.find((w) => header(w).includes('邮编'))!;
    expect(table.getRow(2).values).toEqual([undefined, 1, '=1+2', '810001', 2.5]);
    expect(table.getRow(3).getCell(4).value).toBe(-3);
  });

  it('reads only full dates as dates', () => {
    expect(dateCell('2022-07-21T17:00')).toEqual({
      value: new Date(Date.UTC(2022, 6, 21, 17, 0)),
      numFmt: 'yyyy-mm-dd hh:mm',
    });
    expect(dateCell('2022-07')).toEqual({ value: '2022-07' });
    expect(dateCell('2022-02-30')).toEqual({ value: '2022-02-30' });
  });

  it('keeps control characters as the escape spreadsheets read back, not dropped', () => {
    expect(cellText('上页\f下页')).toBe('上页_x000C_下页');
    expect(cellText('普通文字\n第二行')).toBe('普通文字\n第二行');
  });

  it('measures Chinese text as two places a character', () => {
    expect(displayWidth('序号')).toBe(4);
    expect(displayWidth('ab\n签约项目')).toBe(8);
  });

  it('writes to a folder as records.xlsx when --out is no .xlsx path', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'qh-xlsxd-')), 'out');
    expect(
      (await runCli(['extract', SEED_002, '--format', 'xlsx', '--types', 'projects', '--out', dir, '--quiet'])).code,
    ).toBe(0);
    expect(existsSync(join(dir, 'records.xlsx'))).toBe(true);
    // a Frictionless data package describes CSV resources only: none is made up for a workbook,
    // and the help says where one comes from
    expect(existsSync(join(dir, 'datapackage.json'))).toBe(false);
    const help = (await runCli(['extract', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('comes with --format csv only: run that too for one beside a workbook');
  });
});

describe('worksheet names', () => {
  it('are at most 31 characters, free of []:*?/\\ and unique ignoring case', () => {
    const names = new SheetNames();
    const long = '青海省妇女发展规划（2021—2030年）分领域编制工作任务分解表';
    const a = names.take(long);
    const b = names.take(long);
    expect([...a].length).toBeLessThanOrEqual(31);
    expect([...b].length).toBeLessThanOrEqual(31);
    expect(a).not.toBe(b);
    expect(names.take('a/b:c*[d]?\\')).toBe('a_b_c__d___');
    expect(names.take('Sheet')).toBe('Sheet');
    expect(names.take('SHEET')).toBe('SHEET (2)');
    expect(names.take("'quoted'")).toBe('quoted');
    expect(names.take('History')).toBe('History (2)');
  });
});
