import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseSnippet } from '../helpers/parse.js';

/** the document fields of a fixture in fixtures/wild (each holds one notice) */
function header(name: string) {
  const text = readFileSync(join(FIXTURES, 'wild', `${name}.txt`), 'utf8');
  const parsed = parseSnippet(text, name);
  expect(parsed.records.documents).toHaveLength(1);
  return { doc: parsed.records.documents[0], diagnostics: parsed.diagnostics };
}

describe('headers of notices in the wild', () => {
  it('a portal page: chrome skipped, the index block fills the fields, the real title kept', () => {
    const { doc } = header('portal-index-block');
    expect(doc.title).toBe('青海省人民政府办公厅关于做好春季植树造林工作的通知');
    expect(doc.docNumber).toBe('青政办〔2021〕27号');
    expect(doc.issuers).toEqual(['青海省人民政府办公厅']);
    expect(doc.signedDate).toBe('2021-04-12');
    expect(doc.publishedDate).toBe('2021-04-16');
    expect(doc.addressees).toEqual(['各市、自治州人民政府', '省政府各委、办、厅、局']);
    expect(doc.publicRelease).toBe(true);
    expect(doc.source.startLine).toBe(1);
  });

  it('a 文号 label without a colon and a meta line above the title', () => {
    const { doc } = header('prefecture-number-above');
    expect(doc.title).toBe('海西州人民政府办公室关于开展城镇燃气安全专项整治的通知');
    expect(doc.docNumber).toBe('海西政办〔2020〕45号');
    expect(doc.publishedDate).toBe('2020-06-03');
    expect(doc.signedDate).toBe('2020-06-02');
    expect(doc.addressees).toEqual(['各县（市）人民政府', '各行委', '州政府各部门']);
  });

  it('an index block laid out as a pipe table, with [ ] brackets in the number', () => {
    const { doc } = header('pipe-table-index');
    expect(doc.docNumber).toBe('东政〔2018〕66号');
    expect(doc.docNumberParts).toEqual({ prefix: '东政', year: 2018, serial: 66 });
    expect(doc.kind).toBe('意见');
    expect(doc.publishedDate).toBe('2018-09-12');
  });

  it('a copy that opens with the number, the issuer and the title on two lines below it', () => {
    const { doc, diagnostics } = header('number-first-partial');
    expect(doc.docNumber).toBe('玉政〔2019〕12号');
    expect(doc.title).toBe('玉树州人民政府关于印发玉树州农牧区人居环境整治实施方案的通知');
    expect(doc.issuers).toEqual(['玉树州人民政府']);
    expect(doc.signedDate).toBe('2019-03-01');
    expect(diagnostics.map((d) => d.code)).not.toContain('doc-number-without-title');
  });

  it('a joint notice numbered under its two-line issuer mark', () => {
    const { doc } = header('joint-notice');
    expect(doc.docNumber).toBe('宁政〔2022〕9号');
    expect(doc.issuers).toEqual(['西宁市人民政府', '西宁市中级人民法院']);
    expect(doc.addressees).toEqual(['各区、县人民政府', '市政府各部门', '各基层人民法院']);
  });

  it('a copy that starts at the addressees: no title invented, the rest read', () => {
    const { doc } = header('addressee-start');
    expect(doc.title).toBe('');
    expect(doc.addressees).toEqual(['各市、县人民政府', '格尔木行委', '州政府各部门']);
    expect(doc.signedDate).toBe('2016-11-20');
  });

  it('reads a signature date in Chinese numerals written with ○', () => {
    const doc = parseSnippet(
      '关于做好冬季供暖工作的通知\n各县人民政府：\n请做好供暖工作。\n某某县人民政府\n二○一八年十一月五日\n',
    ).records.documents[0];
    expect(doc.signedDate).toBe('2018-11-05');
  });

  it('says so when the index block and the notice disagree on the number', () => {
    const text =
      '发文字号：青政〔2020〕1号\n关于某事的通知\n青政〔2020〕2号\n各市人民政府：\n正文。\n青海省人民政府\n2020年1月2日\n';
    const parsed = parseSnippet(text);
    expect(parsed.records.documents[0].docNumber).toBe('青政〔2020〕2号');
    expect(parsed.diagnostics.map((d) => d.code)).toContain('index-block-disagrees');
  });
});
