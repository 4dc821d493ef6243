import { LABEL_START, joinParagraphs, shortTitle, type Item, type Paragraph } from './paragraphs.js';
import { emptyRoles, isRoleBracket, mergeRoles, rolesFromBracket, hasUnits, type Roles } from './roles.js';
import { applyLabels, labelsIn } from './labelled.js';
import type { TaskDraft } from './draft.js';

/** the top-level bracketed groups of a passage, with their contents */
export function topBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(' || ch === '【') { if (depth === 0) start = i + 1; depth++; }
    else if ((ch === '）' || ch === ')' || ch === '】') && depth > 0) { depth--; if (depth === 0) out.push(text.slice(start, i)); }
  }
  // a bracket left open at the end (the closing one lost in extraction) still counts
  if (depth > 0 && start >= 0) out.push(text.slice(start));
  return out;
}

/** what a bracket assigns: `（责任单位：A、B）` (form 2) or `（A负责，B配合）` (form 3); null if nothing */
export function rolesOfBracket(content: string): { roles: Roles; deadline: string | null } | null {
  if (LABEL_START.test(content)) {
    const roles = emptyRoles();
    const deadline = applyLabels(labelsIn(content).labels, roles);
    return hasUnits(roles) || deadline ? { roles, deadline } : null;
  }
  if (isRoleBracket(content)) return { roles: rolesFromBracket(content), deadline: null };
  return null;
}

/** a bracket this many paragraphs below the heading still belongs to the heading's text */
const MAX_PARAGRAPHS = 3;

interface Hit { roles: Roles; deadline: string | null }

function hitOf(p: Paragraph): Hit | null {
  const roles = emptyRoles();
  let deadline: string | null = null;
  let hit = false;
  for (const b of topBrackets(p.text)) {
    const r = rolesOfBracket(b);
    if (!r) continue;
    hit = true;
    mergeRoles(roles, r.roles);
    if (r.deadline) deadline = deadline ? `${deadline}；${r.deadline}` : r.deadline;
  }
  return hit ? { roles, deadline } : null;
}

/**
 * Forms 2 and 3: a numbered item that ends with a bracket naming its units,
 * `（责任单位：A、B，C）` or `（A、B分别负责，C配合。…）`. When several paragraphs under
 * one heading carry their own bracket, each is a task of its own, without a number.
 */
export function inlineTasks(item: Item, docId: string): TaskDraft[] {
  const { node, paragraphs } = item;
  const hits = paragraphs.map(hitOf);
  const at = hits.flatMap((h, i) => (h ? [i] : []));
  if (!at.length) return [];
  const draft = (from: number, to: number, hit: Hit, own: boolean): TaskDraft => {
    const text = joinParagraphs(paragraphs.slice(from, to + 1));
    return {
      docId, first: own ? node.line : paragraphs[from].first, last: paragraphs[to].last,
      seq: own ? node.heading.seq : null, section: own ? node.parent?.path ?? [] : node.path,
      title: shortTitle(text), text, roles: hit.roles, deadline: hit.deadline, group: null,
    };
  };
  if (at.length === 1 && at[0] < MAX_PARAGRAPHS) return [draft(0, at[0], hits[at[0]]!, true)];
  return at.map((i) => (i === 0 ? draft(0, 0, hits[0]!, true) : draft(i, i, hits[i]!, false)));
}
