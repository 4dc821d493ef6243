import { describe, expect, it } from 'vitest';
import { docByNumber, fixture, parseSnippet } from '../helpers/parse.js';
import { nameAt, splitRun } from '../../src/parse/members/split.js';
import { findLabels } from '../../src/parse/members/roster.js';

const notice = (body: string) => `关于成立工作领导小组的通知\n\n${body}\n`;
const pick = (p: ReturnType<typeof parseSnippet>) => p.records.members.map((m) => [m.role, m.name, m.position]);

describe('splitting names from positions', () => {
  it('reads a 2-, 3- or 4-character name before an organization or a bare title', () => {
    expect(nameAt('杨逢春副省长', 0)).toEqual({ len: 3, ambiguous: false });
    expect(nameAt('刘超青海省人民政府副省长', 0)).toEqual({ len: 2, ambiguous: false });
    expect(nameAt('蔡建青青海省外事办公室副主任', 0)).toEqual({ len: 3, ambiguous: false });
    expect(nameAt('索朗德吉团省委副书记', 0)).toEqual({ len: 4, ambiguous: false });
    expect(nameAt('马勇中铁青藏集团公司副总经理', 0)).toEqual({ len: 2, ambiguous: false });
  });
  it('flags a split that stays ambiguous', () => {
    expect(nameAt('王小青海西州副州长', 0)?.ambiguous).toBe(true);
    expect(nameAt('张海东海东市副市长', 0)).toEqual({ len: 3, ambiguous: false });
  });
  it('keeps positions joined by 、 and ， together', () => {
    const r = splitRun(
      '姜军青海省工业和信息化厅党组书记、副厅长，省国资委副主任洪涛青海省国资委主任、省工业和信息化厅厅长',
    );
    expect(r.members.map((m) => [m.name, m.position])).toEqual([
      ['姜军', '青海省工业和信息化厅党组书记、副厅长，省国资委副主任'],
      ['洪涛', '青海省国资委主任、省工业和信息化厅厅长'],
    ]);
  });
  it('does not cut inside a title word', () => {
    const r = splitRun('师存武青海省人民政府秘书长王志忠青海省人民政府副秘书长');
    expect(r.members.map((m) => m.name)).toEqual(['师存武', '王志忠']);
  });
  it('finds labels with spaces inside', () => {
    expect(findLabels('组 长:\t张 黎').map((l) => l.role)).toEqual([]); // ASCII colon is normalized before parsers see it
    expect(findLabels('组 长：\t张 黎\t省政府副省长').map((l) => l.role)).toEqual(['组长']);
    expect(findLabels('杨逢春副省长副组长：邱纪春').map((l) => l.role)).toEqual(['副组长']);
  });
});

