import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixture, parseSnippet } from '../helpers/parse.js';
import {
  MAY_HOLD_CONTACT_FIELD as MAY_HOLD_FIELD,
  MAY_HOLD_CONTACT_NUMBER as MAY_HOLD_NUMBER,
} from '../../src/lexicon/contact-labels.js';
import { tokenizeLine } from '../../src/parse/contacts/tokens.js';
import { normalize } from '../../src/normalize/normalize.js';

const notice = (body: string) => `关于做好联络工作的通知\n\n${body}\n`;
const byName = (p: ReturnType<typeof parseSnippet>, name: string | null) =>
  p.records.contacts.filter((c) => c.name === name);

describe('contact blocks', () => {
  it('gives the n-th phone line after a pair of names to the n-th name', () => {
    const p = parseSnippet(
      notice('1.办公室联系人：张三、李四（省商务厅）\n联系电话：0971—6100001  13900000001\n0971—6100002  13900000002'),
    );
    expect(byName(p, '张三')[0]).toMatchObject({
      role: '办公室',
      organization: '省商务厅',
      phones: ['0971-6100001', '13900000001'],
    });
    expect(byName(p, '李四')[0].phones).toEqual(['0971-6100002', '13900000002']);
    expect(byName(p, null)).toEqual([]);
  });

  it('splits landline-mobile pairs on one line between the names in order', () => {
    const p = parseSnippet(
      notice(
        '2.项目部联系人\n：王五、赵六（省发展改革委）\n联系电话：0971—6200001 13900000003 0971—6200002 13900000004',
      ),
    );
    expect(byName(p, '王五')[0].phones).toEqual(['0971-6200001', '13900000003']);
    expect(byName(p, '赵六')[0].phones).toEqual(['0971-6200002', '13900000004']);
  });

  it('guesses nothing in a scrambled block and keeps every number', () => {
    const text = notice(
      [
        '3.会展部联系人：王五、赵六（省发展改革委）',
        '联系电话：0971—6200001 0971—6200002',
        '联系电话：0971—6200003',
        '13900000003 13900000004钱七、孙八（省财政厅）',
        '13900000005孙八（省财政厅） 13900000006',
      ].join('\n'),
    );
    const p = parseSnippet(text);
    for (const n of ['王五', '赵六', '钱七', '孙八']) for (const c of byName(p, n)) expect(c.phones).toEqual([]);
    const pool = byName(p, null);
    expect(pool).toHaveLength(1);
    expect(pool[0].role).toBe('会展部');
    expect(pool[0].phones.sort()).toEqual(
      [
        '0971-6200001',
        '0971-6200002',
        '0971-6200003',
        '13900000003',
        '13900000004',
        '13900000005',
        '13900000006',
      ].sort(),
    );
    expect(p.diagnostics.some((d) => d.code === 'contact-phones-unassigned' && d.recordId === pool[0].id)).toBe(true);
  });

  it('binds numbers printed right after a name and its label, and pools the extra line', () => {
    const p = parseSnippet(notice('4.赛事部联系人：王雄（赛事公司）联系电话：0971—2213581\n联系电话：0971—6103176'));
    expect(byName(p, '王雄')[0].phones).toEqual(['0971-2213581']);
    expect(byName(p, null)[0].phones).toEqual(['0971-6103176']);
  });

  it('reads two labelled people on one line', () => {
    const p = parseSnippet(
      notice(
        '5.环境部联系人：钱永（市政府）联系电话：0971—6134805 15897185508杜华（省商务厅）联系电话：0971—6143165 13897208761',
      ),
    );
    expect(byName(p, '钱永')[0].phones).toEqual(['0971-6134805', '15897185508']);
    expect(byName(p, '杜华')[0].phones).toEqual(['0971-6143165', '13897208761']);
  });

  it('attaches fax and e-mail to the person they follow', () => {
    const p = parseSnippet(
      notice(
        '办公室联系人：王利\n电话：0971—6321489 13997266051\n参会报名事务联系人：喇娟\n电话：0971—6317278 13997066621\n传真：0971—6317278\n电子邮箱：524179053@qq.com',
      ),
    );
    expect(byName(p, '王利')[0]).toMatchObject({
      role: '办公室',
      phones: ['0971-6321489', '13997266051'],
      fax: [],
      emails: [],
    });
    expect(byName(p, '喇娟')[0]).toMatchObject({
      role: '参会报名事务',
      phones: ['0971-6317278', '13997066621'],
      fax: ['0971-6317278'],
      emails: ['524179053@qq.com'],
    });
  });

  it('reads office addresses with their postcode', () => {
    const p = parseSnippet(notice('九、工作联络\n青海省商务厅：青海省西宁市城西区海晏路2号国贸大厦（邮编：810008）。'));
    expect(p.records.contacts).toHaveLength(1);
    expect(p.records.contacts[0]).toMatchObject({
      kind: 'office',
      organization: '青海省商务厅',
      address: '青海省西宁市城西区海晏路2号国贸大厦',
      postcode: '810008',
    });
  });

  it('gives a second number printed without area code the area code of the first', () => {
    const p = parseSnippet(notice('联系人：张三，电话：0971-6109400、6109401'));
    expect(byName(p, '张三')[0]).toMatchObject({ role: null, phones: ['0971-6109400', '0971-6109401'] });
  });

  it('reads a number in brackets after the name, and an address label', () => {
    const p = parseSnippet(notice('办公室联系人：张三（0971-6109400）\n地址：西宁市城西区海晏路2号（邮编：810008）'));
    expect(byName(p, '张三')[0]).toMatchObject({
      phones: ['0971-6109400'],
      address: '西宁市城西区海晏路2号',
      postcode: '810008',
    });
  });

  it('reads an organization and a name separated by spaces after the label', () => {
    const p = parseSnippet(notice('联系人：省商务厅 王利 0971-6321489'));
    expect(byName(p, '王利')[0]).toMatchObject({ organization: '省商务厅', phones: ['0971-6321489'] });
  });

  it('keeps a number printed in prose, without inventing a person', () => {
    const p = parseSnippet(notice('请各单位于8月30日前报送省商务厅（咨询电话：0971-6321489）。'));
    expect(p.records.contacts).toHaveLength(1);
    expect(p.records.contacts[0]).toMatchObject({ name: null, phones: ['0971-6321489'] });
    expect(p.diagnostics.some((d) => d.code === 'contact-without-name')).toBe(true);
  });

  it('does not read bracketed units in prose as people', () => {
    const p = parseSnippet(notice('由省工业和信息化厅（省国资委）牵头，省商务厅（省外事办）配合。'));
    expect(p.records.contacts).toEqual([]);
  });
});

