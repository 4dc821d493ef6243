import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, parseSnippet, FIXTURES } from '../helpers/parse.js';
import { runCli } from '../helpers/cli.js';
import { validateFile } from '../../src/validate/validate.js';
import { findStatedTotals } from '../../src/validate/checks/stated-totals.js';
import { projectChecks } from '../../src/validate/checks/projects.js';
import type { ParsedFile } from '../../src/pipeline/parse-file.js';

const HEADER = '序号\t项目名称\t甲方(青海)\t乙方(省外)\t总投资额(亿元)\t资金来源地\t责任领导\t责任人';
const row = (seq: number | string, name: string, amount = '1.00', a = '甲公司', b = '乙公司') =>
  [String(seq), name, a, b, amount, '北京', '张三', '李四'].join('\t');
const group = (label: string, subtotal = '') => `${label}\t\t\t\t${subtotal}\t\t\t`;

function notice(rows: string[], intro = '') {
  return ['关于做好签约项目落地工作的通知', '', intro, '', '签约项目表', '', HEADER, ...rows].join('\n') + '\n';
}

/** the project diagnostics of parse + validate for a hand-made notice */
function check(rows: string[], intro = '') {
  const p = parseSnippet(notice(rows, intro));
  return [...p.diagnostics, ...validateFile(p)].filter((d) => d.code.startsWith('project'));
}
const codes = (ds: ReturnType<typeof check>, severity?: string) =>
  ds.filter((d) => !severity || d.severity === severity).map((d) => d.code);

describe('project cross-checks on the seed', () => {
  const p = fixture('002');
  const ds = [...p.diagnostics, ...validateFile(p)].filter((d) => d.code.startsWith('project'));

  it('has no errors: its real defects are warnings', () => {
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(codes(ds, 'warning')).toEqual(
      expect.arrayContaining(['project-cells-empty', 'project-row-realigned', 'project-duplicate']),
    );
  });

  it('finds no count, subtotal or numbering problems in the seed', () => {
    expect(codes(ds).filter((c) => /group|table-total|seq/.test(c))).toEqual([]);
  });

  it("compares the notice's stated totals, as info", () => {
    const count = ds.find((d) => d.code === 'project-stated-count')!;
    const amount = ds.find((d) => d.code === 'project-stated-amount')!;
    expect(count).toMatchObject({ severity: 'info', line: 11 });
    expect(count.message).toMatch(/300余项.*346: consistent/);
    expect(amount.severity).toBe('info');
    expect(amount.message).toMatch(/超过1800亿元.*1668\.86亿元: differs/);
  });
});

