/**
 * How a person's post reads in a roster or an appointment: the organisation words a
 * position opens with (省…, 青海…, 中共…), the titles that stand without one (副省长), the
 * words a title ends with (…长, 主任, 书记 …), and the characters a person's name is made
 * of. The name–position splitter (parse/members/split.ts) reads these, and nothing else.
 */
import { HAN_CLASS, alternatives, lastCharTable } from './chars.js';
import { NATIONAL_BODIES } from './places.js';

/** how an organization's name, and so a position, begins */
const ORG_PREFIXES = [
  '省',
  '市',
  '青海',
  '西宁',
  '海东',
  '海北',
  '海南',
  '海西',
  '黄南',
  '果洛',
  '玉树',
  '格尔木',
  '德令哈',
  '三江源',
  '柴达木',
  '祁连',
  ...NATIONAL_BODIES,
  '团省委',
  '团市委',
  '团中央',
  '中铁',
  '中石油',
  '中石化',
  '中建',
  '人民银行',
  '自治区',
  '自治州',
  '解放军',
  '武警',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '台盟',
  '青藏',
  '兰州',
];

/** a title with no organization before it (`杨逢春副省长`) */
const BARE_TITLES = [
  '常务副省长',
  '副省长',
  '省长',
  '副秘书长',
  '秘书长',
  '副主任',
  '主任',
  '副主席',
  '主席',
  '副书记',
  '书记',
  '党组书记',
  '党组成员',
  '一级巡视员',
  '二级巡视员',
  '巡视员',
  '副市长',
  '市长',
  '副厅长',
  '厅长',
  '副局长',
  '局长',
  '副部长',
  '部长',
  '副总经理',
  '总经理',
  '董事长',
  '副院长',
  '院长',
];

/** a position's first words: an organization or a bare title, longest first */
export const POSITION_START = new RegExp(`^(?:${alternatives([...ORG_PREFIXES, ...BARE_TITLES])})`);

/** the words a title ends with */
const TITLE_ENDS = [
  '长',
  '主任',
  '主席',
  '书记',
  '巡视员',
  '调研员',
  '委员',
  '成员',
  '经理',
  '总监',
  '编辑',
  '专员',
  '参事',
  '顾问',
  '秘书',
  '助理',
  '政委',
  '司令员',
  '馆员',
];
/** text that ends with a title word */
export const TITLE_END = new RegExp(`(?:${TITLE_ENDS.join('|')})$`);
const TITLE_LAST = lastCharTable(TITLE_ENDS);
/**
 * Whether a title word ends right before offset `j` of s, read no further back than
 * `from` (TITLE_END asked of `s.slice(max(from, j - 4), j)`): the character before j is
 * looked at first, so most offsets of a run cost no copy and no search.
 */
export function titleEndsAt(s: string, from: number, j: number): boolean {
  if (j <= from || TITLE_LAST[s.charCodeAt(j - 1)] !== 1) return false;
  return TITLE_END.test(s.slice(Math.max(from, j - 4), j));
}

/** after a title, these continue the same position (、副厅长, 长江…, 主任科员) */
export const CONTINUES_POSITION = /^[、，,；（(兼会办室处科助级长员委]/;

/** a title that closes a position before 、 or ， in a run of units (…局长、) */
export const TITLE_BEFORE_LIST = /(长|主任|书记|巡视员)[、，]/;

/** the characters of a person's name, as a class body: Han, or the middle dot of a transcribed name */
export const NAME_CLASS = `${HAN_CLASS}·`;
/** one character of a person's name */
export const NAME_CHAR = `[${NAME_CLASS}]`;
/** a name of 2–10 such characters, as a pattern body */
export const NAME = `${NAME_CHAR}{2,10}`;
/** text made of name characters only */
export const NAME_CHARS_ONLY = new RegExp(`^${NAME_CHAR}+$`);
