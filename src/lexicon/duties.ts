/**
 * The words of duties: what a unit is told to do (负责, 做好, 组织 …), the verbs that open a
 * phrase (so the phrase is a duty rather than a name), the labels over a list of duties,
 * and the endings of work bodies (项目部, 监测预警组, 综合协调专班). The task reader asks
 * the predicates below; the patterns are built here from the lists, never spelled twice.
 */
import { HAN_CLASS, escapeRegExp, lastCharTable } from './chars.js';

/** `(?:a|b|c)` in the order given (a lazy name before it must see the endings in this order) */
const group = (words: readonly string[]) => `(?:${words.map(escapeRegExp).join('|')})`;

/**
 * Verbs that open a duty right after the unit doing it (`省公安厅负责…`, `西宁海关做好…`).
 * Every verb is at most two characters: a subject's end is found by trying each place.
 */
export const DUTY_VERBS: readonly string[] = [
  ...['负责', '根据', '做好', '组织', '牵头', '配合', '协助', '指导', '承担', '会同', '重点', '按照', '加强'],
  ...['开展', '提供', '督促', '落实', '完成', '推进', '制定', '建立', '协调', '审核', '统筹', '抓好', '依法'],
  ...['要', '通过', '结合', '及时', '积极', '切实', '主动', '共同', '分别', '具体', '联合', '参与', '研究'],
  ...['做', '抓', '督导', '组建', '成立', '编制', '牵', '对', '在', '与', '向', '将', '为'],
];

/** a duty verb read at a given index (set `lastIndex`, then `test`) */
export function dutyVerbAt(): RegExp {
  return new RegExp(group(DUTY_VERBS), 'y');
}

/** words of a duty: a `unit：` line without one is an address or a contact, not a duty */
export const DUTY_WORDS: readonly string[] = [
  ...['负责', '组织', '指导', '协调', '配合', '协助', '承担', '做好', '督促', '落实', '开展', '制定'],
  ...['保障', '监督', '牵头', '会同', '提供', '宣传', '审核', '统筹', '发布', '管理', '处置'],
];
const DUTY_WORD = new RegExp(group(DUTY_WORDS));

/** does the text name a duty anywhere */
export function holdsDutyWord(text: string): boolean {
  return DUTY_WORD.test(text);
}

/** the verbs with which a unit opening an item takes the item on: `省甲厅负责…`, `A牵头`, `A会同B` */
export const TAKING_VERBS: readonly string[] = ['负责', '牵头', '会同'];
const TAKING_ANYWHERE = new RegExp(group(TAKING_VERBS));
const TAKING_START = new RegExp(`^${group(TAKING_VERBS)}`);

/** does the text hold a taking verb anywhere (the quick test before a subject is looked for) */
export function holdsTakingVerb(text: string): boolean {
  return TAKING_ANYWHERE.test(text);
}

/** does the text open with a taking verb */
export function opensWithTakingVerb(text: string): boolean {
  return TAKING_START.test(text);
}

/** what may close a list of subject units: 等, 等单位, 等有关部门, 等成员单位 */
export const SUBJECT_TAIL = /^等(有关|相关)?(单位|部门|成员单位)?/;

/**
 * Verbs that open a phrase: such a phrase is a duty, not a name (完善…集团, 组织各交易分团).
 * text/units asks it for every name it weighs.
 */
export const PHRASE_OPENING_VERBS: readonly string[] = [
  ...['实行', '严格', '切实', '全面', '持续', '坚持', '着力', '加大', '组织', '负责', '做好', '加强', '加快'],
  ...['开展', '推进', '推动', '落实', '建立', '健全', '完善', '制定', '实施', '指导', '督促', '协调', '统筹'],
  ...['抓好', '积极', '充分', '进一步', '及时', '确保', '统一', '提升', '提高', '优化', '深化', '强化', '促进'],
  ...['支持', '鼓励', '引导', '规范', '打造', '构建', '建设', '培育', '发展', '围绕', '按照', '根据', '通过'],
  '依托',
];
export const PHRASE_OPENING_VERB = new RegExp(`^${group(PHRASE_OPENING_VERBS)}`);

/** labels over an item's list of duties: 主要职责：, 工作任务： */
export const DUTY_LABELS: readonly string[] = ['主要职责', '工作职责', '职责', '主要任务', '工作任务'];
const DUTY_LABEL = new RegExp(`^${group(DUTY_LABELS)}[：:]`);

/** does the paragraph open with a duty label and its colon */
export function opensWithDutyLabel(text: string): boolean {
  return DUTY_LABEL.test(text);
}

/** endings of a work body named as a heading: 项目部, 办公室, 监测预警组, 综合协调专班 */
export const WORK_BODY_ENDINGS: readonly string[] = ['部', '室', '组', '处', '中心', '专班', '小组'];
/** a work body's name: up to 14 Han characters or quotes, then its ending */
const WORK_BODY_NAME = new RegExp(`^[${HAN_CLASS}“”]{1,14}${group(WORK_BODY_ENDINGS)}$`);
/** the longest name WORK_BODY_NAME can match: 14 characters and the longest ending */
const WORK_BODY_NAME_MAX = 14 + Math.max(...WORK_BODY_ENDINGS.map((e) => e.length));
/** the last character of each ending: most titles end with none of them */
const WORK_BODY_LAST = lastCharTable(WORK_BODY_ENDINGS);

/** is the heading's title the name of a work body */
export function isWorkBodyName(title: string): boolean {
  return (
    title.length <= WORK_BODY_NAME_MAX &&
    WORK_BODY_LAST[title.charCodeAt(title.length - 1)] === 1 &&
    WORK_BODY_NAME.test(title)
  );
}

/** endings of a group made of units: 监测预警组, 工作专班, 指挥部 */
export const UNIT_GROUP_ENDINGS: readonly string[] = ['组', '小组', '专班', '工作组', '指挥部'];

/**
 * A group made `由` its units: `监测预警组由A、B组成，负责…`, `专家咨询组由A牵头聘请…`,
 * `综合组：由A牵头，B、C参加`. Groups: the name, the units' passage, the word after it.
 */
export const UNIT_GROUP = new RegExp(
  `^([${HAN_CLASS}]{2,16}?${group(UNIT_GROUP_ENDINGS)})[：:]?\\s*由(.{2,300}?)(组成|牵头|负责)`,
);
