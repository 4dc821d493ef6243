import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';

const HEADER = '序号\t项目名称\t甲方(青海)\t乙方(省外)\t总投资额(亿元)\t资金来源地\t责任领导\t责任人';

/** a small notice with one signed-project table; rows are tab-joined cells */
function table(rows: Array<string | string[]>, header = HEADER): string {
  return ['签约项目表', '', header, ...rows.map((r) => (Array.isArray(r) ? r.join('\t') : r))].join('\n') + '\n';
}

function parse(rows: Array<string | string[]>, header?: string) {
  const p = parseSnippet(table(rows, header));
  return { p, projects: p.records.projects, diags: p.diagnostics.filter((d) => d.code.startsWith('project')) };
}

const row = (
  seq: number | string,
  name: string,
  a = '甲公司',
  b = '乙公司',
  amount = '1.00',
  src = '北京',
  lead = '张三',
  person = '李四',
) => [String(seq), name, a, b, amount, src, lead, person];

describe('projects: the seed table (002)', () => {
  const p = fixture('002');
  const projects = p.records.projects;
  const bySeq = (n: number) => projects.find((r) => r.seq === n)!;

  it('turns all 346 rows into projects under 32 groups', () => {
    expect(projects).toHaveLength(346);
    expect(new Set(projects.map((r) => r.responsibleUnit)).size).toBe(32);
    expect(projects.every((r) => r.tableTitle === '第十八届青洽会签约项目责任分工表')).toBe(true);
    expect(projects.map((r) => r.seq)).toEqual(Array.from({ length: 346 }, (_, i) => i + 1));
  });

  it('keeps every row of the damaged 省国土资源厅 group', () => {
    expect(projects.filter((r) => r.responsibleUnit === '省国土资源厅')).toHaveLength(14);
    expect(projects.filter((r) => r.responsibleUnit === '西宁市政府')).toHaveLength(35);
  });

  it('adds up to the table total with the realigned row', () => {
    const sum = projects.reduce((a, r) => a + (r.investment ?? 0), 0);
    expect(sum).toBeGreaterThan(1668.79);
    expect(sum).toBeLessThan(1668.87);
  });

  it('keeps a row with empty party cells and warns', () => {
    expect(bySeq(278)).toMatchObject({ partyA: [], partyB: [], investment: 0.2, leaders: ['王景雄'] });
    expect(bySeq(279)).toMatchObject({ partyA: [], investment: null, fundingSources: [], persons: [] });
    const w = p.diagnostics.filter((d) => d.code === 'project-cells-empty');
    expect(w.map((d) => d.recordId)).toContain(bySeq(278).id);
  });

  it('realigns the row whose cells slid two columns right', () => {
    expect(bySeq(282)).toMatchObject({
      partyA: ['省地质矿产勘查局'],
      partyB: ['中电投黄河上游水电开发有限公司'],
      investment: 0.06,
      fundingSources: ['北京'],
      leaders: [],
      persons: [],
    });
    expect(p.diagnostics.find((d) => d.code === 'project-row-realigned')?.recordId).toBe(bySeq(282).id);
  });

  it('splits multi-valued cells', () => {
    expect(bySeq(313).partyA).toEqual(['海东建渊民族服饰有限公司', '青海伊赫萨出口贸易有限公司']);
    expect(bySeq(313).partyB).toEqual(['ELSAID AHMED DEYAB HARHASH']);
    expect(bySeq(330)).toMatchObject({ leaders: ['孙静'], fundingSources: ['北京', '苏州'] });
    expect(bySeq(336).persons).toEqual(['房直']);
    expect(bySeq(159).persons).toEqual(['海吉忠', '周心龙']);
    expect(bySeq(345).partyB).toEqual(['哈尔滨银行（按实际引入资金计）']);
    expect(bySeq(341).partyB).toHaveLength(3);
    expect(bySeq(92).fundingSources).toEqual(['广东', '浙江', '上海', '厦门']);
  });

  it('points each record at its row', () => {
    const r = bySeq(1);
    expect(p.src.original.slice(r.source.startOffset, r.source.endOffset)).toContain('年产2万吨锂电负极材料三期项目');
  });

  it('finds no projects in the other seeds', () => {
    for (const s of ['000', '001', '003', '004']) expect(fixture(s).records.projects).toHaveLength(0);
  });
});

