/**
 * The words table headers use, in one place: what a column of each kind of table is called,
 * and the words that mark a table as a budget, statistics or assessment table. The table
 * classifier reads a header with these once; the readers map their columns with the same
 * words, so a table the classifier gives a reader is one whose columns the reader knows.
 *
 * Header cells arrive folded by `headerKey` (no spaces, ASCII brackets, NFKC).
 */

/** a header cell without its bracketed remark or trailing colon: 总投资额(亿元) → 总投资额 */
export function bareKey(key: string): string {
  const k = key.includes('(') ? key.replace(/\([^()]*\)/g, '') : key;
  return k.endsWith(':') ? k.slice(0, -1) : k;
}

// ---- signed projects (签约项目) ----

export type ProjectField =
  'seq' | 'name' | 'partyA' | 'partyB' | 'investment' | 'fundingSources' | 'leaders' | 'persons' | 'unit';

/** the field a header cell of a signed-project table names, or null */
export function projectField(key: string): ProjectField | null {
  const k = bareKey(key);
  if (SEQ_COLUMN.test(k)) return 'seq';
  if (PROJECT_NAME_COLUMN.test(k)) return 'name';
  if (/甲方/.test(k)) return 'partyA';
  if (/乙方/.test(k)) return 'partyB';
  if (/资金来源|来源地/.test(k)) return 'fundingSources';
  if (/投资|金额/.test(k)) return 'investment';
  if (/领导/.test(k)) return 'leaders';
  if (/^(责任人|联系人|负责人)/.test(k)) return 'persons';
  if (/^(责任单位|牵头单位|责任部门|牵头部门)$/.test(k)) return 'unit';
  return null;
}

export const SEQ_COLUMN = /^(序号|编号|序)$/;
export const PROJECT_NAME_COLUMN = /项目名称|^项目$|^签约项目$/;
/** the two sides of a signing: 甲方/乙方, 签约方, 签约单位, 合作方 */
export const PARTY_COLUMN = /甲方|乙方|签约(方|单位|主体|企业)|合作方/;
/** an investment, as a signing states it (a budget or a plain 金额 is not one) */
export const INVESTMENT_COLUMN = /投资|签约金额|合同金额|协议金额/;
/** any column of money */
export const MONEY_COLUMN = /金额|资金|投资|预算|经费|万元|亿元/;
/** a signing named in the title or a header cell */
export const SIGNING = /签约|签订/;

// ---- task tables ----

/** the column holding the task itself (主要任务, 规划内容 …) */
export const TASK_COLUMN =
  /^((主要|重点|具体|工作|目标|年度)?(任务|内容|措施|事项)(内容|措施|名称|描述)?|(主要|重点|具体)工作|规划内容|建设内容|实施内容|工作要求|改革举措|政策措施)$/;
/** the columns of units, with the role each gives the units in it */
export const TASK_ROLE_COLUMNS: Array<[RegExp, 'lead' | 'responsible' | 'guidance' | 'cooperating']> = [
  [/^(牵头|主责|负责|牵头责任)(单位|部门|处室)$/, 'lead'],
  [/^责任(单位|部门|处室|主体)$/, 'responsible'],
  [/^指导(单位|部门|司局)$/, 'guidance'],
  [/^(配合|协办|参与|协助)(单位|部门|处室)$/, 'cooperating'],
];
export const TASK_DEADLINE_COLUMN = /^((完成|办结)?(时限|时间|期限)(要求|安排)?|进度安排|时间节点)$/;
/** a header cell for task tables: no spaces, no bracketed remark at the end (`牵头单位(部门)` → 牵头单位) */
export function taskKey(k: string): string {
  const t = /\s/.test(k) ? k.replace(/\s+/g, '') : k;
  return t.endsWith(')') ? t.replace(/\([^()]*\)$/, '') : t;
}
/** a column of units by role, in any table (责任单位, 承办部门 …) */
export const UNIT_COLUMN = /(牵头|主责|负责|责任|指导|配合|协办|参与|协助|主办|承办)(单位|部门|处室|主体|司局)/;
/** a column of what is to be done, even when not worded as a task column */
export const WORK_COLUMN = /内容|任务|措施|事项|工作/;

// ---- schedules (programme tables) ----

export type ScheduleRole = 'seq' | 'time' | 'venue' | 'hosts' | 'cooperating' | 'lead' | 'participants' | 'name';

/** header words of a programme table, tried in this order (活动时间 is a time, not a name) */
export const SCHEDULE_ROLES: Array<[ScheduleRole, RegExp]> = [
  ['seq', /^序号$/],
  ['time', /时间|日期/],
  ['venue', /地点|场地|地址|会场/],
  ['hosts', /承办/],
  ['cooperating', /配合|协办|协助/],
  ['lead', /牵头|负责|责任|主办/],
  ['participants', /参加|出席|参会|对象|人员/],
  ['name', /活动|内容|名称|议程|事项|项目/],
];
/** each role's first column in a programme table's header */
export function scheduleColumns(headerKey: string[]): Map<ScheduleRole, number> {
  const cols = new Map<ScheduleRole, number>();
  headerKey.forEach((h, i) => {
    const role = SCHEDULE_ROLES.find(([, re]) => re.test(h))?.[0];
    if (role && !cols.has(role)) cols.set(role, i);
  });
  return cols;
}
/** deadlines of a task table are not times of events */
export const DEADLINE_WORDS = /完成|时限|期限|截止|进度/;
/** an event's subject: what makes a table with a time column a programme */
export const EVENT_WORDS = /活动|议程|日程|会议/;
/** a stage of work (阶段, 步骤) in place of a time */
export const STAGE_COLUMN = /阶段|步骤/;
/** what a schedule row holds besides its time */
export const ARRANGEMENT_COLUMN = /内容|安排|事项|任务|工作/;

// ---- rosters ----

/** a member's place in a committee (组长, 副主任, 成员 …) */
const ROSTER_ROLE = '(常务)?(副)?(组长|主任|总指挥|指挥长|召集人|主席|团长|秘书长|成员|委员|组员|联络员)';
/** a roster written in columns opens with its first label: 组长：| 张三 | 副省长 (a folded key: ASCII colon) */
export const ROSTER_LABEL = new RegExp(`^${ROSTER_ROLE}:$`);
/** a cell that names a place in the committee, as a label or alone (a row heading the members below it) */
export const ROSTER_ROLE_CELL = new RegExp(`^${ROSTER_ROLE}[：:]?$`);
export const PERSON_NAME_COLUMN = /^(姓名|名字|人员姓名)$/;
export const POSITION_COLUMN = /职务|职位|职称|单位/;

// ---- tables that measure rather than assign ----

export type Measure = 'budget' | 'statistics' | 'assessment';

/** words that make a table a budget, statistics or assessment table, in a header cell or the title */
export const MEASURE_WORDS: Array<[Measure, RegExp]> = [
  ['budget', /预算|经费|补助|奖补|资金安排|专项资金/],
  ['statistics', /统计|同比|环比|增长|增幅|占比|比重|完成率|累计|汇总/],
  ['assessment', /考核|考评|评分|分值|得分|权重|评价|评估/],
];
export const measureOf = (text: string): Measure | null => MEASURE_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
