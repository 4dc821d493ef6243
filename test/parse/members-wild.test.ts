import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseSnippet } from '../helpers/parse.js';

const members = (name: string) =>
  parseSnippet(readFileSync(join(FIXTURES, 'wild', `${name}.txt`), 'utf8'), name).records.members.map((m) => ({
    role: m.role,
    name: m.name,
    position: m.position,
  }));

describe('rosters in other layouts', () => {
  it('a role label alone on its line, then `name position` lines; two entries on one line', () => {
    expect(members('roster-label-lines')).toEqual([
      { role: '组长', name: '王某某', position: '副省长' },
      { role: '常务副组长', name: '李某', position: '省政府副秘书长' },
      { role: '副组长', name: '赵某', position: '省体育局局长' },
      { role: '成员', name: '钱某', position: '省发展改革委副主任' },
      { role: '成员', name: '孙某某', position: '省财政厅副厅长' },
      { role: '成员', name: '周某', position: '省教育厅副厅长' },
    ]);
  });

  it('a 成员名单 at the end, spaced labels, 第一副组长, continuation lines under 成员', () => {
    expect(members('roster-list-at-end')).toEqual([
      { role: '组长', name: '马某某', position: '州长' },
      { role: '第一副组长', name: '韩某', position: '州委常委、常务副州长' },
      { role: '副组长', name: '杜某某', position: '副州长' },
      { role: '成员', name: '冯某', position: '州水利局局长' },
      { role: '成员', name: '陈某某', position: '州生态环境局局长' },
      { role: '成员', name: '褚某', position: '州自然资源局局长' },
    ]);
  });

  it('still reads a line of names only as names', () => {
    const m = parseSnippet('关于成立某小组的通知\n组长：张某 副县长\n成员：朱生海 李增刚 俞发新\n').records.members;
    expect(m.map((x) => x.name)).toEqual(['张某', '朱生海', '李增刚', '俞发新']);
  });
});

describe('a committee whose members are adjusted', () => {
  it('spaced role labels, continuation lines, and the body named without the clause before it', () => {
    const text = readFileSync(join(FIXTURES, 'wild', 'roster-committee-adjust.txt'), 'utf8');
    const records = parseSnippet(text, 'adjust').records.members;
    expect(new Set(records.map((m) => m.body))).toEqual(new Set(['市食品安全委员会']));
    expect(members('roster-committee-adjust')).toEqual([
      { role: '主任', name: '张某某', position: '市长' },
      { role: '副主任', name: '李某', position: '副市长' },
      { role: '副主任', name: '王某某', position: '市政府副秘书长' },
      { role: '成员', name: '赵某', position: '市市场监管局局长' },
      { role: '成员', name: '钱某某', position: '市农业农村局局长' },
      { role: '成员', name: '孙某', position: '市卫生健康委主任' },
    ]);
  });
});
