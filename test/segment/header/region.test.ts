import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/normalize/source-text.js';
import type { Anchor } from '../../../src/segment/anchors.js';
import { indexBlockLines, indexFieldsOf, readRegion } from '../../../src/segment/header/region.js';

/** the kinds of lines first..last of a region, by line number */
function kinds(text: string, a: Anchor, last: number) {
  const src = new SourceText('t.txt', text);
  const region = readRegion(src, a, last);
  return { region, byLine: region.kinds.map((k, i) => [a.start + i, k]) };
}

describe('the header region, classified once', () => {
  it('a web copy: chrome and an index block above the title, chrome below it, then the addressees', () => {
    const text = [
      '首页 > 政务公开 > 政策文件',
      '索引号：000014349/2021-00012',
      '发文字号：某政办〔2021〕12号',
      '某某市人民政府办公室关于做好防汛工作的通知',
      '【字体：大 中 小】',
      '各区人民政府，',
      '市政府各部门：',
      '入汛以来降雨偏多。',
    ].join('\n');
    const a: Anchor = { kind: 'title', start: 1, titleFirst: 4, titleLast: 4, numberLine: null, issuerLines: [] };
    const { region, byLine } = kinds(text, a, 8);
    expect(byLine).toEqual([
      [1, 'chrome'],
      [2, 'index'],
      [3, 'index'],
      [4, 'title'],
      [5, 'chrome'],
      [6, 'addressees'],
      [7, 'addressees'],
    ]);
    expect(region.bodyLine).toBe(6);
    expect(region.indexLines).toEqual([2, 3]);
    expect(indexBlockLines(region)).toEqual({ first: 2, last: 3 });
    expect(region.addressees?.names).toEqual(['各区人民政府', '市政府各部门']);
  });

  it('GB/T 9704 order: the issuer mark, a number left out, the title', () => {
    const text = [
      '某某县人民政府文件',
      '某政〔略〕号',
      '关于同意撤乡设镇的批复',
      '某某乡人民政府：',
      '经研究，同意。',
    ].join('\n');
    const a: Anchor = { kind: 'number', start: 1, titleFirst: 3, titleLast: 3, numberLine: 2, issuerLines: [] };
    const { region, byLine } = kinds(text, a, 5);
    expect(byLine).toEqual([
      [1, 'mark'],
      [2, 'redacted-number'],
      [3, 'title'],
      [4, 'addressees'],
    ]);
    expect(region.redactedNumbers).toEqual([2]);
    expect(indexBlockLines(region)).toBeNull();
  });

  it('a bare label with its value on the line below is one index block; a chronicle reads no addressees', () => {
    const text = ['• 发文字号:', '    某政发〔2024〕9号', '二〇二四年大事记', '各县人民政府：'].join('\n');
    const a: Anchor = { kind: 'chronicle', start: 1, titleFirst: 3, titleLast: 3, numberLine: null, issuerLines: [] };
    const { region, byLine } = kinds(text, a, 4);
    expect(byLine).toEqual([
      [1, 'index'],
      [2, 'index-value'],
      [3, 'title'],
    ]);
    expect(region.addressees).toBeNull();
    expect(region.bodyLine).toBe(4);
  });

  it('the fields of the index block come from the pairs read while classifying, a value below its bare label', () => {
    const text = [
      '• 发文字号:',
      '    某政发〔2024〕9号',
      '• 成文日期: 2024-03-01',
      '关于印发预案的通知',
      '各乡镇：',
    ].join('\n');
    const src = new SourceText('t.txt', text);
    const a: Anchor = { kind: 'title', start: 1, titleFirst: 4, titleLast: 4, numberLine: null, issuerLines: [] };
    const region = readRegion(src, a, 5);
    const fields = indexFieldsOf(region, (n) => src.lines[n - 1].text);
    expect(fields.docNumber).toBe('某政发〔2024〕9号');
    expect(fields.signedDate).toBe('2024-03-01');
    // the value alone, its label above the region: no field
    const b: Anchor = { ...a, start: 2 };
    expect(indexFieldsOf(readRegion(src, b, 5), (n) => src.lines[n - 1].text).docNumber).toBeNull();
  });
});