describe('group counts and subtotals', () => {
  it('accepts a table that adds up', () => {
    const ds = check([
      group('责任单位：甲局（2项）', '3.00'),
      row(1, '一', '1.00'),
      row(2, '二', '2.00'),
      group('责任单位：乙局（1项）'),
      '\t\t\t\t0.50\t\t\t',
      row(3, '三', '0.50'),
    ]);
    expect(ds).toEqual([]);
  });

  it('makes a wrong count in an intact group an error', () => {
    const ds = check([group('责任单位：甲局（3项）'), row(1, '一'), row(2, '二')]);
    expect(ds).toEqual([expect.objectContaining({ severity: 'error', code: 'project-group-count-mismatch', line: 8 })]);
    expect(ds[0].message).toContain('declares 3项 but lists 2 rows');
  });

  it('makes a wrong subtotal an error, on the group line or on a line of its own', () => {
    expect(
      codes(check([group('责任单位：甲局（2项）', '4.00'), row(1, '一', '1.00'), row(2, '二', '2.00')]), 'error'),
    ).toEqual(['project-group-subtotal-mismatch']);
    const own = check([
      group('责任单位：甲局（2项）'),
      '\t\t\t\t4.00\t\t\t',
      row(1, '一', '1.00'),
      row(2, '二', '2.00'),
    ]);
    expect(own).toEqual([
      expect.objectContaining({ severity: 'error', code: 'project-group-subtotal-mismatch', line: 9 }),
    ]);
  });

  it('allows a subtotal to differ by rounding only (0.01)', () => {
    expect(check([group('责任单位：甲局（2项）', '3.34'), row(1, '一', '1.67'), row(2, '二', '1.666')])).toEqual([]);
  });

  it('makes a mismatch a warning when the group holds a damaged row', () => {
    const ds = check([
      group('责任单位：甲局（3项）', '5.00'),
      row(1, '一', '1.00'),
      ['2', '二', '', '', '', '', '', ''].join('\t'),
    ]);
    expect(codes(ds, 'error')).toEqual([]);
    expect(codes(ds, 'warning')).toEqual([
      'project-cells-empty',
      'project-group-count-mismatch',
      'project-group-subtotal-mismatch',
    ]);
    expect(ds.find((d) => d.code === 'project-group-count-mismatch')!.message).toContain('damaged row');
  });

  it('checks a 合计 line against the whole table', () => {
    const ds = check([row(1, '一', '1.00'), row(2, '二', '2.00'), ['合计', '', '', '', '9.00', '', '', ''].join('\t')]);
    expect(ds).toEqual([expect.objectContaining({ severity: 'error', code: 'project-table-total-mismatch' })]);
    expect(check([row(1, '一', '1.00'), row(2, '二', '2.00'), '合计：2项，3.00亿元\t\t\t\t\t\t\t'])).toEqual([]);
    expect(
      codes(check([row(1, '一', '1.00'), row(2, '二', '2.00'), '合计：3项，4亿元\t\t\t\t\t\t\t']), 'error'),
    ).toEqual(['project-table-count-mismatch', 'project-table-total-mismatch']);
  });
});

describe('numbering', () => {
  it('warns about a gap', () => {
    const ds = check([row(1, '一'), row(2, '二'), row(5, '五')]);
    expect(ds).toEqual([expect.objectContaining({ severity: 'warning', code: 'project-seq-gap', line: 10 })]);
    expect(ds[0].message).toContain('3–4 are missing');
  });

  it('warns about a repeat and about disorder', () => {
    expect(codes(check([row(1, '一'), row(2, '二'), row(2, '二乙'), row(3, '三')]))).toEqual(['project-seq-repeat']);
    expect(codes(check([row(1, '一'), row(3, '三'), row(2, '二'), row(4, '四')]))).toEqual([
      'project-seq-gap',
      'project-seq-disorder',
    ]);
  });

  it('accepts numbering that restarts at 1 in each group', () => {
    expect(
      check([group('责任单位：甲局（2项）'), row(1, '一'), row(2, '二'), group('责任单位：乙局（1项）'), row(1, '三')]),
    ).toEqual([]);
  });
});

describe('duplicates and amounts', () => {
  it('warns when the same project is listed twice', () => {
    const ds = check([
      row(1, '风电项目', '1.00'),
      row(2, '风电项目', '1.00'),
      row(3, '风电项目', '1.00', '甲公司', '丙公司'),
    ]);
    expect(ds).toEqual([expect.objectContaining({ severity: 'warning', code: 'project-duplicate', line: 9 })]);
  });

  it('makes a negative amount an error and an absurd one a warning', () => {
    expect(check([row(1, '一', '-2.00')])).toEqual([
      expect.objectContaining({ severity: 'error', code: 'project-amount-negative' }),
    ]);
    expect(check([row(1, '一', '18000')])).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'project-amount-absurd' }),
    ]);
  });
});

