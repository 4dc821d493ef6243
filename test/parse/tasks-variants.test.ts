import { describe, it, expect } from 'vitest';
import { parseSnippet } from '../helpers/parse.js';

/** a small notice around some body lines */
const notice = (...body: string[]) => ['青海省人民政府办公厅关于印发测试工作方案的通知', '', ...body, ''].join('\n');
const tasks = (...body: string[]) => parseSnippet(notice(...body)).records.tasks;

describe('form 1 variants: labelled lines', () => {
  const ts = tasks(
    '一、重点任务',
    '',
    '（一）第一类工作。',
    '',
    '(1) 建立测试制度。完善测试',
    '',
    '机制，加强管理。',
    '牵头单位:省甲厅、省乙局',
    '责任单位：省丙委、各市州、县(市、区)',
    '',
    '政府',
    '指导部门：国家某部规划与科技',
    '司、标准司',
    '完成时限：2025年底前',
    '',
    '(2) 推进另一项工作。做好相关事项。牵头部门：省丁厅；完成时限：长期',
    '',
    '二、保障措施',
    '',
    '1. 加强组织领导。各单位要高度重视。',
  );
  it('reads a (1) numbering level with half-width colons and labels wrapped over blank lines', () => {
    const t = ts.find((x) => x.seq === '1')!;
    expect(t.section).toEqual(['一、重点任务', '（一）第一类工作']);
    expect(t.text).toBe('建立测试制度。完善测试机制，加强管理。');
    expect(t.title).toBe('建立测试制度');
    expect(t.lead).toEqual(['省甲厅', '省乙局']);
    expect(t.responsible).toEqual(['省丙委', '各市州、县（市、区）政府']);
    expect(t.guidance).toEqual(['国家某部规划与科技司', '标准司']);
    expect(t.deadline).toBe('2025年底前');
  });
  it('reads labels inline after the item text', () => {
    const t = ts.find((x) => x.seq === '2')!;
    expect(t.lead).toEqual(['省丁厅']);
    expect(t.deadline).toBe('长期');
    expect(t.text).toBe('推进另一项工作。做好相关事项。');
  });
  it('leaves plain numbered prose alone', () => {
    expect(ts).toHaveLength(2);
  });
  it('joins a value wrapped after a separator, and not the signature after the last labels', () => {
    const [t] = tasks(
      '1. 做好某项工作。',
      '责任单位：省甲厅、省乙局、',
      '省丙委、省丁局',
      '完成时限：长期',
      '青海省人民政府办公厅',
      '2020年8月13日',
    );
    expect(t.responsible).toEqual(['省甲厅', '省乙局', '省丙委', '省丁局']);
    expect(t.deadline).toBe('长期');
    const [u] = tasks('1. 做好某项工作。', '责任单位：省甲厅、省乙局', '青海省人民政府办公厅', '2020年8月13日');
    expect(u.responsible).toEqual(['省甲厅', '省乙局']);
    const v = tasks(
      '1. 做好某项工作。',
      '责任单位：省发展改革委，各市州',
      '人民政府',
      '完成时限：持续推进',
      '',
      '2020年8月13日',
    );
    expect(v).toHaveLength(1);
    expect(v[0].responsible).toEqual(['省发展改革委', '各市州人民政府']);
    expect(v[0].deadline).toBe('持续推进');
  });
});

describe('form 2 variants: inline labelled brackets', () => {
  it('reads half-width brackets, several labels and a deadline', () => {
    const [t] = tasks(
      '一、任务',
      '1.加强测试。做好测试工作。(牵头单位:省甲厅;责任单位:省乙局、省丙委，各市州政府;完成时限:2021年6月底前)',
    );
    expect(t.seq).toBe('1');
    expect(t.lead).toEqual(['省甲厅']);
    expect(t.responsible).toEqual(['省乙局', '省丙委', '各市州政府']);
    expect(t.deadline).toBe('2021年6月底前');
  });
  it('reads a bracket that wraps onto a second paragraph', () => {
    const [t] = tasks(
      '（一）加快发展。推动某产业。（责任单位：省甲厅、省乙',
      '',
      '局，各行业主管部门）',
      '',
      '（二）其他工作。没有单位。',
    );
    expect(t.responsible).toEqual(['省甲厅', '省乙局', '各行业主管部门']);
  });
  it('ignores brackets that are only remarks', () => {
    expect(tasks('（一）加快发展。推动某产业（含服务业）发展（以下简称产业）。')).toHaveLength(0);
  });
});

