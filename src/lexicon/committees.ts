/**
 * The words of committee notices: what a body is called (领导小组, 委员会, 指挥部 …), the
 * verbs that found one, the labels of its roster (组长：, 副组长：, 成员：) and which of them
 * open a roster, the duty of its office staff, and the verbs of an appointment notice
 * (任命：, 免去：) with the action each records.
 */
import { HAN_CLASS, alternatives, charTable } from './chars.js';
import { NAME } from './posts.js';

/** what a committee or working body is called, at the end of its name */
const BODY_WORDS = [
  '领导小组',
  '工作小组',
  '委员会',
  '执委会',
  '组委会',
  '筹委会',
  '指挥部',
  '工作组',
  '小组',
  '专班',
  '联席会议',
  '代表团',
  '交易团',
];
const BODY_WORD = `(?:${BODY_WORDS.join('|')})`;
/** text that ends with a body word: the committee named right before its roster */
export const ENDS_WITH_BODY = new RegExp(`${BODY_WORD}$`);
/** 成立/组建 … 领导小组: the body a sentence founds (group 1) */
export const FOUNDED_BODY = new RegExp(`(?:成立|组建|设立|调整|建立)了?([^，。；：、\\s]{2,40}?${BODY_WORD})`, 'g');
/** …领导小组成员名单 / …委员会组成人员: the body a list is of (group 1) */
export const NAMED_BODY = new RegExp(
  `([^，。；：、\\s（）]{2,40}?${BODY_WORD})(?:的)?(?:组成人员|成员名单|人员名单|成员|名单|组成)`,
  'g',
);
/** 市政府决定对…: the subject and verb of a clause, before the body it names */
export const DECIDING_CLAUSE = /^.*?(?:决定|研究|同意)(?:对|将|把)?/;

/** roster labels, longest first so 副组长 wins over 组长 */
export const ROSTER_ROLES = [
  '第一副组长',
  '第一副主任',
  '执行副组长',
  '执行副主任',
  '常务副组长',
  '常务副主任',
  '办公室副主任',
  '办公室主任',
  '副总指挥',
  '副指挥长',
  '副召集人',
  '副秘书长',
  '执行主任',
  '副组长',
  '副主任',
  '副主席',
  '副团长',
  '总指挥',
  '指挥长',
  '召集人',
  '秘书长',
  '联络员',
  '组长',
  '主任',
  '主席',
  '团长',
  '成员',
  '委员',
  '组员',
  '顾问',
];
/** the labels a roster opens with */
export const HEAD_ROLES: ReadonlySet<string> = new Set(['组长', '主任', '总指挥', '指挥长', '召集人', '主席', '团长']);
/** the last character of each roster label, by code unit: most colons follow none of them */
export const ROSTER_ROLE_LAST = charTable(ROSTER_ROLES.map((w) => w[w.length - 1]));

/** 兼任办公室主任 at the end of a clause: the office post its subject takes (group 1) */
export const OFFICE_DUTY = /(?:兼任|担任|任)((?:领导小组|工作组|指挥部|委员会)?办公室(?:常务)?副?主任)$/;

/** what an appointment records */
export type AppointmentAction = '任命' | '免去' | '批准';

/** the printed verb and the action it records */
const APPOINTMENT_VERBS: Record<string, AppointmentAction> = {
  任命: '任命',
  聘任: '任命',
  免去: '免去',
  免职: '免去',
  解聘: '免去',
  批准: '批准',
};
/** the verbs that lead straight into names (任命王勇同志为…), without a colon */
const INLINE_VERBS = ['任命', '聘任', '免去', '解聘'];

/** the action a printed verb records */
export function appointmentAction(verb: string): AppointmentAction {
  return APPOINTMENT_VERBS[verb];
}

/** any appointment verb: a text without one holds no appointment label */
export const APPOINTMENT_VERB = new RegExp(alternatives(Object.keys(APPOINTMENT_VERBS)));
/** the same, global, for the search that jumps from one verb to the next */
const APPOINTMENT_VERB_SCAN = new RegExp(APPOINTMENT_VERB.source, 'g');
/** `任命：` — a verb as a label (group 1), with its colon and the blanks after it */
export const APPOINTMENT_LABEL = new RegExp(`(${alternatives(Object.keys(APPOINTMENT_VERBS))})\\s*[：:]\\s*`);
/** 经研究，任命王勇同志为…: a verb (group 1) followed by names of 同志 */
export const INLINE_APPOINTMENT = new RegExp(
  `(${alternatives(INLINE_VERBS)})(?=${NAME}同志(?:[、，]${NAME}同志){0,9}(?:为|的|[${HAN_CLASS}]))`,
);

/**
 * Where the next appointment verb is, at or after an offset, in one text read front to
 * back: each search starts where it is asked, and an answer still ahead is given again
 * without a search, so the verbs of a file are looked for once however many documents
 * and blocks ask.
 */
export class AppointmentVerbs {
  /** the first verb at or after `from`, Infinity for none */
  private found = -1;
  private from = 0;

  constructor(private readonly text: string) {}

  /** the offset of the first verb at or after `at`, or Infinity */
  next(at: number): number {
    if (at >= this.from && at <= this.found) return this.found;
    APPOINTMENT_VERB_SCAN.lastIndex = at;
    const m = APPOINTMENT_VERB_SCAN.exec(this.text);
    APPOINTMENT_VERB_SCAN.lastIndex = 0;
    this.from = at;
    this.found = m ? m.index : Infinity;
    return this.found;
  }
}
