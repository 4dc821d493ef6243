import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseSnippet } from '../helpers/parse.js';

/** a fixture in fixtures/wild, parsed */
function wild(name: string) {
  const text = readFileSync(join(FIXTURES, 'wild', `${name}.txt`), 'utf8');
  const parsed = parseSnippet(text, name);
  return { docs: parsed.records.documents, codes: parsed.diagnostics.map((d) => d.code), parsed };
}

describe('more headers of notices in the wild', () => {
  it('a 发文字号 at the head of the addressee line, also given by the index block', () => {
    const { docs, codes } = wild('number-addressee-line');
    expect(docs).toHaveLength(1);
    expect(docs[0].docNumber).toBe('海北政办〔2022〕18号');
    expect(docs[0].addressees).toEqual(['各县人民政府', '州政府各部门']);
    expect(docs[0].signedDate).toBe('2022-05-09');
    expect(codes).not.toContain('doc-number-disagrees');
  });

  it('a number at the head of the addressee line that differs from the index block is reported', () => {
    const text = readFileSync(join(FIXTURES, 'wild', 'number-addressee-line.txt'), 'utf8').replace(
      '海北政办〔2022〕18号    ',
      '海北政办〔2022〕19号    ',
    );
    const parsed = parseSnippet(text, 'x');
    expect(parsed.records.documents[0].docNumber).toBe('海北政办〔2022〕18号');
    expect(parsed.diagnostics.map((d) => d.code)).toContain('doc-number-disagrees');
  });

  it('a title wrapped over three lines under the issuer mark and the number', () => {
    const [doc] = wild('title-wrapped-mark').docs;
    expect(doc.title).toBe('某某县人民政府关于进一步规范村级公益性岗位管理工作的通知');
    expect(doc.docNumber).toBe('某政〔2023〕5号');
    expect(doc.issuers).toEqual(['某某县人民政府']);
    expect(doc.publicRelease).toBe(true);
    expect(doc.source.startLine).toBe(1);
  });

  it('two issuers on one signature line, a 成文日期 in Chinese numerals with 〇', () => {
    const [doc] = wild('joint-signature-numerals').docs;
    expect(doc.title).toBe('关于开展二〇二二年度农民工工资支付专项检查的通知');
    expect(doc.docNumber).toBe('某人社发〔2022〕31号');
    expect(doc.issuers).toEqual(['某某市人力资源和社会保障局', '某某市住房和城乡建设局']);
    expect(doc.signedDate).toBe('2022-10-09');
  });

  it('a numbered 附件 list over several lines; 附件1 with its own title stays in the notice', () => {
    const { docs } = wild('attachment-list');
    expect(docs).toHaveLength(1);
    expect(docs[0].attachments).toEqual([
      '某某市城市更新行动实施方案',
      '某某市城市更新项目库管理办法',
      '城市更新项目申报表',
    ]);
    expect(docs[0].signedDate).toBe('2024-03-08');
    expect(docs[0].publicRelease).toBe(true);
  });

  it('a distribution note and 此件不公开 are no part of the next title', () => {
    const { docs } = wild('distribution-note');
    expect(docs.map((d) => d.title)).toEqual([
      '某某州人民政府关于调整州级财政专项资金管理权限的通知',
      '某某州人民政府办公室关于做好内部审计工作的通知',
    ]);
    expect(docs.map((d) => d.publicRelease)).toEqual([false, false]);
    expect(docs[0].source.endLine).toBe(11);
    expect(docs[1].addressees).toEqual(['州政府各部门']);
    expect(docs[1].docNumber).toBe('某州政办〔2021〕41号');
  });

  it('a repost page: meta, tool, neighbour-link and footer lines fill no field', () => {
    const { docs, codes } = wild('repost-page');
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('某某市人民政府关于做好冬春季森林草原防灭火工作的通知');
    expect(docs[0].addressees).toEqual(['各县（区）人民政府', '市政府各部门']);
    expect(docs[0].issuers).toEqual(['某某市人民政府']);
    expect(docs[0].signedDate).toBe('2023-11-18');
    expect(docs[0].publishedDate).toBe('2023-11-20');
    expect(codes).not.toContain('title-doubtful');
  });

  it('a redacted copy: the (略) number and date stay empty, each with a diagnostic', () => {
    const { docs, parsed } = wild('redacted-copy');
    expect(docs[0].title).toBe('某某县人民政府关于某某镇行政区划调整的批复');
    expect(docs[0].kind).toBe('批复');
    expect(docs[0].docNumber).toBeNull();
    expect(docs[0].signedDate).toBeNull();
    expect(docs[0].addressees).toEqual(['某某镇人民政府']);
    const redacted = parsed.diagnostics.filter((d) => d.code === 'header-redacted');
    expect(redacted.map((d) => d.line)).toEqual([2, 8]);
  });

  it('an index block as a bullet list, each value on the line below its label', () => {
    const { docs, codes } = wild('bullet-index-block');
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('某某县人民政府关于印发某某县防汛抗旱应急预案的通知');
    expect(docs[0].docNumber).toBe('某政发〔2024〕9号');
    expect(docs[0].signedDate).toBe('2024-05-06');
    expect(docs[0].publishedDate).toBe('2024-05-08');
    expect(docs[0].issuers).toEqual(['某某县人民政府']);
    expect(codes).not.toContain('doc-number-without-title');
  });

  it('a number in round brackets under the title, a date with ○ and no signing organ', () => {
    const [doc] = wild('title-number-parens').docs;
    expect(doc.title).toBe('某某盟行政公署办公室关于印发机关公文处理实施细则的通知');
    expect(doc.docNumber).toBe('某署办发〔2008〕17号');
    expect(doc.addressees).toEqual(['各旗人民政府', '行署各委、办、局']);
    expect(doc.signedDate).toBe('2008-06-05');
  });
});

