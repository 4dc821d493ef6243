import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neutralizeCell, toCsv } from '../../src/emit/csv.js';
import { restoreCell } from '../../src/emit/cells.js';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

describe('neutralizeCell (CWE-1236)', () => {
  it.each([
    ['=', '=SUM(A1:A9)'],
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(1,2)'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
  ])('a cell starting with %s gets a leading apostrophe', (_name, cell) => {
    const out = neutralizeCell(cell);
    expect(out).toBe(`'${cell}`);
    expect(out).not.toMatch(FORMULA_START);
  });

  it.each([
    ['small equals U+FE66', '\ufe66SUM(A1)'],
    ['full-width equals', '＝1+1'],
    ['full-width plus', '＋1'],
    ['full-width minus', '－1'],
    ['small hyphen-minus U+FE63', '\ufe631'],
    ['full-width at', '＠SUM(1)'],
    ['superscript plus', '\u207a1'],
  ])('a cell starting with a character NFKC folds to a formula start (%s) is guarded too', (_name, cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary cells alone, including ones with = inside and plain numbers', () => {
    for (const s of ['', '青海省发展改革委', 'a=b', '1+1', '2024-05-01', "'already", ' x', '-3', '-0.5'])
      expect(neutralizeCell(s)).toBe(s);
  });

  it.each(['=1', "'=1", "''+x", '-', "'", "'-3", '@', 'plain'])('restoreCell undoes neutralizeCell for %j', (v) => {
    expect(restoreCell(neutralizeCell(v))).toBe(v);
  });
});

describe('toCsv', () => {
  const rec = (name: string, extra: Record<string, unknown> = {}) => ({
    type: 'project',
    id: 'p#d1/project1',
    docId: 'p#d1',
    source: { file: 'p.txt', startLine: 1, endLine: 1, startOffset: 0, endOffset: 5 },
    seq: 1,
    name,
    partyA: ['=HYPERLINK("http://x","y")', '省商务厅'],
    partyB: ['@evil'],
    investment: 1.5,
    fundingSources: [],
    leaders: ['+cmd'],
    persons: ['-1'],
    responsibleUnit: '\t=1',
    tableTitle: '\r=2',
    ...extra,
  });

  it('writes no cell a spreadsheet would run as a formula, whatever field it comes from', () => {
    const csv = toCsv('project', [rec('=1+2'), rec('@A1', { investment: -3 })], { header: 'en', bom: false });
    const rows = parseCsv(csv);
    expect(rows.length).toBe(3);
    for (const row of rows)
      for (const cell of row) if (!PLAIN_NUMBER.test(cell)) expect(cell).not.toMatch(FORMULA_START);
    expect(rows[1]).toContain("'=1+2");
    expect(rows[1]).toContain('\'=HYPERLINK("http://x","y")；省商务厅');
    // a plain number is a value, never a formula: it stays a number for typed readers
    expect(rows[2]).toContain('-3');
  });

  it('writes numbers as numbers: a negative investment is a value, not a formula', () => {
    const rows = parseCsv(toCsv('project', [rec('x', { investment: -2.5 })], { header: 'en', bom: false }));
    const col = rows[0].indexOf('investment');
    expect(rows[1][col]).toBe('-2.5');
  });

  it('quotes cells with commas, quotes and line breaks, and round-trips them', () => {
    const csv = toCsv('project', [rec('a,"b"\nc')], { header: 'en', bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)[1]).toContain('a,"b"\nc');
  });
});

describe('CSV export through the CLI', () => {
  it('neutralizes a formula that reached a table caption and cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-csvf-'));
    const f = join(dir, 'f.txt');
    writeFileSync(
      f,
      '关于报送项目的通知\n\n=HYPERLINK("http://evil","点我")\n序号\t项目名称\t单位\n1\t=1+2\t@省商务厅\n2\t-3\t+4\n',
    );
    const out = join(dir, 'out');
    const r = await runCli(['extract', f, '--format', 'csv', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const files = ['documents', 'tables', 'projects', 'tasks', 'activities', 'contacts', 'members'].map(
      (n) => `${n}.csv`,
    );
    files.push(...readdirSync(join(out, 'tables')).map((f) => `tables/${f}`));
    expect(files.length).toBe(8);
    for (const name of files) {
      const rows = parseCsv(readFileSync(join(out, name), 'utf8'));
      for (const row of rows)
        for (const cell of row) if (!PLAIN_NUMBER.test(cell)) expect(cell, name).not.toMatch(FORMULA_START);
    }
  });
});
