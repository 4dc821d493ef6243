import type { TaskRole } from '../../lexicon/roles.js';
import { isStrictUnitName, splitUnits } from '../../text/units.js';
import type { Item } from './items.js';
import type { Paragraph } from './paragraphs.js';
import { addUnits, emptyRoles, hasUnits, rolesFromClauses, type Roles } from './roles.js';
import { splitTopLevel } from '../../lexicon/brackets.js';
import { leadingSubject } from './heading-unit.js';
import type { TaskDraft } from './draft.js';
import { UNIT_GROUP, holdsDutyWord } from '../../lexicon/duties.js';

/** `省委宣传部：负责…`: a unit, its colon, its duty */
const UNIT_COLON = /^([^：:。；，]{2,40})[：:]\s*(.+)$/;

/** what a unit duty (its colon) or a group (its 由) needs somewhere in the paragraph */
const holdsUnitOrGroupMark = (p: Paragraph) => p.colon || p.text.includes('由');

interface Duty {
  kind: 'unit' | 'group' | 'subject';
  p: Paragraph;
  title: string;
  roles: Roles;
  text: string;
}

function rolesOf(role: TaskRole, units: string[]): Roles {
  const roles = emptyRoles();
  addUnits(roles, role, units);
  return roles;
}

function dutyOf(p: Paragraph): Duty | null {
  const t = p.text;
  if (p.label) return null;
  // a group is always made `由` its units
  const g = t.includes('由') ? UNIT_GROUP.exec(t) : null;
  if (g) {
    if (g[3] === '组成') {
      const units = splitUnits(g[2]);
      if (units.length) return { kind: 'group', p, roles: rolesOf('responsible', units), title: g[1], text: t };
    } else {
      const roles = rolesFromClauses(splitTopLevel(t.slice(g[0].length - g[3].length - g[2].length), '。')[0]);
      if (hasUnits(roles)) return { kind: 'group', p, roles, title: g[1], text: t };
    }
  }
  const colon = UNIT_COLON.exec(t);
  if (colon) {
    const units = splitUnits(colon[1]);
    if (units.length && units.every((u) => isStrictUnitName(u)) && holdsDutyWord(colon[2])) {
      return { kind: 'unit', p, title: colon[1].trim(), roles: rolesOf('lead', units), text: colon[2].trim() };
    }
    return null;
  }
  // the subject must be followed by 负责: without it no subject needs looking for
  if (!t.includes('负责')) return null;
  const subject = leadingSubject(t);
  if (
    subject.length &&
    /^负责/.test(t.slice(t.indexOf(subject[subject.length - 1]) + subject[subject.length - 1].length).trim())
  ) {
    return { kind: 'subject', p, title: subject.join('、'), roles: rolesOf('lead', subject), text: t };
  }
  return null;
}

/** fewer consecutive duty paragraphs than this are prose that happens to start with a unit */
const MIN_BLOCK = 2;

/**
 * Form 7: duties listed per unit under a heading (`省委宣传部：负责…`), and groups made of
 * units (`监测预警组由省生态环境厅、省气象局组成，负责…`). Only a run of such paragraphs
 * counts, so a single `单位：` line (an address, a contact) is left alone.
 */
export function dutyTasks(item: Item, docId: string): TaskDraft[] {
  const out: TaskDraft[] = [];
  // the heading's paragraph is never a duty: a block needs MIN_BLOCK paragraphs after it
  if (item.paragraphs.length < 1 + MIN_BLOCK) return out;
  // a block needs MIN_BLOCK unit or group duties: with fewer paragraphs that could be one, none is read
  let marked = 0;
  for (let k = 1; k < item.paragraphs.length && marked < MIN_BLOCK; k++)
    if (holdsUnitOrGroupMark(item.paragraphs[k])) marked++;
  if (marked < MIN_BLOCK) return out;
  let block: Duty[] = [];
  const flush = () => {
    if (block.filter((d) => d.kind !== 'subject').length >= MIN_BLOCK) {
      for (const d of block) {
        out.push({
          docId,
          first: d.p.first,
          last: d.p.last,
          seq: null,
          section: item.node.path,
          title: d.title,
          text: d.text,
          roles: d.roles,
          deadline: null,
          group: null,
        });
      }
    }
    block = [];
  };
  for (let k = 1; k < item.paragraphs.length; k++) {
    const d = dutyOf(item.paragraphs[k]);
    if (d) block.push(d);
    else flush();
  }
  flush();
  return out;
}
