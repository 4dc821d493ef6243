/**
 * Bracket pairs and the one bracket-depth walker. Text inside brackets is a note on what
 * stands before it (an alias, a role, a remark), so list separators, role words and labels
 * inside brackets are not read at the top level. Which marks count as brackets depends on
 * what is being read, so the pairs come in three named sets.
 */

const OPEN = 1;
const CLOSE = 2;

/** a set of bracket pairs, as a table by code unit (1 opens, 2 closes) */
export interface BracketSet {
  readonly pairs: string;
  readonly marks: Uint8Array;
  /** matches any opening bracket of the set: the quick test before a walk */
  readonly opening: RegExp;
}

/** a bracket set from its pairs written open-close: '（）()' */
export function bracketSet(pairs: string): BracketSet {
  const marks = new Uint8Array(0x10000);
  let opens = '';
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    marks[pairs.charCodeAt(i)] = OPEN;
    marks[pairs.charCodeAt(i + 1)] = CLOSE;
    opens += pairs[i];
  }
  return { pairs, marks, opening: new RegExp(`[${opens.replace(/[\\\]^-]/g, '\\$&')}]`) };
}

/** round brackets only: the alias of a unit's name, 省发展改革委（省能源局） */
export const ROUND_BRACKETS = bracketSet('（）()');
/** brackets that hold a note or a role assignment in running text: （…）(…)【…】 */
export const NOTE_BRACKETS = bracketSet('（）()【】');
/** everything that encloses inside a printed list: brackets, book-title marks, quotes, 〔〕 */
export const LIST_BRACKETS = bracketSet('（）()《》“”‘’〔〕[]【】');

/** is the code unit an opening (or closing) bracket of the set */
export const opensIn = (set: BracketSet, c: number): boolean => set.marks[c] === OPEN;
export const closesIn = (set: BracketSet, c: number): boolean => set.marks[c] === CLOSE;
/** does the text hold an opening bracket of the set */
export const holdsOpening = (set: BracketSet, text: string): boolean => set.opening.test(text);

/**
 * The bracket-depth walker: the depth after reading text[from, to) from depth d. A closing
 * bracket without an opening one is ignored. Every reading that must know whether it
 * stands inside brackets walks with this rule, each piece of text once, so a reading stays
 * linear however many positions it asks about (callers keep the position and depth reached).
 */
export function walkDepth(text: string, set: BracketSet, from: number, to: number, d: number): number {
  const marks = set.marks;
  for (let p = from; p < to; p++) {
    const m = marks[text.charCodeAt(p)];
    if (m === OPEN) d++;
    else if (m === CLOSE && d > 0) d--;
  }
  return d;
}

/**
 * The matches of a global regular expression that stand outside brackets, in order
 * (NOTE_BRACKETS unless told).
 */
export function matchesOutsideBrackets(re: RegExp, text: string, set = NOTE_BRACKETS): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let depth = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    depth = walkDepth(text, set, pos, m.index, depth);
    pos = m.index;
    if (depth === 0) out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The contents of the top-level bracketed groups of a text (NOTE_BRACKETS unless told). A
 * bracket left open at the end (its closing one lost in extraction) still counts.
 */
export function topLevelGroups(text: string, set = NOTE_BRACKETS): string[] {
  const out: string[] = [];
  // without an opening bracket nothing is ever pushed
  if (!set.opening.test(text)) return out;
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (set.marks[text.charCodeAt(i)] === 0) continue;
    const after = walkDepth(text, set, i, i + 1, depth);
    if (depth === 0 && after === 1) start = i + 1;
    else if (depth === 1 && after === 0) out.push(text.slice(start, i));
    depth = after;
  }
  if (depth > 0 && start >= 0) out.push(text.slice(start));
  return out;
}

/** the separators of a printed list: 、，, and ；; */
export const LIST_SEPARATORS = '、，,；;';
/** does a text hold a list separator at all (a quick pre-filter before splitTopLevel) */
export const HAS_LIST_SEPARATOR = new RegExp(`[${LIST_SEPARATORS}]`);

/** separator sets by code unit; callers pass a few fixed strings, so the cache stays small */
const SEPARATOR_TABLES = new Map<string, Uint8Array>();
const LIST_SEPARATOR_TABLE = separatorTable(LIST_SEPARATORS);
function separatorTable(seps: string): Uint8Array {
  let table = SEPARATOR_TABLES.get(seps);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < seps.length; i++) table[seps.charCodeAt(i)] = 1;
    if (SEPARATOR_TABLES.size < 32) SEPARATOR_TABLES.set(seps, table);
  }
  return table;
}

/** split at the top level (outside LIST_BRACKETS unless told) on the given separators */
export function splitTopLevel(s: string, seps = LIST_SEPARATORS, set = LIST_BRACKETS): string[] {
  const table = seps === LIST_SEPARATORS ? LIST_SEPARATOR_TABLE : separatorTable(seps);
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let walked = 0;
  // a table lookup per code unit, and the depth walked only up to each separator: this runs
  // on every list and clause of every file
  for (let i = 0; i < s.length; i++) {
    if (table[s.charCodeAt(i)] !== 1) continue;
    depth = walkDepth(s, set, walked, i, depth);
    walked = i;
    if (depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