describe('form 3 variants: 负责 and 配合 in a bracket', () => {
  it('reads 牵头 / 配合 at another numbering level', () => {
    const [t] = tasks('1. 推进改革。完善机制。(省甲厅牵头，省乙局、省丙委配合)');
    expect(t.lead).toEqual(['省甲厅']);
    expect(t.cooperating).toEqual(['省乙局', '省丙委']);
  });
  it('reads 分别负责 with a note after the first sentence', () => {
    const [t] = tasks(
      '（一）完善体系。做好工作。（省甲厅、省乙局，各市州政府分别负责，省丙委配合。分别负责为各部门按职责分别牵头，下同）',
    );
    expect(t.lead).toEqual(['省甲厅', '省乙局', '各市州政府']);
    expect(t.cooperating).toEqual(['省丙委']);
  });
});

describe('form 4 variants: the unit in the heading', () => {
  const ts = tasks(
    '五、任务分工',
    '1. 省甲厅。负责统筹协调，做好日常工作。',
    '2. 省乙局、省丙委。共同牵头做好某项工作，省丁厅配合。',
    '3. 有关服务部门。省戊厅负责审核工作；省己局做好保障工作。',
    '4. 加强组织领导。各单位要高度重视。',
  );
  it('reads one unit, two units and the 配合 inside the text', () => {
    expect(ts.find((x) => x.seq === '1')!.lead).toEqual(['省甲厅']);
    const two = ts.find((x) => x.seq === '2')!;
    expect(two.lead).toEqual(['省乙局', '省丙委']);
    expect(two.cooperating).toEqual(['省丁厅']);
  });
  it('splits a category heading per unit sentence and skips prose headings', () => {
    expect(ts.filter((x) => x.seq === '3').map((x) => x.lead[0])).toEqual(['省戊厅', '省己局']);
    expect(ts.find((x) => x.seq === '4')).toBeUndefined();
  });
});

describe('form 5 variants: work bodies', () => {
  const ts = tasks(
    '三、工作机构',
    '1. 综合组。省甲厅牵头，省乙局、省丙委等配合。',
    '主要职责：负责综合协调；省丁局负责后勤。',
    '2. 宣传组。省委宣传部负责，各新闻单位等相关单位协助。',
  );
  it('reads lead and helpers, not the units inside the duties', () => {
    const t = ts.find((x) => x.title === '综合组')!;
    expect(t.lead).toEqual(['省甲厅']);
    expect(t.cooperating).toEqual(['省乙局', '省丙委']);
    expect(t.text).toContain('主要职责');
  });
  it('reads X负责，…等相关单位协助', () => {
    const t = ts.find((x) => x.title === '宣传组')!;
    expect(t.lead).toEqual(['省委宣传部']);
    expect(t.cooperating).toEqual(['各新闻单位']);
  });
  it('leaves activities with a time and a place to the activity parser', () => {
    expect(
      tasks('（一）主要活动。', '1.开幕式。', '时间：7月22日10:00', '地点：会展中心', '省甲厅牵头负责，省乙局配合。'),
    ).toHaveLength(0);
  });
});

