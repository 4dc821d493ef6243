import type { TaskRecord } from '../schema/index.js';
import { splitList } from './lists.js';
import { ROUND_BRACKETS, walkDepth } from '../lexicon/brackets.js';
import { endsLikeOrganisation, isUnitCategory, organisationLastCharPattern } from '../lexicon/organisations.js';
import { isRoleFieldWord } from '../lexicon/roles.js';
import { PHRASE_OPENING_VERB } from '../lexicon/duties.js';

/**
 * Recognizing, splitting and comparing the names of government units (单位/部门) as
 * Chinese official documents print them. Records keep names as printed; the comparable
 * form is only for matching (a user's `--unit` filter).
 */

const endsLikeUnit = (t: string) => endsLikeOrganisation(t, 'unit');
const endsLikeStrictUnit = (t: string) => endsLikeOrganisation(t, 'strict');
/** a character a strict name can end with: every item of a list split from a text is a piece of it */
const STRICT_ENDING_ANYWHERE = organisationLastCharPattern('strict');

/** a verb that opens a phrase: such a phrase is a duty, not a name (完善…集团, 组织各交易分团) */
const VERB_START = PHRASE_OPENING_VERB;

/**
 * 办 ends a unit's short name (省外事办) only after a noun: after a verb it is the verb's
 * second half (督办 supervise, 承办 undertake), and the phrase is a duty, not a unit.
 */
const VERB_BAN = /(督办|承办|协办|主办|举办|创办|开办|兴办|代办|查办|交办|包办|转办|领办)$/;

/**
 * Does the text open with a verb? Then no item split from its start is a strict unit
 * name, which lets callers skip splitting it at all.
 */
export function opensWithVerb(s: string): boolean {
  return VERB_START.test(s);
}

/** a list item that reads as a unit's name */
export function isUnitName(s: string): boolean {
  const t = bare(s);
  // the ending first: the cheapest test, and the one most words fail
  if (t.length < 2 || t.length > 40 || !endsLikeUnit(t)) return false;
  if (VERB_START.test(t) || VERB_BAN.test(t) || /(设在|设于|担任|兼任|负责|组成|作为|成立|(?<!自)由)/.test(t))
    return false;
  return !/[。；：:“”《》？！]/.test(t);
}

/**
 * A name that is an organization on its own, strictly enough to start a duty sentence
 * (`省教育厅：负责…`, `（二）省教育厅。组织…`): not a place, not a field label, no verbs.
 */
export function isStrictUnitName(s: string): boolean {
  return isStrictBare(bare(s));
}

/** isStrictUnitName of a name already bare */
function isStrictBare(t: string): boolean {
  if (t.length < 3 || t.length > 30 || !endsLikeStrictUnit(t)) return false;
  if (/[。；：:“”《》？！，、\s]/.test(t)) return false;
  if (isRoleFieldWord(t) || VERB_BAN.test(t)) return false;
  return !(/^(以上|上述|本|该|其|这些|其他|其它)/.test(t) || VERB_START.test(t));
}

/** a list of strict unit names (`省工业和信息化厅、省国资委`), or a collective category (`相关服务部门`) */
export function isUnitListTitle(s: string): boolean {
  // the first item would open with the verb, and a category opens with 相关/各…
  if (VERB_START.test(s)) return false;
  // a category ends in 部门/单位 and a strict name in one of STRICT_LAST: most titles hold neither
  if (!STRICT_ENDING_ANYWHERE.test(s)) return false;
  const items = splitUnits(s);
  if (!items.length) return false;
  const t = HAS_SPACE.test(s) ? s.replace(/\s+/g, '') : s;
  if (isUnitCategory(t)) return true;
  // 工作机构, 参展单位, 职能部门: a kind of body, not a body
  return items.every((i) => {
    const b = bare(i);
    return isStrictBare(b) && !/(机构|单位|部门)$/.test(b);
  });
}