describe('projects: recognizing the table', () => {
  it('accepts header variants: spaces in words, full-width brackets, other order, missing columns', () => {
    const header = '序 号\t项 目 名 称\t总投资额（亿元）\t乙方（省外）\t甲 方（青海）\t责 任 人';
    const { projects } = parse([['1', '甲项目', '2.50', '乙公司', '甲县政府', '王五']], header);
    expect(projects).toEqual([
      expect.objectContaining({
        seq: 1,
        name: '甲项目',
        investment: 2.5,
        partyB: ['乙公司'],
        partyA: ['甲县政府'],
        persons: ['王五'],
        fundingSources: [],
        leaders: [],
      }),
    ]);
  });

  it('converts a 万元 column to 亿元', () => {
    const { projects } = parse(
      [['1', '甲项目', '甲县', '乙公司', '5000']],
      '序号\t项目名称\t甲方\t乙方\t投资额（万元）',
    );
    expect(projects[0].investment).toBe(0.5);
  });

  it('ignores tables the classifier does not give it (no parties, no signing)', () => {
    expect(parse([['1', '考核', '内容', '']], '序号\t项目\t内容\t备注').projects).toHaveLength(0);
    expect(
      parse([['1', '甲项目', '1200', '省级']], '序号\t项目名称\t预算金额（万元）\t资金来源').projects,
    ).toHaveLength(0);
  });

  it('reads a 责任单位 column when the table has no group lines', () => {
    const { projects } = parse(
      [['1', '甲项目', '甲县', '乙公司', '2.00', '省商务厅']],
      '序号\t项目名称\t甲方\t乙方\t总投资额(亿元)\t责任单位',
    );
    expect(projects[0]).toMatchObject({ responsibleUnit: '省商务厅', investment: 2 });
  });

  it('takes the caption as tableTitle', () => {
    expect(parse([row(1, '甲项目')]).projects[0].tableTitle).toBe('签约项目表');
  });
});