describe('form 6 variants: task tables', () => {
  it('recognizes a table by its header words, whatever its title', () => {
    const ts = tasks(
      '附件',
      '',
      '分工表',
      '',
      '序号\t类别\t重点任务\t牵头部门\t配合单位\t完成时间',
      '1\t改革类\t完善某项制度\t省甲厅\t省乙局 省丙委\t2021年',
      '2\t\t推进某项工作\t省丁 厅\t省戊局、省己 委\t长期',
      '',
      '',
      '序号\t类别\t重点任务\t牵头部门\t配合单位\t完成时间',
      '3\t\t推进第三项工作\t各市州政府\t\t2022年底前',
      '4\t建设类\t建设某工程\t省甲厅\t\t2025 年',
    );
    expect(ts).toHaveLength(4);
    expect(ts.map((t) => t.group)).toEqual(['改革类', '改革类', '改革类', '建设类']);
    expect(ts[0].cooperating).toEqual(['省乙局', '省丙委']);
    expect(ts[1].lead).toEqual(['省丁厅']);
    expect(ts[1].cooperating).toEqual(['省戊局', '省己委']);
    expect(ts[2].seq).toBe('3');
    expect(ts[3].deadline).toBe('2025年');
    expect(ts[0].section).toEqual(['分工表']);
  });
  it('ignores tables without a unit column', () => {
    expect(tasks('序号\t工作内容\t备注', '1\t完善某项制度\t无')).toHaveLength(0);
  });
});

describe('form 7 variants: duties per unit and groups', () => {
  it('reads a run of 单位：duty paragraphs and groups of units', () => {
    const ts = tasks(
      '2.3 各组职责。',
      '',
      '综合协调组由省甲厅、省乙局组成，负责综合协调。',
      '',
      '专家组由省丙委牵头组建，负责技术支持。',
      '',
      '2.4 成员单位职责',
      '',
      '省甲厅：负责统筹协调，',
      '',
      '做好日常工作。',
      '省乙局（省丁局）：配合做好保障工作。',
    );
    expect(ts.map((t) => t.title)).toEqual(['综合协调组', '专家组', '省甲厅', '省乙局（省丁局）']);
    expect(ts[0].responsible).toEqual(['省甲厅', '省乙局']);
    expect(ts[1].lead).toEqual(['省丙委']);
    expect(ts[2].text).toBe('负责统筹协调，做好日常工作。');
    expect(ts[2].section).toEqual(['2.4 成员单位职责']);
  });
  it('leaves a single 单位：address line alone', () => {
    expect(tasks('九、工作联络', '省甲厅：西宁市某路1号（邮编：810001）。', '省乙局：西宁市某路2号。')).toHaveLength(0);
  });
});

describe('form 6: a group given by a row across the table', () => {
  it('takes a one-cell row as the group of the rows below', () => {
    const ts = tasks(
      '序号\t工作任务\t责任单位\t完成时限',
      '一、制度建设\t\t\t',
      '1\t完善某项制度\t省甲厅\t2021年',
      '二、工程建设\t\t\t',
      '2\t建设某工程\t省乙局\t长期',
    );
    expect(ts.map((t) => [t.seq, t.group, t.responsible[0]])).toEqual([
      ['1', '一、制度建设', '省甲厅'],
      ['2', '二、工程建设', '省乙局'],
    ]);
  });
});

describe('form 1: several labelled runs under one heading', () => {
  it('makes a task of each run, the later ones without a number', () => {
    const ts = tasks(
      '（一）生态建设。加快推进甲工作。',
      '牵头单位：省甲厅',
      '加快推进乙工作。',
      '牵头单位：省乙局',
      '时限：2021年底前',
      '各地要高度重视。',
      '（二）其他。',
    );
    expect(ts.map((t) => [t.seq, t.text, t.lead[0], t.deadline])).toEqual([
      ['一', '生态建设。加快推进甲工作。', '省甲厅', null],
      [null, '加快推进乙工作。', '省乙局', '2021年底前'],
    ]);
    expect(ts[1].section).toEqual(['（一）生态建设']);
  });
});

