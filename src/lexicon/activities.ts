/**
 * The words of activities: the labelled fields of a programme item, what names a programme,
 * an exhibition, a stage of a schedule, a meeting notice and a chronicle, and the verbs of
 * what happens at a gathering. The readers in parse/activities/ build nothing from literal
 * words; they ask these lists and the patterns made from them.
 */
import { alternatives, HAN_CLASS, lastCharTable } from './chars.js';
import { CN_SMALL } from './numerals.js';

/** labels of a programme item's time */
export const TIME_FIELDS = ['时间', '日期'];
/** labels of its place */
export const PLACE_FIELDS = ['地点', '地址', '会址'];
/** labels of its route */
export const ROUTE_FIELDS = ['路线', '线路'];
/** labels of the people it is for or led by (names, not units) */
export const PEOPLE_FIELDS = [
  '参加人员',
  '参会人员',
  '出席人员',
  '参加对象',
  '参会对象',
  '参加范围',
  '出席领导',
  '邀请嘉宾',
  '主持人',
  '主持',
];
/** the labels that make a numbered item a programme item rather than a task (the task reader leaves it) */
export const ACTIVITY_ITEM_FIELDS = ['时间', '地点', '路线'];
/** the last character of each of ACTIVITY_ITEM_FIELDS, by char code */
const ACTIVITY_ITEM_FIELD_LAST = lastCharTable(ACTIVITY_ITEM_FIELDS);
/**
 * Whether the character just before the colon at offset `colon` ends one of
 * ACTIVITY_ITEM_FIELDS (时间：, 地点：): a quick test, so that a text whose colons close no
 * such field is never searched for one.
 */
export const activityFieldBefore = (text: string, colon: number): boolean =>
  colon > 0 && ACTIVITY_ITEM_FIELD_LAST[text.charCodeAt(colon - 1)] === 1;
/** every labelled field of a programme item, in the order documents print them */
export const EVENT_FIELDS = [...TIME_FIELDS, ...PLACE_FIELDS, ...ROUTE_FIELDS, ...PEOPLE_FIELDS];

const group = (words: readonly string[]) => `(?:${alternatives(words)})`;

/** a time, place or route label with its colon (时间：, 地点 ：): an item giving any is a programme item */
export const WHEN_WHERE_FIELD = new RegExp(
  `(${alternatives([...TIME_FIELDS, ...PLACE_FIELDS, ...ROUTE_FIELDS])})\\s*：`,
);
/** a time label with its colon, global (several make a programme, read item by item) */
export const TIME_FIELD_G = new RegExp(`${group(TIME_FIELDS)}\\s*：`, 'g');
export const isTimeField = (label: string): boolean => TIME_FIELDS.includes(label);
export const isPlaceField = (label: string): boolean => PLACE_FIELDS.includes(label);
export const isRouteField = (label: string): boolean => ROUTE_FIELDS.includes(label);

/** the words whose labels a section is counted by (a programme gives times and places) */
export const PROGRAMME_TIME_WORD = '时间';
export const PROGRAMME_PLACE_WORD = '地点';

/** a section heading naming a programme */
export const PROGRAMME_TITLE = /活动|日程|议程|流程|会议安排/;

/** a top-level heading giving when and where the whole event of a plan takes place: 三、时间、地点 */
export const WHEN_WHERE_TITLE = new RegExp(
  `^(会议|活动|展会|大会|举办|召开)?(${alternatives(TIME_FIELDS)})[、，和及与]?(地点)?$`,
);
/** WHEN_WHERE_TITLE needs 时间 or 日期: a title without 时 or 日 is not tried */
export const mayNameWhenWhere = (title: string): boolean => title.includes('时') || title.includes('日');

/** the last line of a plan's title block, and the words before 方案 that are not its name */
export const PLAN_TITLE_END = /方案$/;
export const PLAN_TITLE_TAIL = /(总体|工作|实施|活动)?方案$/;
/** marks a plan's title holds none of */
export const PLAN_TITLE_BREAKS = /[。；：]/;