describe('contacts in the seeds', () => {
  it('keeps every printed number of the scrambled 000 block', () => {
    const p = fixture('000');
    const text = p.src.original.normalize('NFKC');
    const kept = JSON.stringify([p.records.contacts, p.diagnostics]);
    const printed = [...text.matchAll(/(0\d{2,3})\s*[-—–－]\s*(\d{7,8})|(?<!\d)(1[3-9]\d{9})(?!\d)/g)].map(
      (m) => m[3] || `${m[1]}-${m[2]}`,
    );
    expect(printed.length).toBeGreaterThan(50);
    expect(printed.filter((n) => !kept.includes(n))).toEqual([]);
  });
  it('assigns the first of a pair', () => {
    const gu = fixture('000').records.contacts.find((c) => c.name === '顾锡军')!;
    expect(gu).toMatchObject({ organization: '省商务厅', role: '办公室', phones: ['0971-6109400', '13997290370'] });
  });
  it('invents no contacts in 002 and 004', () => {
    expect(fixture('002').records.contacts).toEqual([]);
    expect(fixture('004').records.contacts).toEqual([]);
  });
  it('grounds every contact in its passage', () => {
    for (const seed of ['000', '001']) {
      const p = fixture(seed);
      for (const c of p.records.contacts) {
        const span = p.src.original.slice(c.source.startOffset, c.source.endOffset).replace(/\s+/g, '');
        if (c.name) expect(span).toContain(c.name);
        for (const ph of c.phones) expect(span.replace(/[—–－]/g, '-')).toContain(ph);
      }
    }
  });
});

describe('the line prefilter', () => {
  // it only saves work: a line it keeps out must hold nothing the tokenizer reads (names aside)
  it('lets by every line the tokenizer finds a piece in', () => {
    const may = new RegExp(`${MAY_HOLD_NUMBER.source}|${MAY_HOLD_FIELD.source}`);
    const lines = [
      '联系人：王利民',
      '联 系 人：王利民',
      '电话：6109400',
      '传真：0971-6109401',
      'E-MAIL：abc',
      'Email：x',
      '电子信箱：a',
      '通讯地址：西宁市',
      '联系方式：王五',
      '手机：139',
      '座机：123',
      '青海省商务厅：西宁市城中区1号（邮编：810008）',
      'wang@qh.gov.cn',
      '0971-6109400',
      '13997290370',
      '（0971）6109400',
      '2025年1月',
      '1000万元',
    ];
    for (const f of [
      '000_35fb21c491f32646.txt',
      '001_9f78a3f0e029c928.txt',
      '002_6bc5adcb762922b6.txt',
      '003_acdd827c104e1396.txt',
      '004_64a2121f8be4c313.txt',
    ]) {
      lines.push(...normalize(readFileSync(join(FIXTURES, f), 'utf8')).text.split('\n'));
    }
    let read = 0;
    for (const l of lines) {
      if (!tokenizeLine(l, 0, false).length) continue;
      read++;
      expect(may.test(l), l).toBe(true);
    }
    expect(read).toBeGreaterThan(20);
  });
});

describe('addresses end with their sentence', () => {
  it('stops at a comma after which no address part follows', () => {
    const c = parseSnippet(
      '关于征集意见的通知\n各单位：\n联系人：张某，电话：0971-8123456，地址：西宁市城中区某路1号，邮编：810000，请注明字样。\n',
    ).records.contacts;
    expect(c.map((x) => [x.address, x.postcode])).toEqual([['西宁市城中区某路1号', '810000']]);
  });

  it('keeps a building after the road', () => {
    const c = parseSnippet('关于某事的通知\n联系人：李某，电话：0971-8123456，地址：西宁市某路2号，某大厦5楼。\n')
      .records.contacts;
    expect(c[0].address).toBe('西宁市某路2号，某大厦5楼');
  });
});
