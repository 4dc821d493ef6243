/**
 * Phone numbers and e-mail addresses as printed in notices, and their canonical forms
 * (SPEC: landline `0971-6109400`, mobile `13997290370`).
 */

export type PhoneKind = 'landline' | 'mobile' | 'other';

export interface Phone {
  /** canonical form when it could be read, else the digits as printed (dashes kept) */
  value: string;
  kind: PhoneKind;
  /** why the number looks wrong, or null */
  problem: string | null;
}

/** every dash a PDF or a typist may put between area code and number */
const DASHES = /[-—–－‐‑‒―−]/g;

/**
 * Where a number may sit in a line: a landline with its area code (dash or brackets),
 * or an 11-digit run that may be a mobile. Bounded quantifiers only, so it stays linear.
 */
export const PHONE_RE =
  /(?<!\d)(?:[（(]\s?0\d{2,3}\s?[）)]\s?\d{5,9}|0\d{2,3}\s{0,2}[-—–－‐‑‒―−]\s{0,2}\d{5,9})(?!\d)|(?<!\d)1\d{10}(?![\d@])/g;

/** a run of digits that follows a phone label but fits neither form (kept, flagged) */
export const LOOSE_DIGITS_RE = /(?<![\d@A-Za-z.])(?:0\d{2,3}\s)?\d[\d—–－-]{3,14}\d(?![\d@A-Za-z])/g;

export const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,4}/g;

/**
 * Chinese area codes: 010 and 020–029 have three digits and an 8-digit number; every
 * other area code has four digits (0xxx) and a 7- or 8-digit number.
 */
function landlineProblem(area: string, local: string): string | null {
  const short = /^0(10|2\d)$/.test(area);
  if (area.length === 3 && !short) return `area code ${area} has three digits but is not 010 or 02x`;
  if (area.length === 4 && /^0(10|2\d)/.test(area)) return `area code ${area} should have three digits`;
  if (short && local.length !== 8) return `number after area code ${area} should have 8 digits, has ${local.length}`;
  if (!short && (local.length < 7 || local.length > 8))
    return `number after area code ${area} should have 7 or 8 digits, has ${local.length}`;
  return null;
}

/** read one printed number into its canonical form and say what is wrong with it */
export function normalizePhone(raw: string): Phone {
  let s = raw.normalize('NFKC').trim().replace(/[（]/g, '(').replace(/[）]/g, ')');
  s = s.replace(/^\+86[\s-]?|^86[\s-]?(?=1\d{10}$)/, '');
  const bracket = /^\(\s*(0\d{2,3})\s*\)\s*(\d+)$/.exec(s);
  if (bracket) return landline(bracket[1], bracket[2]);
  const compact = s.replace(/\s+/g, '');
  const dashed = /^(0\d{2,3})[-—–－‐‑‒―−](\d+)$/.exec(compact);
  if (dashed) return landline(dashed[1], dashed[2]);
  if (/^1\d{10}$/.test(compact)) {
    return {
      value: compact,
      kind: 'mobile',
      problem: /^1[3-9]/.test(compact) ? null : `mobile ${compact} starts with ${compact.slice(0, 2)}`,
    };
  }
  const digits = compact.replace(DASHES, '-');
  if (/^1\d+$/.test(compact))
    return { value: digits, kind: 'mobile', problem: `mobile number has ${compact.length} digits, not 11` };
  if (/^0\d{9,11}$/.test(compact)) {
    // an area code run into the number: 0971 6321489 printed without a separator
    const area = /^0(10|2\d)/.test(compact) ? compact.slice(0, 3) : compact.slice(0, 4);
    return landline(area, compact.slice(area.length));
  }
  return { value: digits, kind: 'other', problem: `not a landline with area code or an 11-digit mobile` };
}

function landline(area: string, local: string): Phone {
  return { value: `${area}-${local}`, kind: 'landline', problem: landlineProblem(area, local) };
}

/** true when a string is a plausible e-mail address */
export function isEmail(s: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}$/.test(
    s,
  );
}

/** the problem with a canonical phone value (as stored in a record), or null */
export function phoneProblem(value: string): string | null {
  return normalizePhone(value).problem;
}

/** every number in a piece of text, in order, with its span */
export function findPhones(text: string): Array<Phone & { raw: string; index: number; end: number }> {
  const out: Array<Phone & { raw: string; index: number; end: number }> = [];
  for (const m of text.matchAll(PHONE_RE)) {
    out.push({ ...normalizePhone(m[0]), raw: m[0], index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
