import { splitTopLevel } from '../../lexicon/brackets.js';
import { trailingUnits, splitUnits } from '../../text/units.js';
import { ROUND_BRACKETS, closesIn, matchesOutsideBrackets } from '../../lexicon/brackets.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { isValueStopCode } from '../../lexicon/punctuation.js';
import { skipBackWhile, skipWhile } from '../../text/code-runs.js';
import {
  ENDS_WITH_TASK_VERB,
  TASK_VERB_HINT,
  roleNote,
  roleVerbPattern,
  taskRoleOfVerb,
  type TaskRole,
} from '../../lexicon/roles.js';

/** the roles a task's units fill, in the order they are read and settled */
export const TASK_ROLES: readonly TaskRole[] = ['lead', 'responsible', 'guidance', 'cooperating'];

/** the unit fields of a task, each list without repeats */
export class Roles {
  lead: string[] = [];
  responsible: string[] = [];
  guidance: string[] = [];
  cooperating: string[] = [];
  /**
   * The names already in a long list, kept with the Roles it belongs to (and gone with
   * them): de-duplicating a list of 100,000 distinct units by searching the list for each
   * would take time growing with the square of its length.
   */
  private seen: Map<TaskRole, Set<string>> | null = null;

  /** the names in a role's list, as a set */
  namesIn(role: TaskRole): Set<string> {
    const list = this[role];
    this.seen ??= new Map();
    let names = this.seen.get(role);
    // a list pushed to elsewhere is read again rather than trusted
    if (!names || names.size !== list.length) this.seen.set(role, (names = new Set(list)));
    return names;
  }
}

export const emptyRoles = (): Roles => new Roles();

/** below this many names a list is searched; above it a set answers (and is kept with the Roles) */
const SEARCH_MAX = 32;

/** add units to a role, each once */
export function addUnits(roles: Roles, role: TaskRole, units: string[]): void {
  const list = roles[role];
  // almost every role holds a few units: searching them costs less than building a set
  if (list.length + units.length <= SEARCH_MAX) {
    for (const u of units) if (!list.includes(u)) list.push(u);
    return;
  }
  const seen = roles.namesIn(role);
  for (const u of units)
    if (!seen.has(u)) {
      seen.add(u);
      list.push(u);
    }
}

export function mergeRoles(into: Roles, from: Roles): Roles {
  for (const k of TASK_ROLES) addUnits(into, k, from[k]);
  return into;
}

export const hasUnits = (r: Roles) =>
  r.lead.length + r.responsible.length + r.guidance.length + r.cooperating.length > 0;

/**
 * Verbs that hand a task to the units written before them (the lexicon's role verbs:
 * 牵头负责 is one word; 负责同志/负责人 are people, not a role).
 */
const ROLE_WORD = roleVerbPattern('task');
const roleOfWord = (w: string): TaskRole => taskRoleOfVerb(w)!;

/**
 * Read `A、B牵头，C，D等配合` style clauses: each role word takes the units written just
 * before it (after the previous role word), ignoring prose between (`充分发挥各自渠道
 * 优势，省外事办…配合`). Role words inside brackets are part of a name or a note.
 */
export function rolesFromClauses(text: string): Roles {
  const roles = emptyRoles();
  // most passages hand nothing out: skip the sentence split when no role word can match
  if (!TASK_VERB_HINT.test(text)) return roles;
  for (const sentence of splitTopLevel(text, '。；;')) {
    if (!TASK_VERB_HINT.test(sentence)) continue;
    let last = 0;
    for (const m of matchesOutsideBrackets(ROLE_WORD, sentence)) {
      const units = trailingUnits(sentence.slice(last, m.index));
      last = m.index + m[0].length;
      if (units.length) addUnits(roles, roleOfWord(m[0]), units);
    }
  }
  return roles;
}

/**
 * The roles a bracket assigns, or null: its first sentence ends with a role word and names
 * units (`（A、B，C分别负责，D、E配合。分别负责为…，下同）`); notes after that sentence are
 * not units. The clauses are read once when the sentence has no edge spaces.
 */
export function roleBracketRoles(content: string): Roles | null {
  // most brackets are notes: with no role word anywhere, the first sentence cannot end with one
  if (!TASK_VERB_HINT.test(content)) return null;
  const raw = firstSentence(content);
  const first = raw.trim();
  if (!ENDS_WITH_TASK_VERB.test(first)) return null;
  const roles = rolesFromClauses(first);
  if (!hasUnits(roles)) return null;
  return first === raw ? roles : rolesFromClauses(raw);
}

/** the text before the first top-level 。 (the whole text when it has none) */
function firstSentence(content: string): string {
  return content.includes('。') ? splitTopLevel(content, '。')[0] : content;
}

/** units of a labelled value; an empty or placeholder value gives none */
export function unitsOfValue(value: string): string[] {
  const v = withoutValueEnd(value);
  if (!v || (v.length === 1 && PLACEHOLDERS.includes(v))) return [];
  return splitUnits(v);
}
/** what a value without units is printed as: 无, a dash, a slash */
const PLACEHOLDERS = '无-—/／';

/** the value without the 。；; that close it, trimmed: `value.replace(/[。；;]+\s*$/, '').trim()` read by code unit */
function withoutValueEnd(value: string): string {
  let end = skipBackWhile(value, value.length, isSpaceCode);
  end = skipBackWhile(value, end, isValueStopCode);
  end = skipBackWhile(value, end, isSpaceCode);
  const start = skipWhile(value, 0, end, isSpaceCode);
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * Move units that carry their role as a bracketed note (`责任单位：省发展改革委（牵头）、
 * 省财政厅`) to that role, the note dropped; every other unit stays where it was printed.
 */
export function settleAnnotations(roles: Roles): Roles {
  // almost no list holds a note: its lists, each already without repeats, stay as they are
  if (!holdsNote(roles)) return roles;
  const out = emptyRoles();
  for (const k of TASK_ROLES) {
    for (const u of roles[k]) {
      const note = mayCarryNote(u) ? roleNote(u) : null;
      addUnits(out, note ? note.role : k, [note ? note.name : u]);
    }
  }
  return out;
}

/** the note closes the name, so a name not ending in a bracket has none */
const mayCarryNote = (u: string) => closesIn(ROUND_BRACKETS, u.charCodeAt(u.length - 1));

/** may a unit of any role carry a note (every task asks: each list read by name, without closures) */
function holdsNote(roles: Roles): boolean {
  return anyNote(roles.lead) || anyNote(roles.responsible) || anyNote(roles.guidance) || anyNote(roles.cooperating);
}
function anyNote(units: string[]): boolean {
  for (let i = 0; i < units.length; i++) if (mayCarryNote(units[i])) return true;
  return false;
}
