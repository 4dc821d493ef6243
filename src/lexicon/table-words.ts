/**
 * The words table headers use: what a column of each kind of table is called (signed
 * projects, task tables, schedules, rosters), and the words that make a table a budget,
 * statistics or assessment table. The table classifier (segment/table-kind.ts) and the
 * readers' column maps (segment/table-columns.ts) read the patterns built here, so a table
 * the classifier gives a reader is one whose columns the reader knows.
 *
 * Header cells arrive folded by `headerKey` (no spaces, ASCII brackets, NFKC).
 */
import { alternation, alternatives } from './chars.js';

/** a cell holding one of the words */
const holding = (words: readonly string[]) => new RegExp(alternatives(words));
/** a cell that is one of the words */
const exactly = (words: readonly string[]) => new RegExp(`^${alternation(words)}$`);
/** a cell opening with one of the words */
const opening = (words: readonly string[]) => new RegExp(`^${alternation(words)}`);
/** a cell made of one word of each list in turn: 牵头 + 单位 */
const joined = (...parts: ReadonlyArray<readonly string[]>) => parts.map(alternation).join('');

// ---- signed projects (签约项目) ----

export const SEQ_WORDS = ['序号', '编号', '序'];
export const SEQ_COLUMN = exactly(SEQ_WORDS);

/** a project's name: a cell holding 项目名称, or one that is only 项目 or 签约项目 */
export const PROJECT_NAME_WORDS = ['项目名称'];
export const PROJECT_NAME_ALONE = ['项目', '签约项目'];
export const PROJECT_NAME_COLUMN = new RegExp(
  `${alternatives(PROJECT_NAME_WORDS)}|^${alternation(PROJECT_NAME_ALONE)}$`,
);

/** the two sides of a signing: 甲方/乙方, 签约方, 签约单位, 合作方 */
export const PARTY_WORDS = ['甲方', '乙方', '签约方', '签约单位', '签约主体', '签约企业', '合作方'];
export const PARTY_COLUMN = holding(PARTY_WORDS);
/** an investment, as a signing states it (a budget or a plain 金额 is not one) */
export const INVESTMENT_WORDS = ['投资', '签约金额', '合同金额', '协议金额'];
export const INVESTMENT_COLUMN = holding(INVESTMENT_WORDS);
/** any column of money */
export const MONEY_WORDS = ['金额', '资金', '投资', '预算', '经费', '万元', '亿元'];
export const MONEY_COLUMN = holding(MONEY_WORDS);
/** a signing named in the title or a header cell */
export const SIGNING_WORDS = ['签约', '签订'];
export const SIGNING = holding(SIGNING_WORDS);

export type ProjectField =
  'seq' | 'name' | 'partyA' | 'partyB' | 'investment' | 'fundingSources' | 'leaders' | 'persons' | 'unit';

/** the fields of a signed-project row by their header words, tried in this order (资金来源 before 投资/金额) */
export const PROJECT_FIELD_COLUMNS: ReadonlyArray<[ProjectField, RegExp]> = [
  ['seq', SEQ_COLUMN],
  ['name', PROJECT_NAME_COLUMN],
  ['partyA', holding(['甲方'])],
  ['partyB', holding(['乙方'])],
  ['fundingSources', holding(['资金来源', '来源地'])],
  ['investment', holding(['投资', '金额'])],
  ['leaders', holding(['领导'])],
  ['persons', opening(['责任人', '联系人', '负责人'])],
  ['unit', exactly(['责任单位', '牵头单位', '责任部门', '牵头部门'])],
];

// ---- task tables ----

/** the column holding the task itself: (主要|重点 …)?(任务|内容 …)(内容|名称 …)?, or a name of its own */
const TASK_QUALIFIERS = ['主要', '重点', '具体', '工作', '目标', '年度'];
const TASK_NOUNS = ['任务', '内容', '措施', '事项'];
const TASK_NOUN_ENDS = ['内容', '措施', '名称', '描述'];
const TASK_COLUMN_NAMES = [
  '主要工作',
  '重点工作',
  '具体工作',
  '规划内容',
  '建设内容',
  '实施内容',
  '工作要求',
  '改革举措',
  '政策措施',
];
export const TASK_COLUMN = new RegExp(
  `^(?:${alternation(TASK_QUALIFIERS)}?${alternation(TASK_NOUNS)}${alternation(TASK_NOUN_ENDS)}?|${alternatives(TASK_COLUMN_NAMES)})$`,
);