describe('projects: group lines', () => {
  it('reads 责任单位 in either colon and bracket width, spaces anywhere, with or without the label', () => {
    const { projects } = parse([
      '责任单位: 甲市政府(1项)\t\t\t\t\t\t\t',
      row(1, '一'),
      '责 任 单 位 ： 乙 局 （ 1 项 ）\t\t\t\t\t\t\t',
      row(2, '二'),
      '丙管委会（1项）\t\t\t\t\t\t\t',
      row(3, '三'),
      '责任单位：省水利水电（集团）有限责任公司（1项）',
      row(4, '四'),
    ]);
    expect(projects.map((r) => r.responsibleUnit)).toEqual([
      '甲市政府',
      '乙局',
      '丙管委会',
      '省水利水电（集团）有限责任公司',
    ]);
  });

  it('states what each group declares as facts for the checks, with its records and the damaged ones', () => {
    const { p } = parse([
      '责任单位：甲局（2项，3亿元）\t\t\t\t\t\t\t',
      row(1, '一'),
      row(2, '二', '', '乙公司'),
      '合计\t\t\t\t2.00\t\t\t',
    ]);
    expect(p.facts.projectTables).toEqual([
      {
        docId: 't#d1',
        title: '签约项目表',
        headerLine: 3,
        firstLine: 1,
        groups: [
          {
            unit: '甲局',
            line: 4,
            declaredCount: 2,
            declaredSubtotal: 3,
            subtotalLine: 4,
            recordIds: ['t#d1/project1', 't#d1/project2'],
          },
        ],
        declaredTotal: 2,
        declaredTotalCount: null,
        totalLine: 7,
        damagedIds: ['t#d1/project2'],
      },
    ]);
  });

  it('keeps a group across a page break that falls between the group line and its rows', () => {
    const { projects } = parse([
      row(1, '一'),
      '责任单位：乙局（1项）\t\t\t\t\t\t\t',
      '',
      HEADER.replace(/\(/g, '（').replace(/\)/g, '）'),
      row(2, '二'),
    ]);
    expect(projects.map((r) => r.responsibleUnit)).toEqual([null, '乙局']);
  });

  it('keeps a group line that lost its tabs', () => {
    const { projects } = parse(['责任单位：甲局（1项）', row(1, '一'), '责任单位：乙局（1项）', row(2, '二')]);
    expect(projects.map((r) => [r.seq, r.responsibleUnit, r.persons])).toEqual([
      [1, '甲局', ['李四']],
      [2, '乙局', ['李四']],
    ]);
  });

  it('skips a page number caught inside the table', () => {
    const { projects, diags } = parse([row(1, '一'), '\t\t\t— 5 —\t\t\t\t', row(2, '二')]);
    expect(projects.map((r) => r.partyB)).toEqual([['乙公司'], ['乙公司']]);
    expect(diags).toEqual([]);
  });

  it('does not turn subtotal lines into projects', () => {
    const { projects } = parse([
      '责任单位：甲局（2项）\t\t\t\t3.00\t\t\t',
      row(1, '一'),
      row(2, '二', '甲', '乙', '2.00'),
      '责任单位：乙局（1项）\t\t\t\t\t\t\t',
      '\t\t\t\t1.00\t\t\t',
      row(3, '三'),
      ['小计', '', '', '', '1.00', '', '', ''],
      ['合计', '', '', '', '4.00', '', '', ''],
    ]);
    expect(projects.map((r) => r.seq)).toEqual([1, 2, 3]);
  });
});

