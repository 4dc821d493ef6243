import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseSnippet } from '../helpers/parse.js';

const contacts = (name: string) =>
  parseSnippet(readFileSync(join(FIXTURES, 'wild', `${name}.txt`), 'utf8'), name).records.contacts.map((c) => ({
    role: c.role,
    name: c.name,
    phones: c.phones,
    fax: c.fax,
    emails: c.emails,
  }));

describe('contact lines in the wild', () => {
  it('a 联系人 after a sentence on its line, spaced labels (联 系 人, 电  话, 传  真)', () => {
    expect(contacts('contact-lines')).toEqual([
      { role: '材料受理', name: '马某', phones: ['0971-4440001'], fax: [], emails: [] },
      { role: null, name: '韩某某', phones: ['13900000001'], fax: ['0971-4440002'], emails: [] },
    ]);
  });

  it('a 联系人 sentence closing the paragraph of a training notice', () => {
    expect(contacts('training-same-line')).toEqual([
      { role: null, name: '陈某', phones: ['0971-5551234'], fax: ['0971-5551235'], emails: ['abc@example.com'] },
    ]);
  });
});
