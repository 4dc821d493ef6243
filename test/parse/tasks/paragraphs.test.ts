import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../src/parse/tasks/paragraphs.js';
import { LABEL_ANY, LABEL_START } from '../../../src/lexicon/task-labels.js';
import { SourceText } from '../../../src/normalize/source-text.js';

const lines = (text: string) => new SourceText('t.txt', text).lines;
const texts = (text: string, fromCol = 0) => {
  const ls = lines(text);
  return paragraphsOf(ls, 1, ls.length, fromCol).map((p) => [p.text, p.first, p.last]);
};

describe('task paragraphs', () => {
  it('join wrapped lines and end with a sentence or a closing bracket', () => {
    expect(texts('推进项目，加快\n落地见效。\n加强服务（责任单位：省财政厅）\n做好保障')).toEqual([
      ['推进项目，加快落地见效。', 1, 2],
      ['加强服务（责任单位：省财政厅）', 3, 3],
      ['做好保障', 4, 4],
    ]);
  });

  it('start at a label, whose unit list goes on over a wrap inside a name or after a separator', () => {
    expect(texts('牵头单位：省住房城乡建设厅建筑节能与科技\n司、城市建设司\n2025年3月1日')).toEqual([
      ['牵头单位：省住房城乡建设厅建筑节能与科技司、城市建设司', 1, 2],
      ['2025年3月1日', 3, 3],
    ]);
  });

  it('read a long label value’s end only: the tail decides where it stops', () => {
    const units = Array.from({ length: 80 }, (_, i) => `第${i}厅`).join('、');
    const got = texts(`责任单位：${units}、\n省财政厅\n省教育厅`);
    expect(got.map((p) => [p[1], p[2]])).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('read the heading line from its words on, a bare title ending a paragraph', () => {
    expect(texts('一、总体要求\n坚持系统观念', 2)).toEqual([
      ['总体要求', 1, 1],
      ['坚持系统观念', 2, 2],
    ]);
  });

  it('know their facts, never missing a label or an activity field the full patterns would read', () => {
    const text = [
      '牵头单位：省甲厅。',
      '完成时间 ：2025年底。',
      '活动时间：9月1日。',
      '地点:西宁。',
      '推进项目（责任单位：省乙局）。',
      '备注：无。',
      '加强服务。',
      '牵头',
      '单位：省丙委。',
    ].join('\n\n');
    const got = paragraphsOf(lines(text), 1, lines(text).length);
    // `牵头` and `单位：…` are one paragraph, a label though its first line is none
    expect(got).toHaveLength(8);
    expect(got[7]).toMatchObject({ text: '牵头单位：省丙委。', label: true });
    for (const p of got) {
      expect(p.label).toBe(LABEL_START.test(p.text));
      expect(p.colon).toBe(/[：:]/.test(p.text));
      LABEL_ANY.lastIndex = 0;
      if (LABEL_ANY.test(p.text)) expect(p.labelColon).toBe(true);
      if (/(时间|地点|路线)[：:]/.test(p.text)) expect(p.activityColon).toBe(true);
    }
    expect(got.map((p) => p.labelColon)).toEqual([true, true, true, true, true, false, false, true]);
    expect(got.map((p) => p.activityColon)).toEqual([false, false, true, true, false, false, false, false]);
  });
});