describe('headers of reports, replies and portal copies', () => {
  it('a report: 签发人 beside the number, a rule under the 版头, the signature on one line', () => {
    const { docs } = wild('report-signer-rule');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      title: '某某县人民政府办公室关于报送2023年度重点工作进展情况的报告',
      kind: '报告',
      docNumber: '某政办〔2023〕11号',
      issuers: ['某某县人民政府办公室'],
      addressees: ['某某市人民政府办公室'],
      signedDate: '2023-06-30',
    });
    expect(docs[0].source.startLine).toBe(1);
  });

  it('a 成文日期 in Chinese numerals in the index block, a bare 附件： over its items, 此件主动公开', () => {
    const [doc] = wild('index-chinese-date').docs;
    expect(doc.signedDate).toBe('2023-02-28');
    expect(doc.publishedDate).toBe('2023-03-01');
    expect(doc.addressees).toEqual(['各县（区）人民政府', '市政府各部门']);
    expect(doc.attachments).toEqual([
      '某某市第五批非物质文化遗产代表性项目名录',
      '某某市非物质文化遗产代表性项目保护单位名单',
    ]);
    expect(doc.publicRelease).toBe(true);
  });

  it('the issuer on the line above a 关于 title is the title’s first line', () => {
    const [doc] = wild('issuer-line-title').docs;
    expect(doc.title).toBe('某某省人民政府关于同意设立某某省级经济开发区的批复');
    expect(doc.issuers).toEqual(['某某省人民政府']);
    expect(doc.docNumber).toBe('某政函〔2022〕58号');
    expect(doc.addressees).toEqual(['某某市人民政府']);
  });

  it('two addressee groups joined by 、; the attached plan’s title starts no document', () => {
    const { docs } = wild('addressee-pair');
    expect(docs).toHaveLength(1);
    expect(docs[0].addressees).toEqual(['各县人民政府', '州政府各部门']);
    expect(docs[0].signedDate).toBe('2020-12-31');
  });
});

describe('a title wrapped with its 的通知 on a line of its own', () => {
  it('is one title ending in 通知, not a 规划 plus a second document; 附件1： is an attachment', () => {
    const { docs } = wild('title-wrapped-de');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      title: '某某省人民政府关于印发某某省国土空间生态修复规划的通知',
      kind: '通知',
      docNumber: '某政〔2021〕3号',
      signedDate: '2021-01-15',
      attachments: ['某某省国土空间生态修复重点工程表'],
    });
  });
});

