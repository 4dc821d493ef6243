/**
 * The words of a contact block: the 联系人 label, the field labels (电话, 传真, 邮箱, 地址 …)
 * with the field each opens, the postcode, and what an address is made of. The label
 * pattern and the quick pre-filter are both built from the one list below, so a label added
 * here is also let through by the pre-filter.
 */
import { HAN_CLASS, charTable, isSpaceCode } from './chars.js';
import { organisationEndingPattern } from './organisations.js';
import { skipBackWhile } from '../text/code-runs.js';

export type ContactField = 'phone' | 'fax' | 'email' | 'address';

/** every field label (before its colon), by the field it opens */
export const CONTACT_FIELD_LABELS: Array<[ContactField, string[]]> = [
  ['phone', ['联系电话', '办公电话', '固定电话', '移动电话', '联系方式', '联系手机', '电话', '手机', '座机']],
  ['fax', ['传真']],
  ['email', ['电子邮箱', '电子信箱', '邮箱', 'E-mail']],
  ['address', ['地址', '通讯地址', '通信地址', '办公地址']],
];

/** two-character words a typist may space out to the width of the others: 电  话, 传  真 */
const SPACED = ['电话', '手机', '传真', '邮箱', '地址'];

/**
 * The pattern of one label: a spaced word at its end takes up to two blanks between its
 * characters, Latin letters take either case and the hyphen of E-mail is optional.
 */
function labelPattern(label: string): string {
  const spaced = SPACED.find((w) => label.endsWith(w));
  const head = spaced ? label.slice(0, -spaced.length) : label;
  const tail = spaced ? `${spaced[0]}\\s{0,2}${spaced[1]}` : '';
  const letters = head.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).replace(/-/g, '-?');
  return letters + tail;
}

/**
 * The part of a label the pre-filter looks for: its spaced ending (which every label ending
 * in it shares) or else the whole label.
 */
function labelCore(label: string): string {
  const spaced = SPACED.find((w) => label.endsWith(w));
  return spaced ? labelPattern(spaced) : labelPattern(label);
}

const ALL_LABELS = CONTACT_FIELD_LABELS.flatMap(([, words]) => words).sort((a, b) => b.length - a.length);

/** a field label with its colon, global: group 1 is the label as printed */
export const FIELD_LABEL_RE = new RegExp(`(${ALL_LABELS.map(labelPattern).join('|')})\\s*[：:]`, 'gi');

/** a label folded for lookup: no blanks, lower case, no hyphen (电  话 = 电话, E-Mail = email) */
const labelKey = (label: string) => label.replace(/[\s-]+/g, '').toLowerCase();
const FIELD_OF = new Map(
  CONTACT_FIELD_LABELS.flatMap(([field, words]) => words.map((w) => [labelKey(w), field] as const)),
);

/** the field a label as printed opens (电  话 → phone) */
export function fieldOfLabel(printed: string): ContactField {
  return FIELD_OF.get(labelKey(printed)) ?? 'phone';
}

/** the 联系人 label, global: a role before it, names after it on its line */
export const CONTACT_PERSON_LABEL = '联\\s?系\\s?人';
export const CONTACT_PERSON_RE = new RegExp(`${CONTACT_PERSON_LABEL}\\s*(?:[：:]|$)`, 'g');

/** a postcode with its label: 邮编：810008 (group 1 the six digits) */
export const POSTCODE_RE = /邮\s?编\s?[：:]?\s?(\d{6})(?!\d)/;
/** the same with the brackets that may hold it, to cut it out of an address */
export const POSTCODE_NOTE_RE = /[（(]?\s*邮\s?编\s?[：:]?\s?\d{6}\s*[）)]?/;

/** words that make the key of a `key：value` line a field, not an organisation */
const FIELD_WORDS = /联系|电话|传真|邮箱|地址|邮编/;
export function holdsFieldWord(s: string): boolean {
  return FIELD_WORDS.test(s);
}

