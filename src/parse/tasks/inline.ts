import { joinParagraphs, shortTitle, type Paragraph } from './paragraphs.js';
import type { Item } from './items.js';
import { startsWithLabel } from '../../lexicon/task-labels.js';
import { emptyRoles, mergeRoles, roleBracketRoles, hasUnits, type Roles } from './roles.js';
import { applyLabels, labelsIn } from './labelled.js';
import type { TaskDraft } from './draft.js';
import { topLevelGroups } from '../../lexicon/brackets.js';

/** what a bracket assigns: `（责任单位：A、B）` (form 2) or `（A负责，B配合）` (form 3); null if nothing */
export function rolesOfBracket(content: string): { roles: Roles; deadline: string | null } | null {
  if (startsWithLabel(content)) {
    const roles = emptyRoles();
    const deadline = applyLabels(labelsIn(content).labels, roles);
    return hasUnits(roles) || deadline ? { roles, deadline } : null;
  }
  const roles = roleBracketRoles(content);
  return roles ? { roles, deadline: null } : null;
}

/** a bracket this many paragraphs below the heading still belongs to the heading's text */
const MAX_PARAGRAPHS = 3;

interface Hit {
  roles: Roles;
  deadline: string | null;
}

function hitOf(p: Paragraph): Hit | null {
  let hit: Hit | null = null;
  for (const b of topLevelGroups(p.text)) {
    const r = rolesOfBracket(b);
    if (!r) continue;
    if (!hit) hit = { roles: emptyRoles(), deadline: null };
    mergeRoles(hit.roles, r.roles);
    if (r.deadline) hit.deadline = hit.deadline ? `${hit.deadline}；${r.deadline}` : r.deadline;
  }
  return hit;
}

/**
 * Forms 2 and 3: a numbered item that ends with a bracket naming its units,
 * `（责任单位：A、B，C）` or `（A、B分别负责，C配合。…）`. When several paragraphs under
 * one heading carry their own bracket, each is a task of its own, without a number.
 */
export function inlineTasks(item: Item, docId: string): TaskDraft[] {
  const { node, paragraphs } = item;
  // most items have no hit at all: only the paragraphs with one are kept
  const at: number[] = [];
  const hits: Hit[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const hit = hitOf(paragraphs[i]);
    if (hit) {
      at.push(i);
      hits.push(hit);
    }
  }
  if (!at.length) return [];
  const draft = (from: number, to: number, hit: Hit, own: boolean): TaskDraft => {
    const text = joinParagraphs(paragraphs.slice(from, to + 1));
    return {
      docId,
      first: own ? node.line : paragraphs[from].first,
      last: paragraphs[to].last,
      seq: own ? node.heading.seq : null,
      section: own ? (node.parent?.path ?? []) : node.path,
      title: shortTitle(text),
      text,
      roles: hit.roles,
      deadline: hit.deadline,
      group: null,
    };
  };
  if (at.length === 1 && at[0] < MAX_PARAGRAPHS) return [draft(0, at[0], hits[0], true)];
  return at.map((i, k) => (i === 0 ? draft(0, 0, hits[k], true) : draft(i, i, hits[k], false)));
}
