/**
 * Role words: what a unit does for a task or an activity, as documents print it — a field
 * label before a colon (牵头单位：…), a verb after the units (A牵头负责，B配合) or a note in
 * brackets after one unit (省发展改革委（牵头）). Each word is stated once, with its meaning
 * for every record kind that reads it. The meanings differ by kind on purpose, and are
 * kept as each reader has always read them: 责任单位 names the units `responsible` for a
 * task but the `lead` of an activity; 具体承办 is `cooperating` in a task's clause and the
 * `hosts` of an activity. A blank column means that reader does not know the word.
 */
import { alternation, alternatives, escapeRegExp } from './chars.js';

/** the unit fields of a task */
export type TaskRole = 'lead' | 'responsible' | 'guidance' | 'cooperating';
/** the unit fields of an activity */
export type ActivityRole = 'lead' | 'cooperating' | 'hosts';

interface RoleWord {
  word: string;
  /** a task's field label, clause verb or note */
  task?: TaskRole;
  /** an activity's (programme item's) field label or organizing verb */
  activity?: ActivityRole;
  /** an exhibition zone's field label */
  exhibit?: ActivityRole;
  /** the word also marks one unit's role as a bracketed note after it (task lists) */
  note?: true;
  /** what may not follow the verb: then it is a person, a system or a label (负责人, 牵头单位) */
  notBefore?: string[];
  /** the verb can open an activity's organizing sentence (where a place phrase ends) */
  opens?: true;
}

/** field labels, followed by a colon; the task labels in the order tasks read them */
const LABELS: RoleWord[] = [
  { word: '牵头领导单位', task: 'lead' },
  { word: '牵头单位', task: 'lead', activity: 'lead', exhibit: 'lead', note: true },
  { word: '牵头部门', task: 'lead', note: true },
  { word: '主责单位', task: 'lead' },
  { word: '主责部门', task: 'lead' },
  { word: '负责单位', task: 'lead', activity: 'lead' },
  { word: '负责部门', task: 'lead' },
  { word: '责任单位', task: 'responsible', activity: 'lead' },
  { word: '责任部门', task: 'responsible' },
  { word: '责任主体', task: 'responsible' },
  { word: '实施单位', task: 'responsible' },
  { word: '承担单位', task: 'responsible' },
  { word: '指导部门', task: 'guidance' },
  { word: '指导单位', task: 'guidance' },
  { word: '指导司局', task: 'guidance' },
  { word: '配合单位', task: 'cooperating', activity: 'cooperating', exhibit: 'cooperating', note: true },
  { word: '配合部门', task: 'cooperating', note: true },
  { word: '协办单位', task: 'cooperating', activity: 'cooperating', exhibit: 'cooperating' },
  { word: '协助单位', task: 'cooperating' },
  { word: '参与单位', task: 'cooperating' },
  { word: '参与部门', task: 'cooperating' },
  { word: '主办单位', activity: 'lead', exhibit: 'lead' },
  { word: '承办单位', activity: 'hosts', exhibit: 'hosts' },
  { word: '组织单位', exhibit: 'lead' },
  { word: '参展单位', exhibit: 'cooperating' },
];

/** what follows a verb that is then not a role: a label (牵头单位) or a person (负责同志) */
const LABEL_TAIL = ['单位', '部门'];

/** verbs after the units they hand a role to */
const VERBS: RoleWord[] = [
  { word: '牵头负责', task: 'lead', activity: 'lead', opens: true },
  { word: '共同牵头', task: 'lead' },
  { word: '牵头', task: 'lead', activity: 'lead', note: true, notBefore: LABEL_TAIL, opens: true },
  { word: '分别负责', task: 'lead', activity: 'lead', opens: true },
  { word: '共同负责', task: 'lead', activity: 'lead', opens: true },
  { word: '具体负责', task: 'lead', activity: 'lead', opens: true },
  { word: '负总责', activity: 'lead' },
  { word: '按职责分工负责', task: 'responsible' },
  { word: '按职责负责', task: 'responsible' },
  { word: '负责', task: 'lead', activity: 'lead', notBefore: ['同志', '人', '制', '解释', ...LABEL_TAIL], opens: true },
  { word: '共同参与', task: 'cooperating' },
  { word: '参与', task: 'cooperating', activity: 'cooperating', notBefore: LABEL_TAIL },
  { word: '参加', task: 'cooperating', notBefore: LABEL_TAIL },
  { word: '配合', task: 'cooperating', activity: 'cooperating', note: true, notBefore: LABEL_TAIL, opens: true },
  { word: '协助', task: 'cooperating', activity: 'cooperating', note: true },
  { word: '协办', task: 'cooperating', activity: 'cooperating' },
  { word: '具体承办', task: 'cooperating', activity: 'hosts', opens: true },
  { word: '承办', activity: 'hosts', opens: true },
];

