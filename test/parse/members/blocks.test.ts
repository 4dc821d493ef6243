import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../helpers/parse.js';

/** the text a record's source covers */
const covered = (text: string, s: { startOffset: number; endOffset: number }) => text.slice(s.startOffset, s.endOffset);

describe('members read from the document tree', () => {
  it('gives each name of a clause wrapped over three lines the offsets of its own line', () => {
    const text = [
      '关于人员任免的通知',
      '',
      '经研究，任命：',
      '甲乙同志、',
      '丙丁同志、',
      '戊己同志为某某市某某局副局长。',
      '',
    ].join('\n');
    const ms = parseText(text);
    expect(ms.map((m) => [m.name, m.position])).toEqual([
      ['甲乙', '某某市某某局副局长'],
      ['丙丁', '某某市某某局副局长'],
      ['戊己', '某某市某某局副局长'],
    ]);
    // the clause is one joined view: the third name starts on line 6, where it is printed
    expect(ms[2].source.startLine).toBe(6);
    expect(covered(text, ms[2].source)).toBe('戊己同志为某某市某某局副局长。');
    expect(covered(text, ms[1].source).startsWith('丙丁同志')).toBe(true);
  });

  it('finds the committee named in a paragraph wrapped over lines above the roster', () => {
    const text = [
      '某某县人民政府关于成立防汛工作领导小组的通知',
      '各乡镇人民政府：',
      '为做好今年的防汛工作，县政府决定成立县防汛抗旱工作领导',
      '小组。组成人员如下：',
      '组  长：高某某  县长',
      '副组长：林某  副县长',
      '成  员：何某某  县水利局局长',
      '        罗某  县应急局局长',
      '',
    ].join('\n');
    const ms = parseText(text);
    expect(ms.map((m) => [m.role, m.name])).toEqual([
      ['组长', '高某某'],
      ['副组长', '林某'],
      ['成员', '何某某'],
      ['成员', '罗某'],
    ]);
    expect(new Set(ms.map((m) => m.body))).toEqual(new Set(['县防汛抗旱工作领导小组']));
  });

  it('leaves a 组长： cell of a task table to the task reader', () => {
    const text = [
      '某某市人民政府办公室关于印发重点工作分工方案的通知',
      '各区人民政府：',
      '现将分工方案印发给你们。',
      '序号\t主要任务\t牵头单位\t责任单位',
      '1\t组长：唐某某 副市长 统筹推进\t市发展改革委\t各区人民政府',
      '2\t完善道路网络\t市交通局\t各区人民政府',
      '',
    ].join('\n');
    expect(parseText(text)).toEqual([]);
  });

  it('reads each notice of a file in its own document, appointments and rosters alike', () => {
    const text = [
      '某某市人民政府关于调整市安全生产委员会组成人员的通知',
      '各区人民政府：',
      '市政府决定调整市安全生产委员会。组成人员如下：',
      '主  任：邓某  某某市人民政府市长',
      '副主任：曹某某  某某市人民政府副市长',
      '',
      '某某市人民政府关于人员任免的通知',
      '某政人〔2021〕3号',
      '各区人民政府：',
      '经研究，决定：',
      '免去：',
      '韦某同志某某市统计局局长职务。',
      '',
    ].join('\n');
    const p = parseSnippet(text);
    const byDoc = new Map<string, string[]>();
    for (const m of p.records.members) byDoc.set(m.docId, [...(byDoc.get(m.docId) ?? []), m.name]);
    expect([...byDoc.values()]).toEqual([['邓某', '曹某某'], ['韦某']]);
    expect(p.records.members.find((m) => m.name === '韦某')).toMatchObject({
      action: '免去',
      position: '某某市统计局局长',
    });
  });
});

function parseText(text: string) {
  return parseSnippet(text).records.members;
}