/** the kinds of body a unit column names */
const UNIT_NOUNS = ['单位', '部门', '处室'];
/** the columns of units, with the role each gives the units in it: 牵头单位, 责任部门, 配合处室 … */
export const TASK_ROLE_COLUMNS: Array<[RegExp, 'lead' | 'responsible' | 'guidance' | 'cooperating']> = [
  [new RegExp(`^${joined(['牵头', '主责', '负责', '牵头责任'], UNIT_NOUNS)}$`), 'lead'],
  [new RegExp(`^${joined(['责任'], [...UNIT_NOUNS, '主体'])}$`), 'responsible'],
  [new RegExp(`^${joined(['指导'], ['单位', '部门', '司局'])}$`), 'guidance'],
  [new RegExp(`^${joined(['配合', '协办', '参与', '协助'], UNIT_NOUNS)}$`), 'cooperating'],
];
/** a task's deadline: (完成|办结)?(时限|时间|期限)(要求|安排)?, 进度安排, 时间节点 */
export const TASK_DEADLINE_COLUMN = new RegExp(
  `^(?:${alternation(['完成', '办结'])}?${alternation(['时限', '时间', '期限'])}${alternation(['要求', '安排'])}?|${alternatives(['进度安排', '时间节点'])})$`,
);
/** a column of units by role, in any table (责任单位, 承办部门 …) */
const UNIT_ROLE_WORDS = ['牵头', '主责', '负责', '责任', '指导', '配合', '协办', '参与', '协助', '主办', '承办'];
export const UNIT_COLUMN = new RegExp(joined(UNIT_ROLE_WORDS, [...UNIT_NOUNS, '主体', '司局']));
/** a column of what is to be done, even when not worded as a task column */
export const WORK_WORDS = ['内容', '任务', '措施', '事项', '工作'];
export const WORK_COLUMN = holding(WORK_WORDS);

// ---- schedules (programme tables) ----

export type ScheduleRole = 'seq' | 'time' | 'venue' | 'hosts' | 'cooperating' | 'lead' | 'participants' | 'name';

/** header words of a programme table, tried in this order (活动时间 is a time, not a name) */
export const SCHEDULE_ROLES: Array<[ScheduleRole, RegExp]> = [
  ['seq', exactly(['序号'])],
  ['time', holding(['时间', '日期'])],
  ['venue', holding(['地点', '场地', '地址', '会场'])],
  ['hosts', holding(['承办'])],
  ['cooperating', holding(['配合', '协办', '协助'])],
  ['lead', holding(['牵头', '负责', '责任', '主办'])],
  ['participants', holding(['参加', '出席', '参会', '对象', '人员'])],
  ['name', holding(['活动', '内容', '名称', '议程', '事项', '项目'])],
];
/** deadlines of a task table are not times of events */
export const DEADLINE_WORDS = holding(['完成', '时限', '期限', '截止', '进度']);
/** an event's subject: what makes a table with a time column a programme */
export const EVENT_WORDS = holding(['活动', '议程', '日程', '会议']);
/** a stage of work (阶段, 步骤) in place of a time */
export const STAGE_COLUMN = holding(['阶段', '步骤']);
/** what a schedule row holds besides its time */
export const ARRANGEMENT_COLUMN = holding(['内容', '安排', '事项', '任务', '工作']);

// ---- rosters ----

/** a member's place in a committee (组长, 副主任, 成员 …), after 常务 and 副 */
export const ROSTER_PLACES = [
  '组长',
  '主任',
  '总指挥',
  '指挥长',
  '召集人',
  '主席',
  '团长',
  '秘书长',
  '成员',
  '委员',
  '组员',
  '联络员',
];
const ROSTER_ROLE = `(?:常务)?(?:副)?${alternation(ROSTER_PLACES)}`;
/** a roster written in columns opens with its first label: 组长：| 张三 | 副省长 (a folded key: ASCII colon) */
export const ROSTER_LABEL = new RegExp(`^${ROSTER_ROLE}:$`);
/** a cell that names a place in the committee, as a label or alone (a row heading the members below it) */
export const ROSTER_ROLE_CELL = new RegExp(`^${ROSTER_ROLE}[：:]?$`);
export const PERSON_NAME_COLUMN = exactly(['姓名', '名字', '人员姓名']);
export const POSITION_COLUMN = holding(['职务', '职位', '职称', '单位']);

// ---- tables that measure rather than assign ----

export type Measure = 'budget' | 'statistics' | 'assessment';

/** words that make a table a budget, statistics or assessment table, in a header cell or the title */
export const MEASURE_WORDS: Array<[Measure, RegExp]> = [
  ['budget', holding(['预算', '经费', '补助', '奖补', '资金安排', '专项资金'])],
  ['statistics', holding(['统计', '同比', '环比', '增长', '增幅', '占比', '比重', '完成率', '累计', '汇总'])],
  ['assessment', holding(['考核', '考评', '评分', '分值', '得分', '权重', '评价', '评估'])],
];