/** the name without a trailing bracketed alias: 省发展改革委（省能源局） → 省发展改革委 */
function bare(s: string): string {
  const t = HAS_SPACE.test(s) ? s.replace(/\s+/g, '') : s;
  // the alias must close the name: skip the search when it does not end in a bracket
  const last = t.charCodeAt(t.length - 1);
  return last === 0xff09 || last === 0x29 ? t.replace(/[（(][^（）()]*[）)]$/, '') : t;
}
const HAS_SPACE = /\s/;

/**
 * Split a printed unit list (SPEC rules via splitList), then also split on 及 where
 * both sides are units (`相关市州政府及省疫情防控处置工作指挥部各成员单位`).
 */
export function splitUnits(s: string | null | undefined): string[] {
  if (!s) return [];
  if (!s.includes('及')) return splitList(s, 'units');
  const out: string[] = [];
  for (const item of splitList(s, 'units')) {
    const parts = splitOnJi(item);
    for (const p of parts) if (p) out.push(p);
  }
  return out;
}

function splitOnJi(item: string): string[] {
  let depth = 0;
  let walked = 0;
  for (let at = item.indexOf('及'); at >= 0; at = item.indexOf('及', at + 1)) {
    depth = walkDepth(item, ROUND_BRACKETS, walked, at, depth);
    walked = at;
    if (depth !== 0) continue;
    const a = item.slice(0, at).trim();
    const b = item.slice(at + 1).trim();
    if (isUnitName(a) && isUnitName(b)) return [a, ...splitOnJi(b)];
  }
  return [item];
}

/**
 * The units at the end of a clause: `充分发挥各自渠道优势，省外事办、省贸促会` → the two
 * units. Leading connectives (由、与、同、会同) are dropped.
 */
export function trailingUnits(clause: string): string[] {
  const items = splitUnits(clause.replace(/^[\s，、；。]*(由|与|同|会同|并由|并)/, ''));
  const run: string[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i].replace(/^(由|与|同|会同|并由|并|及)/, '');
    if (!isUnitName(it)) break;
    run.unshift(it);
  }
  return run;
}

/**
 * A unit's name in a comparable form: 青海省发展和改革委员会, 青海省发展改革委 and
 * 省发展改革委 are one unit when a user filters, though each record keeps the name as printed.
 */
export function normalizeUnit(name: string): string {
  let t = name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, (c) => (c === '(' || c === '（' ? '（' : '）'));
  t = t
    .replace(/^中共青海省委/, '省委')
    .replace(/^青海省(?=.)/, '省')
    .replace(/^青海(?=省)/, '');
  t = t
    .replace(/人民政府/g, '政府')
    .replace(/委员会$/, '委')
    .replace(/办公室$/, '办');
  // 住房和城乡建设厅 / 住房城乡建设厅, 发展和改革 / 发展改革: the 和 of a full name is dropped in short forms
  t = t.replace(/和/g, '');
  return t;
}

/** every comparable name a printed unit answers to: itself and a bracketed alias (省发展改革委（省能源局）) */
export function unitKeys(name: string): string[] {
  const keys = [normalizeUnit(name)];
  const m = /^(.+?)[（(]([^（）()]+)[）)]$/.exec(name.replace(/\s+/g, ''));
  if (m && isUnitName(m[2])) keys.push(normalizeUnit(m[1]), normalizeUnit(m[2]));
  return keys;
}

/** does a printed unit match what the user asked for */
export function unitMatches(printed: string, wanted: string): boolean {
  const want = normalizeUnit(wanted);
  const wantShort = want.replace(/^省/, '');
  return unitKeys(printed).some((k) => k === want || (k.replace(/^省/, '') === wantShort && wantShort.length >= 2));
}

/** the tasks in which `unit` appears in any role */
export function filterByUnit(tasks: TaskRecord[], unit: string): TaskRecord[] {
  return tasks.filter((t) =>
    [...t.lead, ...t.responsible, ...t.guidance, ...t.cooperating].some((u) => unitMatches(u, unit)),
  );
}
