import { describe, it, expect } from 'vitest';
import { fixture, docByNumber } from '../helpers/parse.js';
import type { TaskRecord } from '../../src/schema/index.js';

function tasksOf(seed: string, docNumber?: string): TaskRecord[] {
  const p = fixture(seed);
  if (!docNumber) return p.records.tasks;
  const doc = docByNumber(p, docNumber);
  expect(doc, docNumber).toBeTruthy();
  return p.records.tasks.filter((t) => t.docId === doc!.id);
}

describe('tasks form 1: labelled lines under a numbered item', () => {
  const t135 = tasksOf('002', '青政办〔2017〕135号');
  it('finds all fifty tasks of 135号, numbered 1..50', () => {
    expect(t135).toHaveLength(50);
    expect(t135.map((t) => t.seq)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
  });
  it('reads lead and responsible lines, dropping 等 and keeping 各市州县人民政府', () => {
    const t = t135.find((x) => x.seq === '1')!;
    expect(t.lead).toEqual(['省环境保护厅', '省经济和信息化委', '省住房城乡建设厅']);
    expect(t.responsible).toHaveLength(11);
    expect(t.responsible.at(-1)).toBe('各市州县人民政府');
    expect(t.section.join('>')).toContain('找准发力点');
  });
  it('leaves lead empty when an item has only a 责任单位 line', () => {
    const t = t135.find((x) => x.seq === '13')!;
    expect(t.lead).toEqual([]);
    expect(t.responsible).toContain('各市州人民政府');
  });
  it('joins item text wrapped over a blank line', () => {
    expect(t135.find((x) => x.seq === '10')!.text).toContain('农牧业品牌30个');
  });

  const t60 = tasksOf('003', '青政〔2020〕60号');
  it('reads the four labels of 60号, a bracketed collective unit staying whole', () => {
    const t = t60.find((x) => x.title === '建立城镇生态格局')!;
    expect(t.lead).toEqual(['青海省发展改革委', '省自然资源厅']);
    expect(t.guidance).toEqual(['住房城乡建设部建筑节能与科技司']);
    expect(t.responsible.at(-1)!.replace(/[()（）]/g, '')).toBe('各市州、县市、区、行委政府');
    expect(t.deadline).toBe('长期');
  });
  it('joins a label value wrapped mid-word across a page break', () => {
    const t = t60.find((x) => x.title === '构建城镇生态体系')!;
    expect(t.guidance).toEqual(['住房城乡建设部建筑节能与科技司', '城市建设司']);
    const t7 = t60.find((x) => x.title === '加快区域基础设施建设')!;
    expect(t7.lead).toEqual(['青海省发展改革委', '省交通运输厅', '省水利厅']);
  });
  it('keeps mechanisms that carry only a deadline, numbering restarting under a new heading', () => {
    const t = t60.find((x) => x.title === '建立城镇体检评估制度')!;
    expect(t.deadline).toBe('2022年');
    expect(t.lead).toEqual([]);
    expect(t.seq).toBe('2');
    expect(t.section[0]).toBe('三、推进机制');
  });
  it('counts 34 prose tasks and 72 table rows in 60号', () => {
    expect(t60).toHaveLength(106);
    expect(t60.filter((t) => t.group === null)).toHaveLength(34);
  });
});

describe('tasks form 2: inline （责任单位：…）', () => {
  const t62 = tasksOf('003', '青政办〔2020〕62号');
  it('finds the twenty tasks of 62号', () => expect(t62).toHaveLength(20));
  it('reads the bracket, half-width in the source', () => {
    const t = t62.find((x) => x.text.includes('坚持创新引领'))!;
    expect(t.responsible).toEqual(['省工业和信息化厅', '省科技厅', '省通信管理局', '各行业主管部门']);
    expect(t.title).toBe('坚持创新引领，强化技术应用');
    expect(t62.find((x) => x.text.startsWith('构建统筹解决'))!.responsible).toContain('省医保局');
  });
});

describe('tasks form 3: （…分别负责，…配合）', () => {
  const t67 = tasksOf('003', '青政办〔2020〕67号');
  it('finds the eighteen tasks of 67号', () => expect(t67).toHaveLength(18));
  it('splits 分别负责 and 配合 and ignores the note after the first sentence', () => {
    const t = t67.find((x) => x.text.includes('改革完善疾病预防控制体系'))!;
    expect(t.lead).toEqual(['省卫生健康委', '西宁海关', '各市州政府']);
    expect(t.cooperating).toEqual(['省发展改革委', '省财政厅', '省人力资源社会保障厅']);
  });
  it('reads （A负责，B，C配合）', () => {
    const t = t67.find((x) => x.seq === '十三')!;
    expect(t.lead).toEqual(['省医保局']);
    expect(t.cooperating).toEqual(['省卫生健康委', '各市州政府']);
  });
});

describe('tasks form 4: the unit named in the item heading', () => {
  const t001 = tasksOf('001');
  it('reads （二）省教育厅。组织成立…', () => {
    const t = t001.find((x) => x.text.includes('组织4家以上院校'))!;
    expect(t.lead).toEqual(['省教育厅']);
    expect(t.seq).toBe('二');
  });
  it('reads two units in one heading', () => {
    expect(t001.find((x) => x.seq === '四')!.lead).toEqual(['省工业和信息化厅', '省国资委']);
  });
  it('splits a category heading into one task per unit sentence', () => {
    const ten = t001.filter((x) => x.seq === '十');
    expect(ten.map((x) => x.lead[0])).toEqual([
      '省委宣传部',
      '省公安厅',
      '省财政厅',
      '省外事办',
      '省市场监管局',
      '西宁海关',
      '中铁青藏集团公司',
    ]);
    expect(t001.find((x) => x.seq === '九')!.lead).toEqual(['省文化和旅游厅', '省工商联']);
  });
  it('does not read 一、总体要求 or 四、工作安排 items as tasks', () => {
    expect(t001.every((t) => t.section[0]?.startsWith('五、任务分工'))).toBe(true);
  });
});

describe('tasks form 5: work bodies with lead and helpers', () => {
  const t000 = tasksOf('000');
  it('finds the eleven bodies and nothing else in 000 (activities are not tasks)', () => {
    expect(t000).toHaveLength(11);
    expect(t000.map((t) => t.title)).toContain('疫情防控部');
  });
  it('reads 牵头 and 配合', () => {
    const t = t000.find((x) => x.title === '项目部')!;
    expect(t.lead).toEqual(['省工业和信息化厅']);
    expect(t.cooperating).toEqual(['省发展改革委', '省商务厅', '相关园区']);
  });
  it('reads X负责，…等相关单位协助 and drops prose between the roles', () => {
    const t = t000.find((x) => x.title === '赛事部')!;
    expect(t.lead).toHaveLength(1);
    expect(t.cooperating).toContain('国网青海省电力公司');
    const z = t000.find((x) => x.title === '招商招展部')!;
    expect(z.cooperating).toEqual(['省商务厅', '省外事办', '省贸促会', '西宁海关']);
  });
  it('does not take people or 负责同志 for units', () => {
    expect(t000.find((x) => x.title === '办公室')!.lead).toEqual([]);
  });
});

describe('tasks form 6: task tables', () => {
  const t60 = tasksOf('003', '青政〔2020〕60号').filter((t) => t.group !== null);
  it('makes one task per row, 45 + 27', () => {
    expect(t60).toHaveLength(72);
  });
  it('carries the group down and across a page-break header', () => {
    const t = t60.find((x) => x.text.includes('开展人行道治理行动'))!;
    expect(t.group).toBe('城镇道路交通提升行动');
    expect(t.lead).toEqual(['各市州政府']);
    expect(t.deadline).toBe('2025年');
    expect(t.seq).toBe('17');
  });
  it('takes the task number from the task cell', () => {
    const t = t60.find((x) => x.text.startsWith('制定《城镇蓝绿空间行动方案》'))!;
    expect(t.seq).toBe('1');
    expect(t.lead).toEqual(['青海省生态环境厅']);
  });
  const t63 = tasksOf('003', '青政办〔2020〕63号');
  it('reads lead and responsible columns, joining names broken by spaces', () => {
    expect(t63).toHaveLength(21);
    expect(t63.find((x) => x.text === '妇女与健康')!.responsible).toHaveLength(13);
    const law = t63.find((x) => x.text === '儿童与法律保护')!;
    expect(law.responsible).toContain('省人力资源社会保障厅');
    expect(law.responsible).toContain('省检察院');
  });
  it('ignores tables without a task and a unit column', () => {
    expect(tasksOf('002', '青政办〔2017〕134号')).toHaveLength(0);
  });
});

describe('tasks form 7: duties per unit and groups of units', () => {
  const t138 = tasksOf('003', '青政办函〔2020〕138号');
  it('reads 省委宣传部：负责…', () => {
    const t = t138.find((x) => x.title === '省委宣传部')!;
    expect(t.lead).toEqual(['省委宣传部']);
    expect(t.text.startsWith('负责协调新闻宣传')).toBe(true);
    expect(t138.find((x) => x.title === '省发展改革委（省能源局）')).toBeTruthy();
  });
  it('reads groups made of units', () => {
    const t = t138.find((x) => x.title === '监测预警组')!;
    expect(t.responsible).toEqual(['省生态环境厅', '省气象局']);
    expect(t138.find((x) => x.title === '专家咨询组')!.lead).toEqual(['省生态环境厅', '省气象局']);
  });
});

describe('tasks: no invention', () => {
  it('finds no tasks in the news page', () => expect(tasksOf('004')).toHaveLength(0));
  it('finds none in the assessment rules, the pilot plan or the appointment notices', () => {
    expect(tasksOf('002', '青政办〔2017〕137号')).toHaveLength(0);
    expect(tasksOf('002', '青政办〔2017〕138号')).toHaveLength(0);
    expect(tasksOf('003', '青政人〔2020〕12号')).toHaveLength(0);
    expect(tasksOf('003', '青政办〔2020〕64号')).toHaveLength(0);
    expect(tasksOf('002', '青政办〔2017〕140号')).toHaveLength(0);
  });
  it('grounds every task in its source', () => {
    for (const seed of ['000', '001', '002', '003']) {
      const p = fixture(seed);
      for (const t of p.records.tasks) {
        const span = p.src.original
          .slice(t.source.startOffset, t.source.endOffset)
          .normalize('NFKC')
          .replace(/\s+/g, '');
        expect(span, t.id).toContain(t.text.normalize('NFKC').replace(/\s+/g, '').slice(0, 4));
      }
    }
  });
});