describe('a page with no addressees, and a number printed twice', () => {
  it('a 通告 under repost chrome, no addressee line: title, issuer and both dates read', () => {
    const { docs } = wild('announcement-no-addressees');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      title: '某某县人民政府关于公布2024年度县级河长名单的通告',
      kind: '通告',
      issuers: ['某某县人民政府'],
      addressees: [],
      signedDate: '2024-02-01',
      publishedDate: '2024-02-03',
    });
  });

  it('the 发文字号 in the index block and again under the 文件 mark: one number, no disagreement', () => {
    const { docs, codes } = wild('number-twice-mark');
    expect(docs).toHaveLength(1);
    expect(docs[0].docNumber).toBe('某政办〔2023〕7号');
    expect(docs[0].issuers).toEqual(['某某市人民政府办公室']);
    expect(docs[0].source.startLine).toBe(1);
    expect(codes).not.toContain('index-block-disagrees');
    expect(codes).not.toContain('doc-number-without-title');
  });

  it('a 发文字号 at the head of addressees that wrap onto a second line: number and every addressee read', () => {
    const { docs, codes } = wild('number-addressees-wrapped');
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('某某市人民政府办公室关于开展城乡环境卫生集中整治的通知');
    expect(docs[0].docNumber).toBe('某政办〔2021〕26号');
    expect(docs[0].docNumberParts).toEqual({ prefix: '某政办', year: 2021, serial: 26 });
    expect(docs[0].addressees).toEqual(['各区、县人民政府', '市政府各委、办、局', '各街道办事处', '市属各企事业单位']);
    expect(docs[0].signedDate).toBe('2021-04-12');
    expect(docs[0].publicRelease).toBe(true);
    expect(codes).not.toContain('title-doubtful');
  });

  it("a 发文字号 after the addressees' colon, or in round brackets before them: two notices, each number read", () => {
    const { docs } = wild('number-addressees-either-end');
    expect(docs.map((d) => [d.title, d.docNumber, d.addressees, d.source.startLine])).toEqual([
      ['某某县人民政府关于做好冬季供暖保障工作的通知', '某政〔2022〕41号', ['各乡镇人民政府', '县政府各部门'], 1],
      [
        '某某县人民政府办公室关于印发某某县防汛应急预案的通知',
        '某政办〔2023〕9号',
        ['各乡镇人民政府', '县政府各部门'],
        8,
      ],
    ]);
  });

  it('a labelled 发文字号 on the addressee line (发文字号：/文  号：X号  各乡镇…：) is read with the addressees, and alone above them', () => {
    const { docs } = wild('number-label-addressees');
    const towns = ['各乡镇人民政府', '县政府各部门'];
    expect(docs.map((d) => [d.title, d.docNumber, d.addressees, d.source.startLine])).toEqual([
      ['某某县人民政府办公室关于做好今冬明春森林草原防火工作的通知', '某政办〔2021〕56号', towns, 1],
      ['某某县人民政府关于调整县防火指挥部成员的通知', '某政〔2021〕60号', towns, 8],
      ['某某县人民政府办公室关于开展冬季安全生产大检查的通知', '某政办〔2021〕63号', towns, 13],
    ]);
  });

  it('a number left out (略) in three forms is read as a redacted number, never as part of a title', () => {
    const { docs, parsed } = wild('redacted-number-forms');
    expect(docs.map((d) => [d.title, d.docNumber, d.addressees, d.source.startLine])).toEqual([
      // GB/T 9704 order: the issuer mark, the number, then the title
      ['关于同意某某乡撤乡设镇的批复', null, ['某某乡人民政府'], 1],
      // （略） alone where the number stands
      ['某某县人民政府关于某某村搬迁安置方案的批复', null, ['某某镇人民政府'], 8],
      [
        '某某县人民政府办公室关于调整县农村饮水安全工作领导小组成员的通知',
        null,
        ['各乡镇人民政府', '县政府各部门'],
        14,
      ],
    ]);
    const redacted = parsed.diagnostics.filter((d) => d.code === 'header-redacted');
    expect(redacted.map((d) => [d.line, d.recordId])).toEqual([
      [2, docs[0].id],
      [9, docs[1].id],
      [15, docs[2].id],
    ]);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('outside-documents');
  });
});
