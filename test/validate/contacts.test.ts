import { describe, expect, it } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';
import { contactChecks } from '../../src/validate/checks/contacts.js';
import type { ParsedFile } from '../../src/pipeline/parse-file.js';

const runContactChecks = (p: ParsedFile) => contactChecks.flatMap((c) => c.run(p));
import { memberChecks } from '../../src/validate/checks/members.js';
import { validateFile } from '../../src/validate/validate.js';

const notice = (body: string) => `关于做好联络工作的通知\n\n${body}\n`;

describe('contact checks', () => {
  it('flags numbers of the wrong length and malformed e-mails', () => {
    const p = parseSnippet(notice('办公室联系人：王利\n电话：0971—632148 1399726605\n电子邮箱：abc@qq'));
    const codes = runContactChecks(p).map((d) => d.code);
    expect(codes.filter((c) => c === 'phone-malformed')).toHaveLength(2);
    expect(codes).toContain('email-malformed');
    const all = JSON.stringify(p.records.contacts);
    expect(all).toContain('0971-632148');
    expect(all).toContain('1399726605');
    expect(all).toContain('abc@qq');
  });

  it('flags an area code of the wrong form', () => {
    const p = parseSnippet(notice('办公室联系人：王利\n电话：097-16321489'));
    expect(runContactChecks(p).some((d) => d.code === 'phone-malformed')).toBe(true);
  });

  it('counts the numbers left without a person', () => {
    const p = parseSnippet(
      notice('1.会展部联系人：王五、赵六（省商务厅）\n联系电话：0971—6200001 0971—6200002\n联系电话：0971—6200003'),
    );
    const d = runContactChecks(p).find((x) => x.code === 'contact-numbers-unassigned');
    expect(d?.message).toMatch(/^3 /);
    expect(d?.severity).toBe('warning');
  });

  it('reports no errors on the seeds', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const ds = validateFile(fixture(seed)).filter(
        (d) => d.severity === 'error' && /contact|phone|email|member/.test(d.code + d.message),
      );
      expect(ds).toEqual([]);
    }
    const unassigned = runContactChecks(fixture('000')).find((x) => x.code === 'contact-numbers-unassigned');
    expect(unassigned).toBeTruthy();
    expect(runContactChecks(fixture('001')).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('member checks', () => {
  it('is quiet on clean rosters and appointments', () => {
    for (const seed of ['000', '001', '003'])
      expect(memberChecks.run(fixture(seed)).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
