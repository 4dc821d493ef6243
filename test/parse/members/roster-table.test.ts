import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseSnippet } from '../../helpers/parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const own = (name: string) => readFileSync(join(here, '..', '..', 'fixtures', 'tables', name), 'utf8');
const members = (text: string) =>
  parseSnippet(text).records.members.map((m) => [m.body, m.role, m.name, m.position, m.source.startLine]);

describe('roster tables with a header', () => {
  it('reads one member per row, the role from the row above, the post from the unit and title columns', () => {
    expect(members(own('roster.txt'))).toEqual([
      ['市乡村旅游工作领导小组', '组长', '马明', '市政府副市长', 10],
      ['市乡村旅游工作领导小组', '成员', '李晓红', '市政府办公室副秘书长', 12],
      ['市乡村旅游工作领导小组', '成员', '周岩', '市文化旅游局局长', 13],
    ]);
  });

  it('takes each row its own role from a 组内职务 column', () => {
    const text = [
      '工作专班人员名单',
      '',
      '姓名\t组内职务\t单位及职务',
      '王五\t召集人\t市商务局局长',
      '赵六\t成员\t市财政局副局长',
    ];
    expect(members(text.join('\n'))).toEqual([
      ['工作专班', '召集人', '王五', '市商务局局长', 4],
      ['工作专班', '成员', '赵六', '市财政局副局长', 5],
    ]);
  });

  it('reads a label in the 职务 column of a 姓名 table as the role, once', () => {
    const text = ['领导小组成员名单', '', '职务\t姓名\t单位', '组长：\t张三\t市政府', '成员：\t李四\t市商务局'];
    expect(members(text.join('\n'))).toEqual([
      ['领导小组', '组长', '张三', '市政府', 4],
      ['领导小组', '成员', '李四', '市商务局', 5],
    ]);
  });
});