/** a section heading naming an exhibition */
export const EXHIBITION_TITLE = /展览|展示|展区|展馆|布展/;
/** what a hall is called: 展馆, 馆, 展厅 */
const HALL_WORD = '(?:展馆|馆|展厅)';
const HALL_NAME = `[A-Z0-9${CN_SMALL}]{1,3}号?${HALL_WORD}`;
/** an exhibition hall heading: A馆（国内国际馆）：, 1号馆：, 主展馆： (its name, then its theme in brackets) */
export const HALL_HEADING = new RegExp(`^(${HALL_NAME})(?:（([^（）]{1,40})）)?：`);
const HALL_AT = new RegExp(HALL_NAME, 'y');
/** whether a hall's name (with or without its colon) stands at offset `at` of the text: a line of a joined passage opening with one */
export function hallNameAt(text: string, at: number): boolean {
  HALL_AT.lastIndex = at;
  return HALL_AT.test(text);
}
/** the label word that gives a zone's hosts (承办单位：) */
export const HOSTS_WORD = '承办单位';

/** the word a stage of a schedule is named by */
export const STAGE_WORD = '阶段';
/** a stage marker opening a line: 第一阶段：, 第2阶段， */
export const STAGE_MARKER = new RegExp(`^\\s*第\\s*([${CN_SMALL}]{1,3}|\\d{1,2})\\s*${STAGE_WORD}\\s*[：:，,]?\\s*`);

/** what a notice's title says it announces: 关于召开X的通知 → X; 关于印发X活动方案的通知 → X活动 */
export const GATHERING_TITLE = /关于(?:组织)?(?:召开|举办|举行|开展)(.{2,60}?)的(?:通知|函)$/;
export const PLAN_NOTICE_TITLE = /关于印发(.{2,60}?(?:活动|会议|论坛|培训班|大会|赛事|展览))(?:工作|实施)?方案的通知$/;

/** what kind of gathering a field label is about (会议时间, 培训地点 …) */
const GATHERING_PREFIX = '(?:会议|活动|举办|培训|报到)?';
/** a labelled time, place or participants field of a meeting notice, or a heading naming one */
export const MEETING_TIME_LABEL = new RegExp(`^${GATHERING_PREFIX}时间(?:安排)?$`);
export const MEETING_PLACE_LABEL = new RegExp(`^${GATHERING_PREFIX}地点$`);
export const MEETING_WHO_LABEL = /^(?:参会|参加|出席|与会|参训|培训)(?:人员|对象|范围)$/;

/** an optional numbering marker before a label: 一、, （二）, 3. */
const LABEL_NUMBER = `[（(]?[${CN_SMALL}\\d]{1,3}[)）、.．]\\s*`;
/** a sentence opening with a short label and its value: 会议时间：…, 二、会议地点：… */
export const LABELLED_SENTENCE = new RegExp(`^\\s*(?:${LABEL_NUMBER})?([${HAN_CLASS}]{2,6})\\s*[：:]\\s*(.*)$`);
/** a heading that is only a label: 二、会议地点 */
export const LABEL_HEADING = new RegExp(`^\\s*(?:${LABEL_NUMBER})([${HAN_CLASS}]{2,6})\\s*$`);

/** what a dated sentence says happens: the verb after the time and place */
export const HAPPENS = /(报到|签到|集合|开幕|闭幕|召开|举行|举办|开班|结业|开始)/;
/** the place in a sentence: 在省政府第一会议室开幕 */
export const PLACE_IN_SENTENCE = /在(.{2,30}?)(?:开幕|闭幕|召开|举行|举办|报到|签到|集合|开班)/;
/** the word before a time that only joins it to its subject: 参会人员于3月14日 */
export const TIME_LEAD_IN = /[于在]$/;

/** a chronicle's title word and the month it may name: 8月份大事记 */
export const CHRONICLE_WORD = '大事记';
export const CHRONICLE_MONTH = new RegExp(`([0-9]{1,2}|[${CN_SMALL}]{1,3})月份?${CHRONICLE_WORD}`);

/** the tail that joins an organizing verb to its units: 等有关单位共同 */
export const UNITS_TAIL = /(等)?(有关|相关)?(单位|部门|企业|机构)?(共同|具体|分别)?$/;
