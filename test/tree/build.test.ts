import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';
import type { Block } from '../../src/tree/nodes.js';

const notice = [
  '某某省人民政府办公厅关于做好防汛工作的通知',
  '各市、自治州人民政府，省政府各委、办、厅、局：',
  '一、加强组织领导',
  '各地要落实防汛责任，',
  '',
  '做好物资储备。',
  '（一）完善预案。各地要修订预案。',
  '● 6月1日 召开会议。',
  '会议部署工作。',
  '● 6月2日 开展检查。',
  '二、人员名单',
  '组长：张某 副省长',
  '副组长：李某 秘书长',
  '成员：王某 厅长',
  '',
  '防汛任务表',
  '序号\t单位\t任务',
  '1\t省水利厅\t巡查',
  '',
  '某某省人民政府办公厅',
  '2023年5月20日',
].join('\n');

const summary = (b: Block) => [b.type, b.position.startLine, b.position.endLine];

describe('the document tree', () => {
  const p = parseSnippet(notice);
  const tree = p.context.tree;

  it('holds one document with its header and its body in blocks', () => {
    expect(tree.documents).toHaveLength(1);
    const d = tree.documents[0];
    expect(d.header).toMatchObject({ startLine: 1, endLine: 1 });
    expect(d.indexBlock).toBeNull();
    expect(d.blocks.map(summary)).toEqual([
      ['paragraph', 2, 2],
      ['paragraph', 3, 3],
      ['paragraph', 4, 6],
      ['paragraph', 7, 7],
      ['item', 8, 9],
      ['item', 10, 10],
      ['paragraph', 11, 11],
      ['lines', 12, 14],
      ['table', 16, 18],
      ['paragraph', 20, 21],
    ]);
  });

  it('gives the heading that opens each line without reading the line again', () => {
    const d = tree.documents[0];
    expect([...d.headings.keys()]).toEqual([3, 7, 11]);
    expect(d.headings.get(7)).toMatchObject({ kind: 'paren-cn', seq: '一', title: '完善预案' });
    expect(d.headings.has(4)).toBe(false);
  });

  it('joins wrapped lines of a paragraph once, with its section', () => {
    const para = tree.documents[0].blocks[2];
    expect(para.type).toBe('paragraph');
    if (para.type !== 'paragraph') return;
    expect(para.view.text).toBe('各地要落实防汛责任，做好物资储备。');
    expect(para.section?.path).toEqual(['一、加强组织领导']);
    const s = para.view.source();
    expect(notice.slice(s.startOffset, s.endOffset)).toBe('各地要落实防汛责任，\n\n做好物资储备。');
  });

  it('reads a bulleted entry after its bullet, and a table with its rows', () => {
    const blocks = tree.documents[0].blocks;
    const item = blocks.find((b) => b.type === 'item');
    expect(item?.type === 'item' && item.view.text).toBe('6月1日 召开会议。会议部署工作。');
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows.map((r) => r.cells)).toEqual([['1', '省水利厅', '巡查']]);
  });

  it('is built once per file and shared', () => {
    expect(p.context.tree).toBe(tree);
  });

  it("lists each document's tables, and cuts a document's blocks once, when first read", () => {
    const doc = tree.documents[0];
    expect(doc.tables.map((t) => t.headerLine)).toEqual([17]);
    expect(doc.blocks).toBe(doc.blocks);
    const other = parseSnippet(notice).context.tree.documents[0];
    expect(other.blocks.map(summary)).toEqual(doc.blocks.map(summary));
  });

  it('gives every block of every seed a position inside its document, in order, without overlap', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      for (const d of fixture(seed).context.tree.documents) {
        let after = d.header.endLine;
        for (const b of d.blocks) {
          expect(b.position.startLine).toBeGreaterThan(after - (after === d.header.endLine ? 1 : 0));
          expect(b.position.endLine).toBeLessThanOrEqual(d.position.endLine);
          after = b.position.endLine;
        }
      }
    }
  });
});

describe('document tables', () => {
  it('are the document’s tables in line order, the same ones its table blocks hold', () => {
    const doc = parseSnippet(notice).context.tree.documents[0];
    expect(doc.tables.map((t) => t.headerLine)).toEqual([17]);
    const blocks = doc.blocks.filter((b) => b.type === 'table');
    expect(blocks.map((b) => (b.type === 'table' ? b.table : null))).toEqual(doc.tables);
  });
});

describe('a field label', () => {
  it('starts a block of its own under an unfinished line, indented or not', () => {
    const text = [
      '某某省人民政府办公厅关于报送材料的通知',
      '各市州人民政府：',
      '请各单位按时报送材料，',
      '  联系人：张某',
      '请各单位按时报送材料，',
      '电话：1234567',
    ].join('\n');
    const doc = parseSnippet(text).context.tree.documents[0];
    // 联系人： (indented) and 电话： open blocks; the lines after the unfinished ones join them
    expect(doc.blocks.map(summary)).toEqual([
      ['paragraph', 2, 3],
      ['paragraph', 4, 5],
      ['paragraph', 6, 6],
    ]);
  });
});
