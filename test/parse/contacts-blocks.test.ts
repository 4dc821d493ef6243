import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';
import { DocLines, contactLines } from '../../src/parse/contacts/doc-lines.js';
import { MAY_HOLD_CONTACT_FIELD, MAY_HOLD_CONTACT_NUMBER } from '../../src/lexicon/contact-labels.js';
import { linesMatching } from '../../src/text/regex-scan.js';
import type { SourceText } from '../../src/normalize/source-text.js';
import type { ParsedFile } from '../../src/pipeline/parse-file.js';

/** what a contact's source points at in the text it came from */
const printed = (text: string, c: { source: { startOffset: number; endOffset: number } }) =>
  text.slice(c.source.startOffset, c.source.endOffset);
const blockTypes = (p: ParsedFile) => p.context.tree.documents[0].blocks.map((b) => b.type);
const codes = (p: ParsedFile) => p.diagnostics.filter((d) => d.code.startsWith('contact')).map((d) => [d.code, d.line]);

describe('contacts read from the blocks of the tree', () => {
  it('a contact sentence wrapped inside a paragraph: each printed line is read, offsets exact', () => {
    const text =
      '关于举办资料员培训班的通知\n各单位：\n请于5月10日前报名。联系人：周某，联系电话：0971-8234567，传真：0971-8234568，\n电子邮箱：train@example.cn。\n';
    const p = parseSnippet(text);
    expect(blockTypes(p)).toEqual(['paragraph', 'paragraph']);
    const [c] = p.records.contacts;
    expect(c).toMatchObject({
      name: '周某',
      phones: ['0971-8234567'],
      fax: ['0971-8234568'],
      emails: ['train@example.cn'],
    });
    expect(printed(text, c)).toBe('周某，联系电话：0971-8234567，传真：0971-8234568，\n电子邮箱：train@example.cn');
    expect([c.source.startLine, c.source.endLine]).toEqual([3, 4]);
  });

  it('label lines standing alone (a line list): the name, its number and its e-mail', () => {
    const text =
      '关于开展安全检查的通知\n各单位：\n联系人：吴某某（省某厅）\n联系电话：0971-8345678\n电子邮箱：check@example.cn\n';
    const p = parseSnippet(text);
    expect(blockTypes(p)).toEqual(['lines']);
    expect(p.records.contacts).toHaveLength(1);
    const [c] = p.records.contacts;
    expect(c).toMatchObject({ name: '吴某某', organization: '省某厅', phones: ['0971-8345678'] });
    expect(c.emails).toEqual(['check@example.cn']);
    expect(printed(text, c)).toBe('吴某某（省某厅）\n联系电话：0971-8345678\n电子邮箱：check@example.cn');
  });

  it('a table row is read as printed: its numbers are kept, whose they are is not guessed', () => {
    const text =
      '关于报送联络员名单的通知\n各单位：\n请各单位确定一名联络员，名单如下。\n单位\t联系人\t联系电话\n省商务厅\t张某\t0971-8123456\n省财政厅\t李某某\t13900001111\n特此通知。\n';
    const p = parseSnippet(text);
    expect(blockTypes(p)).toContain('table');
    const [c] = p.records.contacts;
    expect(c).toMatchObject({ name: null, phones: ['0971-8123456', '13900001111'] });
    expect(printed(text, c)).toBe('0971-8123456\n省财政厅\t李某某\t13900001111');
    expect(codes(p)).toEqual([['contact-without-name', 5]]);
  });

  it('a bulleted entry is read after its bullet: the bullet is no part of a role', () => {
    const text =
      '关于做好值守工作的通知\n各单位：\n● 联系人：郑某，电话：0971-8456789\n● 联系人：王某某，电话：0971-8456790\n';
    const p = parseSnippet(text);
    expect(blockTypes(p).filter((t) => t === 'item')).toHaveLength(2);
    expect(p.records.contacts.map((c) => [c.role, c.name, c.phones])).toEqual([
      [null, '郑某', ['0971-8456789']],
      [null, '王某某', ['0971-8456790']],
    ]);
  });

  it('lines no block holds are read too: a number above the body, a number above the first document', () => {
    const header = parseSnippet(
      '青海省某厅\n联系电话：0971-8567890\n关于某事的通知\n各单位：\n现将有关事项通知如下。\n',
    );
    expect(header.records.contacts.map((c) => [c.phones, c.source.startLine])).toEqual([[['0971-8567890'], 2]]);
    const stray = parseSnippet(
      '网站首页 联系我们 电话：0971-8678901\n关于某事的通知\n各单位：\n现将有关事项通知如下。\n',
    );
    expect(stray.records.contacts.map((c) => [c.docId, c.phones])).toEqual([['t#d1', ['0971-8678901']]]);
  });
});

describe('DocLines', () => {
  const text = '关于某事的通知\n各单位：\n联系人：周某，联系电话：\n0971-8234567。\n● 传真：0971-8234568\n';
  const p = parseSnippet(text);
  const doc = p.context.tree.documents[0];
  const lines = new DocLines(p.src, doc);

  it('gives a paragraph line as the piece of the view it printed, at its own offset', () => {
    const l = lines.line(4)!;
    expect(l.text).toBe('0971-8234567。');
    expect(p.src.text.slice(l.base, l.base + l.text.length)).toBe(l.text);
  });

  it('gives an entry line without its bullet', () => {
    const l = lines.line(5)!;
    expect(l.text).toBe('传真：0971-8234568');
    expect(p.src.text.slice(l.base, l.base + l.text.length)).toBe(l.text);
  });

  it('gives a header line as printed', () => {
    expect(lines.line(1)).toEqual({ no: 1, text: '关于某事的通知', base: 0 });
  });

  it('flags the lines where a contact piece may be, once each, ascending', () => {
    expect(contactLines(p.src)).toEqual([3, 4, 5]);
  });
});

/** the lines the pre-filter's two patterns match, searched character by character */
function byPatterns(src: SourceText): number[] {
  const flags = linesMatching(src, MAY_HOLD_CONTACT_NUMBER, MAY_HOLD_CONTACT_FIELD);
  return [...flags.keys()].filter((no) => flags[no]);
}

describe('the quick look for contact lines', () => {
  it('flags the very lines the pre-filter patterns match', () => {
    const text = [
      '关于某事的通知',
      '电视电话会议于5月召开，地址另行通知',
      '联 系 人：王某',
      '电  话：0971-1234567',
      '通讯地址',
      '：西宁市某路1号',
      '邮编810000；E-Mail : a@b.cn',
      '请将材料发至邮箱。联系方式',
      '手机:13912345678 座机 ：  传真：',
      '2025年共投入资金10000万元',
      '联系人',
      '电',
      '话：1',
    ].join('\n');
    const src = parseSnippet(text).src;
    expect(contactLines(src)).toEqual(byPatterns(src));
    expect(contactLines(src)).toEqual([3, 4, 5, 7, 9, 10, 11, 12]);
  });

  it('agrees with the patterns on every seed', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const src = fixture(seed).src;
      expect(contactLines(src), seed).toEqual(byPatterns(src));
    }
  });
});