/** what an address is made of: roads, numbers, buildings, places */
const ADDRESS_PART = /[路街号道巷楼厦区市县镇村室层座栋院园]/;
/** the parts that make an office line's value an address: roads, numbers and places */
const PLACE_PART = /[路街号道巷楼厦区市县镇村]/;
export function holdsAddressPart(s: string): boolean {
  return ADDRESS_PART.test(s);
}
export function holdsPlacePart(s: string): boolean {
  return PLACE_PART.test(s);
}

/** an organisation written as one word next to a contact's name: 省商务厅 */
const CONTACT_ORGANISATION = new RegExp(`^[${HAN_CLASS}（）()]{2,30}${organisationEndingPattern('contact')}$`);
export function isContactOrganisation(word: string): boolean {
  return CONTACT_ORGANISATION.test(word);
}

/**
 * The quick pre-filter, two global patterns: every line the contact tokenizer can find a
 * piece in (names aside) matches one. A phone has a run of five digits; otherwise there is
 * an e-mail (@), a 联系人, a postcode or a field label with its colon (电视电话会议 is none).
 * Years and amounts (2025年, 1000万元) fail both. The digits are spelled out (not \d{5}): the search then skips ahead five
 * characters at a time, and two separate searches cost less than one over both.
 */
export const MAY_HOLD_CONTACT_NUMBER = /\d\d\d\d\d/g;
/**
 * the marks of the pre-filter that need no colon: an e-mail's @, a 联系人, a postcode's 邮编
 * (pattern sources, each opening with a literal character: CONTACT_MARK_FIRST reads it)
 */
const CONTACT_MARKS = ['@', CONTACT_PERSON_LABEL, '邮\\s?编'];
const CONTACT_MARK = CONTACT_MARKS.join('|');
/** each field label as the pre-filter looks for it (see labelCore) */
const LABEL_CORES = `(?:${[...new Set(ALL_LABELS.map(labelCore))].join('|')})`;
export const MAY_HOLD_CONTACT_FIELD = new RegExp(`${CONTACT_MARK}|${LABEL_CORES}\\s*[：:]`, 'g');

/**
 * MAY_HOLD_CONTACT_FIELD asked where the text shows its pieces, instead of a search of
 * every character with a pattern of many alternatives: a mark starts at one of the
 * characters below (their offsets are found with one indexOf search each), and a field
 * label stands right before a colon. Together they find the very offsets the pattern does.
 */
export const CONTACT_MARK_FIRST = CONTACT_MARKS.map((m) => m[0]);
const CONTACT_MARK_AT = new RegExp(CONTACT_MARK, 'y');
/** whether a mark (@, 联系人, 邮编) starts at offset `at` of the text */
export function contactMarkAt(text: string, at: number): boolean {
  CONTACT_MARK_AT.lastIndex = at;
  return CONTACT_MARK_AT.test(text);
}

/** the last character of every label, in either case: most colons follow none of them */
const CONTACT_LABEL_LAST = charTable(
  ALL_LABELS.flatMap((w) => [w[w.length - 1].toLowerCase(), w[w.length - 1].toUpperCase()]),
);
const LABEL_AT_END = new RegExp(`${LABEL_CORES}$`);
/** the most characters a label may take: its own and the blanks a spaced one holds */
const LABEL_SPAN = Math.max(...ALL_LABELS.map((w) => w.length)) + 2;

/**
 * Where the field label that the colon at offset `colon` closes begins (blanks may stand
 * between them), or -1 when no label stands before it.
 */
export function fieldLabelBefore(text: string, colon: number): number {
  const j = skipBackWhile(text, colon, isSpaceCode) - 1;
  if (j < 0 || CONTACT_LABEL_LAST[text.charCodeAt(j)] !== 1) return -1;
  const from = Math.max(0, j + 1 - LABEL_SPAN);
  const m = LABEL_AT_END.exec(text.slice(from, j + 1));
  return m ? from + m.index : -1;
}
