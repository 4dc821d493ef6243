import { holdsSpace, isSpaceCode } from '../../lexicon/chars.js';
import { splitTopLevel } from '../../lexicon/brackets.js';
import { isStrictUnitName, isUnitListTitle, opensWithVerb, splitUnits } from '../../text/units.js';
import type { Item } from './items.js';
import { isUnitCategory, organisationLastChars } from '../../lexicon/organisations.js';
import { addUnits, emptyRoles, hasUnits, mergeRoles, rolesFromClauses, type Roles } from './roles.js';
import type { TaskDraft } from './draft.js';
import {
  SUBJECT_TAIL,
  dutyVerbAt,
  holdsTakingVerb,
  isWorkBodyName,
  opensWithDutyLabel,
  opensWithTakingVerb,
} from '../../lexicon/duties.js';

/** a duty verb read at a given index */
const DUTY_VERB_AT = dutyVerbAt();

/** where a strict name can end (its last character or the bracket closing its alias): only there can a subject end */
const NAME_END_CHARS = organisationLastChars('strict');
for (const c of '）)') NAME_END_CHARS[c.charCodeAt(0)] = 1;

/**
 * The units that a sentence opens with, when a duty verb follows them directly:
 * `省文化和旅游厅、省工商联等成员单位重点做好…` → 省文化和旅游厅, 省工商联.
 */
export function leadingSubject(sentence: string): string[] {
  const s = sentence.trim();
  // every head would open with the verb (or be two characters of 进一步): none is a unit list
  if (opensWithVerb(s)) return [];
  const top = Math.min(60, s.length - 1);
  for (let i = 2; i <= top; i++) {
    if (!NAME_END_CHARS[s.charCodeAt(i - 1)]) continue;
    // every verb is at most two characters, so a sticky match at i reads what s.slice(i, i + 4) held
    DUTY_VERB_AT.lastIndex = i;
    if (!DUTY_VERB_AT.test(s)) continue;
    const head = s.slice(0, i);
    const units = splitUnits(head);
    if (units.length && units.every((u) => isStrictUnitName(u))) return units;
  }
  return [];
}

/** `text.replace(/\s+/g, '').startsWith(prefix)` for a prefix without spaces, reading only as far as the prefix goes */
function startsIgnoringSpaces(text: string, prefix: string): boolean {
  let i = 0;
  for (let j = 0; j < prefix.length; j++) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length || text.charCodeAt(i) !== prefix.charCodeAt(j)) return false;
    i++;
  }
  return true;
}

/** where the subject units end in the sentence they open */
function subjectEnd(sentence: string, subject: string[]): number {
  const last = subject[subject.length - 1];
  const at = sentence.indexOf(last);
  let end = at < 0 ? 0 : at + last.length;
  // a trailing 等/等单位 after the last unit is part of the subject
  const rest = SUBJECT_TAIL.exec(sentence.slice(end));
  if (rest) end += rest[0].length;
  return end;
}

/**
 * `1. 省甲厅负责…，省乙局配合。`: the item opens with the unit that leads it. Articles of
 * rules (第三条 财政部门负责…) state standing duties, not assigned tasks.
 */
function openingTasks(item: Item, docId: string): TaskDraft[] {
  const { node } = item;
  if (node.heading.kind === 'article' || node.heading.kind === 'chapter') return [];
  // a paragraph's text is trimmed already
  const opening = item.paragraphs[0].text;
  // the words that must follow the subject: without one of them no subject needs looking for
  if (!holdsTakingVerb(opening)) return [];
  const subject = leadingSubject(opening);
  if (!subject.length || !opensWithTakingVerb(opening.slice(subjectEnd(opening, subject)))) return [];
  const roles = emptyRoles();
  addUnits(roles, 'lead', subject);
  mergeRoles(roles, rolesFromClauses(opening));
  return [
    {
      docId,
      first: node.line,
      last: item.paragraphs[0].last,
      seq: node.heading.seq,
      section: node.parent?.path ?? [],
      title: null,
      text: opening,
      roles,
      deadline: null,
      group: null,
    },
  ];
}

