import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet, docByNumber } from '../helpers/parse.js';

describe('segmenting files into documents', () => {
  it('reads a web notice: title, 发布日期, inline signature, 此件公开发布', () => {
    const [d] = fixture('000').records.documents;
    expect(d).toMatchObject({
      kind: '通知',
      docNumber: null,
      signedDate: '2022-06-11',
      publishedDate: '2022-06-20',
      publicRelease: true,
      issuers: ['青海省人民政府办公厅'],
    });
    expect(d.addressees).toEqual(['各市、自治州人民政府', '省政府各委、办、厅、局']);
  });

  it('splits a file of five notices, each with its number, date and attachments', () => {
    const p = fixture('002');
    expect(p.records.documents).toHaveLength(5);
    const d = docByNumber(p, '青政办〔2017〕134号')!;
    expect(d.docNumberParts).toEqual({ prefix: '青政办', year: 2017, serial: 134 });
    expect(d.signedDate).toBe('2017-08-06');
    expect(d.attachments).toEqual(['第十八届青洽会签约项目责任分工表']);
  });

  it('treats a gazette issue as a container: nine documents carrying the issue, no TOC document', () => {
    const p = fixture('003');
    expect(p.records.documents).toHaveLength(9);
    const joint = docByNumber(p, '青政〔2020〕60号')!;
    expect(joint.issuers).toEqual(['青海省人民政府', '住房和城乡建设部']);
    expect(joint.issue).toEqual({ title: '青海省人民政府公报', number: 16, totalNumber: 484, date: '2020-08-30' });
    expect(joint.publishedDate).toBe('2020-08-30');
    expect(docByNumber(p, '青政办〔2020〕62号')).toMatchObject({ kind: '意见', signedDate: '2020-08-13' });
    expect(docByNumber(p, '青政办〔2020〕67号')?.docNumber).toBe('青政办〔2020〕67号');
    expect(docByNumber(p, '青政办〔2020〕63号')?.attachments).toHaveLength(2);
    expect(p.records.documents.find((d) => d.kind === '大事记')?.title).toContain('大事记');
  });

  it('makes a news page one document with no invented header fields', () => {
    const [d] = fixture('004').records.documents;
    expect(d).toMatchObject({ kind: '新闻', docNumber: null, signedDate: null, issuers: [], addressees: [] });
  });

  it('joins a title wrapped over lines and reads half-width brackets and CRLF', () => {
    const text = [
      '青海省人民政府办公厅',
      '',
      '关于印发某某工作',
      '方案的通知',
      '',
      '青政办[2021]7号',
      '',
      '各市、自治州人民政府，省政府各委、办、厅、局:',
      '现将方案印发给你们(青政办〔2018〕81号)精神。',
      '',
      '青海省人民政府办公厅',
      '2021年3月5日',
      '(此件公开发布)',
    ].join('\r\n');
    const [d, ...rest] = parseSnippet(text).records.documents;
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({
      title: '关于印发某某工作方案的通知',
      docNumber: '青政办〔2021〕7号',
      signedDate: '2021-03-05',
      publicRelease: true,
      kind: '通知',
    });
  });

  it('never starts a document at a number cited in the body', () => {
    const text =
      '关于做好某项工作的通知\n各有关单位：\n根据《关于某事的通知》（青政办〔2018〕81号）精神，现通知如下。\n';
    const docs = parseSnippet(text).records.documents;
    expect(docs).toHaveLength(1);
    expect(docs[0].docNumber).toBeNull();
  });

  it('gives an empty file no records and a warning, not a crash', () => {
    const p = parseSnippet(' \n\n');
    expect(p.records.documents).toHaveLength(0);
    expect(p.diagnostics.map((d) => d.code)).toContain('empty-file');
  });

  it('grounds every document in the original text', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const p = fixture(seed);
      for (const d of p.records.documents) {
        const s = d.source;
        expect(s.endOffset).toBeGreaterThan(s.startOffset);
        expect(p.src.original.slice(0, s.startOffset).split('\n').length).toBe(s.startLine);
      }
    }
  });
});

describe('web portal index block', () => {
  it('reads 发文字号, 发布机构, 成文日期 and 发布日期 from labelled fields', () => {
    const text = [
      '青海省人民政府办公厅关于加强某项工作的通知',
      '索引号：11630000/2021-00012  发文字号：青政办〔2021〕12号',
      '发布机构：青海省人民政府办公厅  成文日期：2021年03月05日  发布日期：2021-03-08',
      '各市、自治州人民政府，省政府各委、办、厅、局：',
      '现将有关事项通知如下。',
    ].join('\n');
    const [d] = parseSnippet(text).records.documents;
    expect(d).toMatchObject({
      docNumber: '青政办〔2021〕12号',
      signedDate: '2021-03-05',
      publishedDate: '2021-03-08',
      issuers: ['青海省人民政府办公厅'],
    });
    expect(d.docNumberParts).toEqual({ prefix: '青政办', year: 2021, serial: 12 });
    expect(d.addressees).toHaveLength(2);
  });

  it('reads other prefixes and a joint notice signed at the end', () => {
    const text = [
      '西宁市人民政府 西宁市人民政府办公厅',
      '',
      '关于某事的决定',
      '',
      '西政办〔2019〕3号',
      '',
      '各区县人民政府：',
      '正文。',
      '',
      '西宁市人民政府',
      '西宁市人民政府办公厅',
      '2019年1月2日',
    ].join('\n');
    const [d] = parseSnippet(text).records.documents;
    expect(d).toMatchObject({
      kind: '决定',
      docNumber: '西政办〔2019〕3号',
      signedDate: '2019-01-02',
      issuers: ['西宁市人民政府', '西宁市人民政府办公厅'],
    });
  });
});
