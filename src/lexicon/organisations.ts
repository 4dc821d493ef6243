/**
 * How the name of an organisation ends (厅, 局, 委员会, 中心, 公司 …): one list of endings.
 * Each reading that asks "does this end like an organisation" uses part of the list, and
 * the parts differ — a bare place (区, 县) ends a unit in a printed list but not a name
 * strict enough to open a duty sentence; a signature is an organ (政府, 厅), not a company.
 * The column of uses says, per ending, which readings accept it; what each reading accepts
 * today was kept exactly (narrowing or widening a use changes output on the seeds).
 */
import { alternation, escapeRegExp, lastCharTable } from './chars.js';

export type OrganisationUse =
  /** an item of a unit list (isUnitName) */
  | 'unit'
  /** a name on its own, strict enough to open a duty sentence (isStrictUnitName) */
  | 'strict'
  /** a space after this ending may separate two units in a list */
  | 'list-space'
  /** the units of an activity's organizing sentence */
  | 'organizer'
  /** an issuing organ in a document's header */
  | 'issuer'
  /** an organ signing a document (the signature run into a paragraph) */
  | 'signature'
  /** the organisation in brackets after a contact person */
  | 'contact';

/** every reading, in the order of the type */
export const ORGANISATION_USES: readonly OrganisationUse[] = [
  'unit',
  'strict',
  'list-space',
  'organizer',
  'issuer',
  'signature',
  'contact',
];
const ALL = [...ORGANISATION_USES];
const but = (...not: OrganisationUse[]) => ALL.filter((u) => !not.includes(u));

/** every ending, with the readings that accept it */
const ENDINGS: Array<[string, OrganisationUse[]]> = [
  // organs of government
  ['厅', ALL],
  ['局', ALL],
  ['部', ALL],
  ['委', but('signature')],
  ['院', but('signature')],
  ['办', but('issuer', 'signature')],
  ['府', ['unit', 'strict', 'list-space', 'organizer', 'contact']],
  ['署', but('signature', 'contact')],
  ['政府', ['unit', 'strict', 'list-space', 'issuer', 'signature']],
  ['人民政府', ['issuer', 'signature']],
  ['办公厅', ['issuer', 'signature']],
  ['办公室', ['unit', 'strict', 'issuer', 'signature']],
  ['委员会', ['unit', 'strict', 'issuer', 'signature']],
  ['管委会', ['unit', 'strict', 'issuer']],
  ['工委', ['unit', 'strict']],
  ['指挥部', ['unit', 'strict']],
  ['海关', ['strict']],
  ['关', ['unit', 'list-space']],
  // offices and services
  ['室', ['unit', 'list-space', 'organizer', 'contact']],
  ['处', ['unit', 'list-space', 'organizer', 'contact']],
  ['中心', ['unit', 'strict', 'organizer', 'issuer', 'contact']],
  ['心', ['list-space']],
  ['所', ['unit', 'list-space', 'organizer']],
  ['站', ['unit', 'list-space', 'organizer']],
  ['队', ['unit', 'list-space', 'organizer']],
  ['总队', ['strict']],
  ['支队', ['strict']],
  ['组', ['unit', 'list-space', 'organizer']],
  ['台', ['unit', 'list-space', 'organizer']],
  ['电视台', ['strict']],
  ['电台', ['strict']],
  ['社', ['unit', 'list-space', 'organizer']],
  ['联社', ['strict']],
  ['日报社', ['strict']],
  // associations
  ['会', ['list-space', 'organizer', 'issuer', 'contact']],
  ['商会', ['unit', 'strict']],
  ['协会', ['unit', 'strict']],
  ['学会', ['unit']],
  ['联合会', ['unit', 'strict']],
  ['促进会', ['unit']],
  ['贸促会', ['unit', 'strict']],
  ['工商联', ['unit', 'strict']],
  ['联', ['unit', 'list-space', 'organizer']],
  ['协', ['unit', 'list-space']],
  // enterprises
  ['司', ['unit', 'strict', 'list-space', 'organizer', 'contact']],
  ['公司', ['unit', 'strict', 'organizer', 'issuer', 'contact']],
  ['集团', ['unit', 'strict', 'organizer', 'issuer', 'contact']],
  ['团', ['unit', 'list-space', 'organizer']],
  ['行', ['unit', 'list-space', 'organizer']],
  ['银行', ['strict', 'contact']],
  ['企业', ['unit', 'list-space', 'organizer']],
  // schools, hospitals, venues
  ['校', ['list-space', 'organizer']],
  ['学校', ['contact']],
  ['大学', ['contact']],
  ['医院', ['contact']],
  ['馆', ['list-space']],
  ['园', ['list-space']],
  ['宫', ['list-space']],
  ['场', ['list-space']],
  ['军', ['list-space']],
  // collective names
  ['单位', ['unit', 'strict', 'list-space', 'organizer']],
  ['部门', ['unit', 'strict']],
  ['机构', ['unit', 'strict', 'list-space', 'organizer']],
  // places: a 区 or 县 is a unit in a list of units
  ['园区', ['unit']],
  ['开发区', ['unit']],
  ['试验区', ['unit']],
  ['区', ['unit', 'list-space']],
  ['县', ['unit', 'list-space']],
  ['市', ['unit', 'list-space']],
  ['州', ['unit', 'list-space']],
  // a name closed by its bracketed alias: 省发展改革委（省能源局）
  ['）', ['list-space', 'organizer']],
  [')', ['list-space']],
];