describe('units annotated with their role', () => {
  it('moves 省甲厅（牵头） in a responsible list to lead', () => {
    const [t] = tasks('1. 做好某项工作。', '责任单位：省甲厅(牵头)、省乙局、省丙委（配合）');
    expect(t.lead).toEqual(['省甲厅']);
    expect(t.responsible).toEqual(['省乙局']);
    expect(t.cooperating).toEqual(['省丙委']);
  });
  it('takes the last task-like column as the task and the one before as its group', () => {
    const ts = tasks(
      '序号\t重点任务\t具体措施\t责任单位',
      '1\t提升服务\t完善某项制度\t省甲厅',
      '2\t\t推进某项工作\t省乙局',
    );
    expect(ts.map((t) => [t.group, t.text])).toEqual([
      ['提升服务', '完善某项制度'],
      ['提升服务', '推进某项工作'],
    ]);
  });
});

describe('form 4/5: what belongs to the item', () => {
  it('reads a bare heading whose words are on the next line, and stops before closing prose', () => {
    const ts = tasks(
      '六、任务分工',
      '（一）省甲厅',
      '负责统筹协调工作。',
      '（二）项目组',
      '省乙局牵头，省丙委配合。',
      '职责：负责项目推介。',
      '各单位要密切配合。',
      '青海省人民政府办公厅',
    );
    expect(ts.map((t) => [t.title, t.lead, t.cooperating])).toEqual([
      ['省甲厅', ['省甲厅'], []],
      ['项目组', ['省乙局'], ['省丙委']],
    ]);
    expect(ts[1].text).not.toContain('各单位要密切配合');
    expect(ts[0].text).toBe('负责统筹协调工作。');
  });
});

describe('an item that opens with the unit leading it', () => {
  it('reads 1. 省甲厅负责…，省乙局配合。 but not prose about regions', () => {
    const ts = tasks(
      '一、任务',
      '1. 省甲厅负责建立某项制度，省乙局、省丙委配合。',
      '2. 各地区要高度重视，省甲厅要加强指导。',
      '3. 省丁局等单位牵头做好宣传。',
    );
    expect(ts.map((t) => [t.seq, t.lead, t.cooperating])).toEqual([
      ['1', ['省甲厅'], ['省乙局', '省丙委']],
      ['3', ['省丁局'], []],
    ]);
  });
});

describe('more bracket and group spellings', () => {
  it('reads 【责任单位：…】', () => {
    const [t] = tasks('1. 做好某项工作。【责任单位：省甲厅、省乙局】');
    expect(t.responsible).toEqual(['省甲厅', '省乙局']);
  });
  it('reads groups written 综合组：由A牵头，B、C参加', () => {
    const ts = tasks(
      '二、工作机构',
      '综合组：由省甲厅牵头，省乙局、省丙委参加。负责综合协调。',
      '宣传组：由省委宣传部牵头，省丁局参加。负责宣传报道。',
    );
    expect(ts.map((t) => [t.title, t.lead, t.cooperating])).toEqual([
      ['综合组', ['省甲厅'], ['省乙局', '省丙委']],
      ['宣传组', ['省委宣传部'], ['省丁局']],
    ]);
  });
});

describe('labels spaced out by the extraction', () => {
  it('reads 牵 头 单 位：', () => {
    const [t] = tasks('1. 做好某项工作。', '牵 头 单 位：省甲厅', '完成 时限：2022年');
    expect(t.lead).toEqual(['省甲厅']);
    expect(t.deadline).toBe('2022年');
  });
});

describe('form 2/3: several bracketed paragraphs under one heading', () => {
  it('makes a task of each, and one task when the heading text carries the bracket on a later line', () => {
    const ts = tasks(
      '（一）加快发展',
      '推进甲工作。（责任单位：省甲厅）',
      '推进乙工作。（省乙局负责，省丙委配合）',
      '（二）完善制度',
      '建立某项制度。（责任单位：省丁局）',
    );
    expect(ts.map((t) => [t.seq, t.text.slice(0, 5), t.lead, t.responsible])).toEqual([
      [null, '推进甲工作', [], ['省甲厅']],
      [null, '推进乙工作', ['省乙局'], []],
      ['二', '完善制度 ', [], ['省丁局']],
    ]);
  });
});