/** the words of an item whose heading names who does it */
interface HeadedText {
  /** the heading's paragraph (its title cut off) and the 职责： paragraphs after it */
  all: string[];
  /** the text before the first 职责： paragraph */
  before: string;
  /** the last line read */
  last: number;
}

/** the heading's paragraph and the 职责： paragraphs after it; later prose (a closing remark, a signature) is not the item's */
function headedText(item: Item, title: string): HeadedText {
  const { node, paragraphs } = item;
  const used = [paragraphs[0]];
  for (let k = 1; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!opensWithDutyLabel(p.text)) break;
    used.push(p);
  }
  const all = used.map((p) => p.text);
  all[0] = startsIgnoringSpaces(all[0], title)
    ? all[0].slice(node.heading.title.length).replace(/^[。：:；\s]+/, '')
    : all[0];
  // a bare heading (`（二）省教育厅`) has its words on the next line
  if (!all[0] && paragraphs[1] && used.length === 1) {
    used.push(paragraphs[1]);
    all.push(paragraphs[1].text);
  }
  const dutyAt = all.findIndex((t, i) => i > 0 && opensWithDutyLabel(t));
  const before = (dutyAt > 0 ? all.slice(0, dutyAt) : all).join('');
  return { all, before, last: used[used.length - 1].last };
}

/** a category heading (`相关服务部门`) over `单位+duty` sentences: one task per sentence, each led by its unit */
function categoryTasks(title: string, text: string, draft: (title: string, text: string, roles: Roles) => TaskDraft) {
  const out: TaskDraft[] = [];
  for (const sentence of splitTopLevel(text, '。；;')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const subject = leadingSubject(sentence);
    if (subject.length || !out.length) {
      const roles = emptyRoles();
      addUnits(roles, 'lead', subject.length ? subject : [title]);
      out.push(draft(title, sentence, roles));
    } else {
      out[out.length - 1].text += `；${sentence}`;
    }
  }
  return out;
}

/**
 * Forms 4 and 5: an item whose heading names who does it.
 * 5 — a work body: `（二）项目部。A牵头，B、C配合。职责：…` (title = the body).
 * 4 — a unit: `（二）省教育厅。组织成立…`; a category such as `相关服务部门` followed
 *     by `单位+duty` sentences gives one task per sentence.
 */
export function headingUnitTasks(item: Item, docId: string): TaskDraft[] {
  const { node } = item;
  const title = holdsSpace(node.heading.title) ? node.heading.title.replace(/\s+/g, '') : node.heading.title;
  if (!title || !item.paragraphs.length) return [];
  // most titles name neither a work body nor units: only the opening sentence is left to read
  const bodyName = isWorkBodyName(title);
  const unitList = bodyName ? null : isUnitListTitle(title);
  if (unitList === false) return openingTasks(item, docId);
  const { all, before, last } = headedText(item, title);
  const section = node.parent?.path ?? [];
  // fields in the order every reader writes them: drafts of one shape sort and map faster
  const draft = (title: string, text: string, roles: Roles): TaskDraft => ({
    docId,
    first: node.line,
    last,
    seq: node.heading.seq,
    section,
    title,
    text,
    roles,
    deadline: null,
    group: null,
  });

  // read only for a work body, and for a unit title below
  const clauses = bodyName ? rolesFromClauses(before) : null;
  if (clauses && hasUnits(clauses)) return [draft(title, all.join(''), clauses)];
  if (!before || !(unitList ?? isUnitListTitle(title))) return openingTasks(item, docId);
  if (isUnitCategory(title)) return categoryTasks(title, all.join(''), draft);
  const roles = emptyRoles();
  addUnits(roles, 'lead', splitUnits(title));
  mergeRoles(roles, clauses ?? rolesFromClauses(before));
  return [draft(title, all.join(''), roles)];
}
