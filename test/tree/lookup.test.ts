import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../helpers/parse.js';
import {
  blockIndexAt,
  blockLines,
  blocksHolding,
  blocksWithin,
  sectionOpenedAt,
  sectionPosition,
} from '../../src/tree/lookup.js';

const notice = [
  '某某县人民政府关于开展植树活动的通知',
  '各乡镇人民政府：',
  '一、活动安排',
  '植树活动分两个阶段进行，',
  '各乡镇要提前准备苗木。',
  '（一）动员阶段（3月）。',
  '二、人员',
  '组长：赵某',
  '副组长：钱某',
  '成员：孙某',
  '三、工作要求',
  '请按时完成。',
  '某某县人民政府',
  '2024年2月1日',
].join('\n');

describe('lookups on a document node', () => {
  const p = parseSnippet(notice);
  const doc = p.context.tree.documents[0];
  const src = p.context.src;

  it('finds the blocks of a line range by binary search', () => {
    expect(blockIndexAt(doc.blocks, 3)).toBe(1);
    const within = blocksWithin(doc.blocks, 3, 6);
    expect(within.map((b) => [b.position.startLine, b.position.endLine])).toEqual([
      [3, 3],
      [4, 5],
      [6, 6],
    ]);
    expect(blocksWithin(doc.blocks, 100, 200)).toEqual([]);
  });

  it('gives the section a heading opens on a line, and none for a line inside one', () => {
    expect(sectionOpenedAt(doc.sections, 6)?.heading.label).toBe('（一）动员阶段（3月）');
    expect(sectionOpenedAt(doc.sections, 5)).toBeNull();
    const s = sectionOpenedAt(doc.sections, 3)!;
    expect(sectionPosition(src, s)).toMatchObject({ startLine: 3, endLine: 6 });
  });

  it('places each hit of a word in its block, each block once', () => {
    const lines = blocksHolding(src, doc, '阶段').map((i) => doc.blocks[i].position.startLine);
    expect(lines).toEqual([4, 6]);
    expect(blocksHolding(src, doc, '不存在')).toEqual([]);
  });

  it('reads a paragraph by its wrapped lines and a line list by its lines, with their offsets', () => {
    const para = doc.blocks.find((b) => b.position.startLine === 4)!;
    const lines = blockLines(src, para);
    expect(lines.map((l) => l.text)).toEqual(['植树活动分两个阶段进行，', '各乡镇要提前准备苗木。']);
    expect(src.text.slice(lines[1].start, lines[1].start + 3)).toBe('各乡镇');
    const list = doc.blocks.find((b) => b.type === 'lines')!;
    expect(blockLines(src, list).map((l) => l.text)).toEqual(['组长：赵某', '副组长：钱某', '成员：孙某']);
  });
});
