import { describe, expect, it } from 'vitest';
import {
  CONTACT_FIELD_LABELS,
  FIELD_LABEL_RE,
  MAY_HOLD_CONTACT_FIELD,
  fieldOfLabel,
  holdsAddressPart,
  isContactOrganisation,
} from '../../src/lexicon/contact-labels.js';
import { isPersonName } from '../../src/lexicon/person-names.js';

const labelsIn = (s: string) => [...s.matchAll(FIELD_LABEL_RE)].map((m) => fieldOfLabel(m[1]));

describe('contact field labels', () => {
  it('opens the field each label names, spaced out or in either case', () => {
    expect(labelsIn('电  话：1 传 真：2 E-Mail：x 通讯地址：y 电子信箱：z 手机：3')).toEqual([
      'phone',
      'fax',
      'email',
      'address',
      'email',
      'phone',
    ]);
  });

  it('needs the colon: a label word in prose is no label', () => {
    expect(labelsIn('请保持电话畅通，地址变更的及时告知')).toEqual([]);
  });

  it('lets every label through the quick pre-filter (both are built from one list)', () => {
    for (const [, words] of CONTACT_FIELD_LABELS)
      for (const w of words) {
        MAY_HOLD_CONTACT_FIELD.lastIndex = 0;
        expect(MAY_HOLD_CONTACT_FIELD.test(`${w}：`), w).toBe(true);
      }
    MAY_HOLD_CONTACT_FIELD.lastIndex = 0;
  });

  it('knows an address part and an organisation written as one word', () => {
    expect(holdsAddressPart('某大厦5楼')).toBe(true);
    expect(holdsAddressPart('请注明字样')).toBe(false);
    expect(isContactOrganisation('省商务厅')).toBe(true);
    expect(isContactOrganisation('王利民')).toBe(false);
  });
});

describe('person names', () => {
  it('takes two to four Han characters and dotted names', () => {
    expect(isPersonName('王利民')).toBe(true);
    expect(isPersonName('阿依·买买提')).toBe(true);
    // a character of CJK Extension A (the lexicon's Han class) is a name character too
    expect(isPersonName('王㛃')).toBe(true);
  });

  it('refuses organisations, field words and places', () => {
    for (const w of ['省商务厅', '联系电话', '青海某某', '各单位', '王某负责']) expect(isPersonName(w), w).toBe(false);
  });
});
