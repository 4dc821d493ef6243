import { describe, expect, it } from 'vitest';
import { findPhones, isEmail, normalizePhone, phoneProblem } from '../../src/text/phones.js';

describe('normalizePhone', () => {
  it('reads landlines with any dash or brackets', () => {
    expect(normalizePhone('0971—6321489')).toMatchObject({ value: '0971-6321489', kind: 'landline', problem: null });
    expect(normalizePhone('0971 - 6321489').value).toBe('0971-6321489');
    expect(normalizePhone('（0971）6321489').value).toBe('0971-6321489');
    expect(normalizePhone('010-12345678')).toMatchObject({ value: '010-12345678', problem: null });
  });
  it('reads mobiles as 11 digits', () => {
    expect(normalizePhone('13997266051')).toMatchObject({ value: '13997266051', kind: 'mobile', problem: null });
    expect(normalizePhone('+86 13997266051').value).toBe('13997266051');
  });
  it('flags wrong lengths and area-code forms', () => {
    expect(normalizePhone('0971-632148').problem).toMatch(/7 or 8 digits/);
    expect(normalizePhone('010-1234567').problem).toMatch(/8 digits/);
    expect(normalizePhone('097-12345678').problem).toMatch(/three digits/);
    expect(normalizePhone('12997266051').problem).toMatch(/starts with 12/);
    expect(normalizePhone('139972660').problem).toBeTruthy();
    expect(phoneProblem('0971-6321489')).toBeNull();
  });
});

describe('findPhones', () => {
  it('finds numbers run into names and each other', () => {
    const found = findPhones('18797199229 13519767299马少平、曹延军 0971—6133591');
    expect(found.map((f) => f.value)).toEqual(['18797199229', '13519767299', '0971-6133591']);
  });
  it('does not read longer digit runs as mobiles', () => {
    expect(findPhones('编号139972660511')).toEqual([]);
  });
});

describe('isEmail', () => {
  it('accepts plain addresses and rejects broken ones', () => {
    expect(isEmail('524179053@qq.com')).toBe(true);
    expect(isEmail('a.b@sub.example.cn')).toBe(true);
    expect(isEmail('524179053@qq')).toBe(false);
    expect(isEmail('@qq.com')).toBe(false);
  });
});