describe('what the checks read', () => {
  const record = (id: string, seq: number, investment: number, line: number) => ({
    type: 'project',
    id,
    docId: 'x#d1',
    source: { file: 'x.txt', startLine: line, endLine: line, startOffset: 0, endOffset: 1 },
    seq,
    name: `项目${seq}`,
    partyA: [],
    partyB: [],
    investment,
    fundingSources: [],
    leaders: [],
    persons: [],
    responsibleUnit: '甲局',
    tableTitle: '表',
  });
  const facts = (damagedIds: string[]) => ({
    projectTables: [
      {
        docId: 'x#d1',
        title: '表',
        headerLine: 3,
        firstLine: 1,
        groups: [
          {
            unit: '甲局',
            line: 4,
            declaredCount: 3,
            declaredSubtotal: 5,
            subtotalLine: 4,
            recordIds: ['x#d1/project1', 'x#d1/project2'],
          },
        ],
        declaredTotal: null,
        declaredTotalCount: null,
        totalLine: null,
        damagedIds,
      },
    ],
  });
  const run = (damagedIds: string[]) =>
    projectChecks.run({
      file: 'x.txt',
      records: { projects: [record('x#d1/project1', 1, 1, 5), record('x#d1/project2', 2, 2, 6)] },
      facts: facts(damagedIds),
      docs: [],
      src: { lines: [] },
    } as unknown as ParsedFile);

  it('checks the records against the facts the reader stated, with no table or parser at hand', () => {
    expect(run([]).map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'project-group-count-mismatch', 4],
      ['error', 'project-group-subtotal-mismatch', 4],
    ]);
  });

  it('softens a mismatch to a warning over a row the reader flagged as damaged', () => {
    const ds = run(['x#d1/project2']);
    expect(ds.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(ds[0].message).toMatch(/1 damaged row in it, 2\)$/);
  });
});

describe('stated totals', () => {
  it('reads approximate bounds', () => {
    const s = findStatedTotals([
      { no: 3, text: '我省共签约各类合作项目300余项，签约金额超过1800亿元。其中，西宁签约金额共计597亿元。' },
    ])!;
    expect(s.count).toMatchObject({ value: 300, lo: 300, hi: 400 });
    expect(s.amount).toMatchObject({ value: 1800, lo: 1800, hi: Infinity });
    const t = findStatedTotals([{ no: 1, text: '共签约项目约20个，签约金额近50亿元。' }])!;
    expect(t.count).toMatchObject({ lo: 18, hi: 22 });
    expect(t.amount).toMatchObject({ lo: 45, hi: 50 });
    expect(findStatedTotals([{ no: 1, text: '各地区要抓好落实。' }])).toBeNull();
  });

  it('reports the comparison as info, consistent or not', () => {
    const ds = check([row(1, '一', '2.00'), row(2, '二', '3.00')], '我省共签约合作项目2项，签约金额5亿元。');
    expect(ds.map((d) => [d.severity, d.code, d.message.endsWith('consistent')])).toEqual([
      ['info', 'project-stated-count', true],
      ['info', 'project-stated-amount', true],
    ]);
    const off = check([row(1, '一', '2.00')], '共签约项目10余项，签约金额超过100亿元。');
    expect(off.map((d) => [d.severity, d.message.endsWith('differs')])).toEqual([
      ['info', true],
      ['info', true],
    ]);
  });
});

describe('qhdocs validate exit codes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qhdocs-proj-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on a table whose count and subtotal are wrong', async () => {
    const file = join(dir, 'wrong.txt');
    writeFileSync(file, notice([group('责任单位：甲局（3项）', '9.00'), row(1, '一', '1.00'), row(2, '二', '2.00')]));
    const r = await runCli(['validate', file, '--report', 'json']);
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout)
      .diagnostics.filter((d: { severity: string }) => d.severity === 'error')
      .map((d: { code: string }) => d.code);
    expect(errors).toEqual(['project-group-count-mismatch', 'project-group-subtotal-mismatch']);
  });

  it('exits 0 on the seed, whose defects are warnings', async () => {
    const r = await runCli(['validate', join(FIXTURES, '002_6bc5adcb762922b6.txt'), '-q']);
    expect(r.code).toBe(0);
  });
});