/**
 * the organs a title may name as its issuer before 关于 (某某厅关于…的通知): the organs of
 * government only, a narrower list than the issuer endings (a 中心 or 公司 opening a title
 * is more often its subject than its issuer)
 */
export const TITLE_OPENING_ORGANS = ['人民政府', '办公厅', '办公室', '委员会', '部', '厅', '局'];
const TITLE_OPENING = new RegExp(`^(.{3,40}?${alternation(TITLE_OPENING_ORGANS)})关于`);

/** the organ (or organs, apart by spaces) a title opens with before 关于, or null */
export function organOpeningTitle(title: string): string | null {
  return TITLE_OPENING.exec(title)?.[1] ?? null;
}

/** a collective category of units rather than units: 相关部门, 各成员单位, 其他有关单位 */
const UNIT_CATEGORY = /^(相关|有关|其他|其它|各)[\u4e00-\u9fff]{0,8}(部门|单位)$/;
export function isUnitCategory(name: string): boolean {
  return UNIT_CATEGORY.test(name);
}

/** the endings one reading accepts */
export function organisationEndings(use: OrganisationUse): string[] {
  return ENDINGS.filter(([, uses]) => uses.includes(use)).map(([e]) => e);
}

/** per use, the endings by their last code unit: a name is checked against a few at most */
const BY_LAST = new Map<OrganisationUse, Map<number, string[]>>();
for (const use of ALL) {
  const byLast = new Map<number, string[]>();
  for (const e of organisationEndings(use)) {
    const c = e.charCodeAt(e.length - 1);
    byLast.set(c, [...(byLast.get(c) ?? []), e]);
  }
  BY_LAST.set(use, byLast);
}

/** does the name end like an organisation, for the given reading */
export function endsLikeOrganisation(name: string, use: OrganisationUse): boolean {
  if (!name.length) return false;
  const endings = BY_LAST.get(use)!.get(name.charCodeAt(name.length - 1));
  if (!endings) return false;
  for (const e of endings) if (name.endsWith(e)) return true;
  return false;
}

/** the endings of a use as a regular-expression group, to build patterns that hold a name */
export function organisationEndingPattern(use: OrganisationUse): string {
  return alternation(organisationEndings(use));
}

/**
 * The last characters of a use's endings, by code unit: a quick pre-filter derived from the
 * list (only where one of these stands can a name of that kind end).
 */
export function organisationLastChars(use: OrganisationUse): Uint8Array {
  return lastCharTable(organisationEndings(use));
}

/** the same characters as a one-character class: does a text hold any of them */
export function organisationLastCharPattern(use: OrganisationUse): RegExp {
  const chars = new Set(organisationEndings(use).map((e) => e[e.length - 1]));
  return new RegExp(`[${[...chars].map(escapeRegExp).join('')}]`);
}
