import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/normalize/source-text.js';
import { isChromeLine } from '../../src/segment/chrome.js';
import { HeadLines } from '../../src/segment/head-lines.js';
import { isIndexLine, isLabelValue } from '../../src/segment/index-block.js';
import { addresseeText } from '../../src/segment/header/addressees.js';

/** a web copy: chrome, an index block with a bare label and its value, the title, the addressees */
const PAGE = [
  '首页 > 政务公开 > 通知公告',
  '索引号：000014349/2023-00031',
  '发文字号:',
  '    某政办〔2023〕31号',
  '某某市人民政府办公室关于做好冬季供暖工作的通知',
  '【字体：大 中 小】  【打印】',
  '',
  '各区人民政府，市政府各部门：',
  '入冬以来气温偏低，现就有关事项通知如下：',
  '一、保障时间：11月1日起。',
].join('\n');

/** the table's answers, asked in a scrambled order and twice, against the predicates it keeps */
function expectSameAnswers(text: string) {
  const lines = new SourceText('t.txt', text).lines;
  const h = new HeadLines(lines);
  const order = lines.map((l) => l.no).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));
  for (const no of [...order, ...order]) {
    const t = lines[no - 1].text;
    const furniture = isChromeLine(t) || isIndexLine(t);
    expect(h.furniture(no), `line ${no}`).toBe(furniture);
    expect(h.furnitureAt(no), `line ${no}`).toBe(furniture || isLabelValue(lines[no - 2]?.text ?? '', t));
    expect(h.addressees(no), `line ${no}`).toBe(addresseeText(t));
  }
}

describe('the per-file line table of the anchor finders', () => {
  it('answers as the predicates do, once asked or twice', () => {
    expectSameAnswers(PAGE);
  });

  it('marks chrome, index lines and the value below a bare label as furniture, and no title line', () => {
    const h = new HeadLines(new SourceText('t.txt', PAGE).lines);
    expect([1, 2, 3, 4, 5, 6].map((no) => h.furnitureAt(no))).toEqual([true, true, true, true, false, true]);
    expect(h.titlePart(5)).toBe(true);
    expect(h.titlePart(4)).toBe(false);
    expect(h.addressees(8)).toBe('各区人民政府，市政府各部门');
  });

  it('answers as the predicates do on every line of the seeds', () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => /^\d{3}_.*\.txt$/.test(n)))
      expectSameAnswers(readFileSync(new URL(f, dir), 'utf8'));
  });
});