describe('rosters', () => {
  it('reads a run-together roster with its committee', () => {
    const p = parseSnippet(
      notice(
        '结合实际，组建青海省参加博览会工作领导小\n组，组成成员如下：组长：杨逢春副省长副组长：邱纪春省政府副秘书长成员：卢彦省委宣传部副部长梅岩省教育厅副厅长徐岊西宁海关副关长\n马勇中铁青藏集团公司副总经理\n领导小组办公室设在省商务厅。',
      ),
    );
    expect(pick(p)).toEqual([
      ['组长', '杨逢春', '副省长'],
      ['副组长', '邱纪春', '省政府副秘书长'],
      ['成员', '卢彦', '省委宣传部副部长'],
      ['成员', '梅岩', '省教育厅副厅长'],
      ['成员', '徐岊', '西宁海关副关长'],
      ['成员', '马勇', '中铁青藏集团公司副总经理'],
    ]);
    expect(new Set(p.records.members.map((m) => m.body))).toEqual(new Set(['青海省参加博览会工作领导小组']));
  });

  it('reads tab and space columns with spaced names and wrapped titles', () => {
    const p = parseSnippet(
      notice(
        [
          '省政府决定成立青海省规划编制工作领导小组。组成人员如下：',
          '',
          '组 长：\t张 黎\t省政府副省长',
          '副组长：\t王海红\t省妇联主席',
          '\t谢宏敏\t省政府副秘书长、省政府督查室主任',
          '成 员：\t熊义志\t省委组织部副部长',
          '\t星 月\t省法院审委会专职委员',
          '',
          '张 杰 省检察院副检察长',
          ' 蒲 勤 省总工会党组成员、女',
          ' 职工委员会主任',
          ' 索朗德吉 团省委副书记',
          ' 祝瑞兴 省委老干部局副局长、',
          ' 省关工委秘书长',
          ' 李学敏 青海日报社副总编辑',
          '',
          '领导小组办公室设在省妇联，省妇联主席王海红兼任办公室主任。省妇联副主席周兰花和省妇联办公室主任赵海琴任办公室副主任。',
        ].join('\n'),
      ),
    );
    expect(pick(p)).toEqual([
      ['组长', '张黎', '省政府副省长'],
      ['副组长', '王海红', '省妇联主席'],
      ['副组长', '谢宏敏', '省政府副秘书长、省政府督查室主任'],
      ['成员', '熊义志', '省委组织部副部长'],
      ['成员', '星月', '省法院审委会专职委员'],
      ['成员', '张杰', '省检察院副检察长'],
      ['成员', '蒲勤', '省总工会党组成员、女职工委员会主任'],
      ['成员', '索朗德吉', '团省委副书记'],
      ['成员', '祝瑞兴', '省委老干部局副局长、省关工委秘书长'],
      ['成员', '李学敏', '青海日报社副总编辑'],
      ['办公室主任', '王海红', '省妇联主席'],
      ['办公室副主任', '周兰花', '省妇联副主席'],
      ['办公室副主任', '赵海琴', '省妇联办公室主任'],
    ]);
    expect(p.records.members[0].body).toBe('青海省规划编制工作领导小组');
  });

  it('makes no people of a list of member units', () => {
    const p = parseSnippet(
      notice(
        '七、展会执委会主任：杨逢春青海省人民政府副省长副主任：王强青海省公安厅副厅长\n成员：青海省委组织部、青海省委宣传部、青海省发展和改革委员会等部门负责同志。\n\n执委会设办公室。',
      ),
    );
    expect(pick(p)).toEqual([
      ['主任', '杨逢春', '青海省人民政府副省长'],
      ['副主任', '王强', '青海省公安厅副厅长'],
    ]);
    expect(p.records.members[0].body).toBe('展会执委会');
    expect(p.diagnostics.some((d) => d.code === 'roster-units-not-people')).toBe(true);
  });

  it('reads names with the position in brackets', () => {
    const p = parseSnippet(
      notice(
        '青海省防汛抗旱指挥部成员名单如下：\n总指挥：张三（省政府副省长）\n成员：李四（省水利厅厅长）、王五（省应急厅副厅长）',
      ),
    );
    expect(pick(p)).toEqual([
      ['总指挥', '张三', '省政府副省长'],
      ['成员', '李四', '省水利厅厅长'],
      ['成员', '王五', '省应急厅副厅长'],
    ]);
    expect(p.records.members[0].body).toBe('青海省防汛抗旱指挥部');
  });

  it('reads a position printed before the name', () => {
    const p = parseSnippet(
      notice('决定成立青海省安全生产委员会。\n主任：省政府副省长张三\n副主任：省政府副秘书长李四、省应急厅厅长王五'),
    );
    expect(pick(p)).toEqual([
      ['主任', '张三', '省政府副省长'],
      ['副主任', '李四', '省政府副秘书长'],
      ['副主任', '王五', '省应急厅厅长'],
    ]);
  });

  it('reads a plain list of names', () => {
    const p = parseSnippet(notice('成立编辑委员会。\n主任：李杰翔\n委员：朱生海、李增刚'));
    expect(pick(p)).toEqual([
      ['主任', '李杰翔', null],
      ['委员', '朱生海', null],
      ['委员', '李增刚', null],
    ]);
  });

  it('ignores labels in prose', () => {
    const p = parseSnippet(notice('省应急领导小组组长由分管生态环境工作的副省长担任。职责：统筹协调。'));
    expect(p.records.members).toEqual([]);
  });
});