describe('projects: damaged rows', () => {
  it('keeps a row with empty cells, with empty arrays, null amount and a warning', () => {
    const { projects, diags } = parse([row(1, '一'), ['2', '二', '', '', '', '', '', '']]);
    expect(projects[1]).toMatchObject({
      seq: 2,
      name: '二',
      partyA: [],
      partyB: [],
      investment: null,
      fundingSources: [],
      leaders: [],
      persons: [],
    });
    expect(diags).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'project-cells-empty', recordId: projects[1].id, line: 5 }),
    ]);
  });

  it('realigns a row whose cells slid right (a unit name in the amount column, the number two cells later)', () => {
    const { projects, diags } = parse([['1', '一', '', '', '甲局', '乙公司', '0.06', '北京']]);
    expect(projects[0]).toMatchObject({
      partyA: ['甲局'],
      partyB: ['乙公司'],
      investment: 0.06,
      fundingSources: ['北京'],
      leaders: [],
      persons: [],
    });
    expect(diags.map((d) => d.code)).toEqual(['project-row-realigned', 'project-cells-empty']);
    expect(diags[0].message).toContain('slid 2 columns right');
  });

  it('realigns a row whose 序号 and 项目名称 ran into one cell', () => {
    const { projects, diags } = parse([['7 七项目', '甲局', '乙公司', '3.00', '北京', '张三', '李四']]);
    expect(projects[0]).toMatchObject({
      seq: 7,
      name: '七项目',
      partyA: ['甲局'],
      partyB: ['乙公司'],
      investment: 3,
      persons: ['李四'],
    });
    expect(diags.map((d) => d.code)).toEqual(['project-row-realigned']);
  });

  it('flags a slid row that has more than one reading and keeps it as printed', () => {
    // a cell lost before the amount: was it 甲方 or 乙方 that went missing?
    const { projects, diags } = parse([['1', '一', '某公司', '2.00', '北京', '张三', '李四', '']]);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ name: '一', partyA: ['某公司'], investment: null });
    expect(diags.map((d) => d.code)).toContain('project-row-misaligned');
    expect(diags.find((d) => d.code === 'project-row-misaligned')!.message).toContain('2 possible readings');
  });

  it('flags an amount cell that holds text no shift explains', () => {
    const { projects, diags } = parse([row(1, '一', '甲', '乙', '待定')]);
    expect(projects[0].investment).toBeNull();
    expect(diags).toEqual([expect.objectContaining({ severity: 'warning', code: 'project-amount-unparsed' })]);
    expect(diags[0].message).toContain('待定');
  });

  it('joins a line holding only the rest of a cell to the row above', () => {
    const { projects, diags } = parse([row(1, '青海省某某矿'), ['', '勘查项目', '', '', '', '', '', ''], row(2, '二')]);
    expect(projects.map((r) => r.name)).toEqual(['青海省某某矿勘查项目', '二']);
    expect(diags.map((d) => d.code)).toEqual(['project-row-continued']);
    expect(projects[0].source.endLine).toBe(5);
  });

  it('joins the second line of a row whose cells ran over two lines', () => {
    const { projects, diags } = parse([
      row(1, '青海省某某', '甲公司', '某某投资'),
      ['', '矿勘查项目', '', '有限公司', '', '', '', ''],
      row(2, '二'),
    ]);
    expect(projects[0]).toMatchObject({ name: '青海省某某矿勘查项目', partyB: ['某某投资有限公司'], investment: 1 });
    expect(diags.map((d) => [d.code, d.line])).toEqual([['project-row-continued', 4]]);
  });

  it('carries group and title into a table that only continues after a page break', () => {
    const variant = '序号\t项目名称\t甲方\t乙方\t总投资额（亿元）\t资金来源地\t责任领导\t责任人';
    const { p, projects } = parse(['责任单位：甲局（2项）', row(1, '一'), '', '- 3 -', '', variant, row(2, '二')]);
    expect(p.records.tables.length).toBe(2);
    expect(projects.map((r) => [r.seq, r.responsibleUnit, r.tableTitle])).toEqual([
      [1, '甲局', '签约项目表'],
      [2, '甲局', '签约项目表'],
    ]);
  });

  it('continues a group that still owes rows into the next table, even past a running page header', () => {
    const variant = '序号\t项目名称\t甲方\t乙方\t总投资额（亿元）\t资金来源地\t责任领导\t责任人';
    const { projects } = parse([
      '责任单位：甲局（2项）',
      row(1, '一'),
      '',
      '青海省人民政府公报（第十六期）——签约项目专刊',
      '',
      variant,
      row(2, '二'),
    ]);
    expect(projects.map((r) => [r.responsibleUnit, r.tableTitle])).toEqual([
      ['甲局', '签约项目表'],
      ['甲局', '签约项目表'],
    ]);
  });

  it('warns about a row without 序号', () => {
    const { projects, diags } = parse([row('', '无号项目')]);
    expect(projects[0].seq).toBeNull();
    expect(diags.map((d) => d.code)).toEqual(['project-seq-missing']);
  });
});

describe('projects: hostile input', () => {
  it('stays fast on a row of huge damaged cells', () => {
    const cell = '（a 1 孙 '.repeat(20000);
    const t0 = performance.now();
    const { projects } = parse([['1', cell, cell, cell, cell, cell, cell, cell]]);
    expect(projects).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('projects: no state between runs', () => {
  it('reads a table the same before and after reading another file', () => {
    const text = table(
      [row(1, '一', '甲', '乙', '35000'), row(2, '二', '甲', '乙', '12')],
      HEADER.replace('亿元', '万元'),
    );
    const first = parseSnippet(text).records.projects;
    parse([row(1, '一', '甲', '乙', '35000')]);
    const again = parseSnippet(text).records.projects;
    expect(again).toEqual(first);
    expect(first.map((r) => r.investment)).toEqual([3.5, 0.0012]);
  });
});