type Reader = 'task' | 'activity' | 'exhibit';
const wordsOf = (list: RoleWord[], reader: Reader) => list.filter((w) => w[reader] !== undefined);

// ---------------------------------------------------------------------------
// field labels

/** the role labels one kind reads, in table order */
export function roleLabels(reader: Reader): string[] {
  return wordsOf(LABELS, reader).map((w) => w.word);
}

/** what a task's field label assigns (spaces inside the label ignored), or null */
export function taskRoleOfLabel(label: string): TaskRole | null {
  return LABELS.find((w) => w.word === label)?.task ?? null;
}

/** what an activity's or an exhibition zone's field label assigns, or null */
export function activityRoleOfLabel(label: string, reader: 'activity' | 'exhibit' = 'activity'): ActivityRole | null {
  return LABELS.find((w) => w.word === label)?.[reader] ?? null;
}

/**
 * Words that name a field, not a unit, though they end like one (牵头单位, 相关部门): the
 * heads of the role labels and of other collective words, before 单位 or 部门.
 */
const NOT_UNIT_HEADS = ['成员', '支持', '主管', '业务', '相关', '有关', '职能'];
const LABEL_HEADS = LABELS.filter((w) => /(单位|部门)$/.test(w.word)).map((w) => w.word.slice(0, -2));
const FIELD_WORD = new RegExp(`^${alternation([...LABEL_HEADS, ...NOT_UNIT_HEADS])}(单位|部门)$`);
export function isRoleFieldWord(s: string): boolean {
  return FIELD_WORD.test(s);
}

// ---------------------------------------------------------------------------
// verbs

/** a verb as a pattern, with what may not follow it */
function verbPattern(w: RoleWord): string {
  const word = escapeRegExp(w.word);
  return w.notBefore ? `${word}(?!${w.notBefore.join('|')})` : word;
}

/** the role verbs of a kind as one global pattern, longer verbs first (牵头负责 before 牵头) */
export function roleVerbPattern(reader: 'task' | 'activity'): RegExp {
  const words = [...wordsOf(VERBS, reader)].sort((a, b) => b.word.length - a.word.length);
  return new RegExp(`(${words.map(verbPattern).join('|')})`, 'g');
}

/** the verbs that can open an activity's organizing sentence, as a pattern */
export function organizingVerbPattern(): RegExp {
  const words = VERBS.filter((w) => w.opens).sort((a, b) => b.word.length - a.word.length);
  return new RegExp(`(${words.map(verbPattern).join('|')})`);
}

/** what a task's clause verb assigns */
export function taskRoleOfVerb(verb: string): TaskRole | null {
  return VERBS.find((w) => w.word === verb)?.task ?? null;
}

/** what an activity's organizing verb assigns */
export function activityRoleOfVerb(verb: string): ActivityRole | null {
  return VERBS.find((w) => w.word === verb)?.activity ?? null;
}

/**
 * The shortest verbs that every task verb contains one of (牵头, 负责, 配合 …): a text
 * holding none of them hands out no task role, which one quick test tells.
 */
function coreWords(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
}
export const TASK_VERB_HINT = new RegExp(coreWords(wordsOf(VERBS, 'task').map((w) => w.word)).join('|'));

/** a sentence that ends with a task verb (the roles bracket: `（A、B负责，C配合）`) */
export const ENDS_WITH_TASK_VERB = new RegExp(`${alternation(wordsOf(VERBS, 'task').map((w) => w.word))}$`);

// ---------------------------------------------------------------------------
// notes

const NOTES = [...LABELS, ...VERBS].filter((w) => w.note);
const NOTE = new RegExp(`^(.+?)[（(](${alternatives(NOTES.map((w) => w.word))})[）)]$`);

/** a unit annotated with its task role inside a list, `省发展改革委（牵头）`: the name and the role, or null */
export function roleNote(unit: string): { name: string; role: TaskRole } | null {
  const m = NOTE.exec(unit);
  if (!m) return null;
  const role = NOTES.find((w) => w.word === m[2])!.task!;
  return { name: m[1].trim(), role };
}