describe('appointments', () => {
  const text = notice(
    [
      '根据工作需要，经研究，任命：',
      '',
      '王勇同志为青海省人民政府副秘书长、参事室主任（正厅级）；',
      '',
      '尚现功同志为青海省调查中心主任（副厅级，试用期一年）；',
      '',
      '批准：',
      '',
      '梁鸿同志为青海银行股份有限公司监事长。',
      '',
      '免去：',
      '',
      '苏全仁同志青海省人民政府副秘书长职务；',
      '',
      '张超远同志青海省科学技术厅一级巡视员职务并退休；',
      '',
      '李甲同志、王乙同志的青海省某某局副局长职务。',
      '',
      '请按程序办理相关手续。',
    ].join('\n'),
  );
  const p = parseSnippet(text);
  const rows = p.records.members.map((m) => [m.action, m.name, m.position, m.notes]);
  it('reads 任命 with rank and probation notes', () => {
    expect(rows).toContainEqual(['任命', '王勇', '青海省人民政府副秘书长、参事室主任', ['正厅级']]);
    expect(rows).toContainEqual(['任命', '尚现功', '青海省调查中心主任', ['副厅级', '试用期一年']]);
  });
  it('reads 批准', () => {
    expect(rows).toContainEqual(['批准', '梁鸿', '青海银行股份有限公司监事长', []]);
  });
  it('reads 免去, with retirement, one member per person', () => {
    expect(rows).toContainEqual(['免去', '苏全仁', '青海省人民政府副秘书长', []]);
    expect(rows).toContainEqual(['免去', '张超远', '青海省科学技术厅一级巡视员', ['并退休']]);
    expect(rows).toContainEqual(['免去', '李甲', '青海省某某局副局长', []]);
    expect(rows).toContainEqual(['免去', '王乙', '青海省某某局副局长', []]);
    expect(rows).toHaveLength(7);
  });
  it('names the notice as the body', () => {
    expect(p.records.members[0].body).toBe('关于成立工作领导小组的通知');
  });
  it('reads a verb that leads straight into the names', () => {
    const q = parseSnippet(notice('经省政府研究，任命赵丙同志为青海省某某厅副厅长（试用期一年）。'));
    expect(q.records.members.map((m) => [m.action, m.name, m.position, m.notes])).toEqual([
      ['任命', '赵丙', '青海省某某厅副厅长', ['试用期一年']],
    ]);
  });

  it('reads an appointment and removal in one clause', () => {
    const q = parseSnippet(notice('任命：\n赵丙同志为青海省某某厅厅长，免去其青海省某某局局长职务。'));
    expect(q.records.members.map((m) => [m.action, m.name, m.position])).toEqual([
      ['任命', '赵丙', '青海省某某厅厅长'],
      ['免去', '赵丙', '青海省某某局局长'],
    ]);
  });
});

describe('members in the seeds', () => {
  it('001: the whole leading group', () => {
    const ms = fixture('001').records.members;
    expect(ms).toHaveLength(20);
    expect(ms.find((m) => m.name === '徐岊')).toMatchObject({ role: '成员', position: '西宁海关副关长' });
  });
  it('003: 63号 roster and 12号 appointments', () => {
    const p = fixture('003');
    const d63 = docByNumber(p, '青政办〔2020〕63号')!;
    const d12 = docByNumber(p, '青政人〔2020〕12号')!;
    const r = p.records.members.filter((m) => m.docId === d63.id);
    expect(r.length).toBeGreaterThanOrEqual(40);
    expect(r.length).toBeLessThanOrEqual(43);
    expect(r.find((m) => m.name === '蒲勤')?.position).toBe('省总工会党组成员、女职工委员会主任');
    expect(p.records.members.filter((m) => m.docId === d12.id)).toHaveLength(11);
    expect(p.records.members.find((m) => m.name === '尉宝山')).toMatchObject({ action: '任命', notes: ['试用期一年'] });
  });
  it('000: the 执委会 without inventing people from its unit list', () => {
    const ms = fixture('000').records.members;
    expect(ms).toHaveLength(20);
    expect(ms.every((m) => m.body === '展会执委会')).toBe(true);
  });
  it('002 and 004 have no members', () => {
    expect(fixture('002').records.members).toEqual([]);
    expect(fixture('004').records.members).toEqual([]);
  });
});
