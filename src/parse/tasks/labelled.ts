import { LABEL_ANY, roleOfLabel } from '../../lexicon/task-labels.js';
import { joinParagraphs, shortTitle, type Passage } from './paragraphs.js';
import type { Item } from './items.js';
import { addUnits, emptyRoles, unitsOfValue, type Roles } from './roles.js';
import { cleanDeadline, type TaskDraft } from './draft.js';
import { appendAll } from '../../text/arrays.js';
import { matchesOutsideBrackets } from '../../lexicon/brackets.js';
import { isLabelBreakCode, isValueTrailCode } from '../../lexicon/punctuation.js';

export interface LabelValue {
  label: string;
  value: string;
}

/**
 * The labelled fields in a passage (`牵头单位：A 责任单位：B；完成时限：长期`), outside
 * brackets and each at the start or after a sentence break. `head` is what comes before
 * the first label. Callers skip the passages whose colons follow no label's last character.
 */
export function labelsIn(text: string): { head: string; labels: LabelValue[] } {
  const hits: Array<{ index: number; end: number; label: string }> = [];
  for (const m of matchesOutsideBrackets(LABEL_ANY, text)) {
    if (m.index > 0 && !isLabelBreakCode(text.charCodeAt(m.index - 1))) continue;
    hits.push({ index: m.index, end: m.index + m[0].length, label: m[1] });
  }
  const labels = hits.map((h, i) => ({
    label: h.label,
    value: trimEnd(text.slice(h.end, hits[i + 1]?.index ?? text.length)),
  }));
  return { head: hits.length ? text.slice(0, hits[0].index).trim() : text, labels };
}

/** drop trailing separators without a backtracking regex */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && isTrailingSeparator(s.charCodeAt(e - 1))) e--;
  return s.slice(0, e).trim();
}

const isTrailingSeparator = isValueTrailCode;

/** fill roles and the deadline from labelled values */
export function applyLabels(labels: LabelValue[], roles: Roles): string | null {
  let deadline: string | null = null;
  for (const { label, value } of labels) {
    const role = roleOfLabel(label);
    if (role === 'deadline') deadline = deadline ? `${deadline}；${cleanDeadline(value) ?? ''}` : cleanDeadline(value);
    else if (role) addUnits(roles, role, unitsOfValue(value));
  }
  return deadline;
}

/** does any paragraph of the item hold a colon after a label's last character */
function holdsLabelColon(item: Item): boolean {
  for (const p of item.paragraphs) if (p.labelColon) return true;
  return false;
}

/** at most this many prose paragraphs before the labels: more means the labels belong elsewhere */
const MAX_BODY_PARAGRAPHS = 3;

interface Block {
  body: Passage[];
  labels: LabelValue[];
  last: number;
}

/** the item's paragraphs as runs of prose each followed by its labels; prose after the last labels is not a task */
function blocksOf(item: Item): Block[] {
  const blocks: Block[] = [];
  let cur: Block = { body: [], labels: [], last: item.node.line };
  for (const p of item.paragraphs) {
    if (p.label) {
      appendAll(cur.labels, labelsIn(p.text).labels);
      cur.last = p.last;
      continue;
    }
    if (cur.labels.length) {
      blocks.push(cur);
      cur = { body: [], labels: [], last: p.last };
    }
    // a label needs a colon after its last character: a paragraph without one is prose
    const inline = p.labelColon ? labelsIn(p.text) : null;
    if (inline?.labels.length) {
      cur.body.push({ text: inline.head, first: p.first, last: p.last });
      appendAll(cur.labels, inline.labels);
      cur.last = p.last;
      continue;
    }
    cur.body.push(p);
  }
  if (cur.labels.length) blocks.push(cur);
  // a later run must be prose of its own: a stray fragment before labels is not a task
  return blocks.filter(
    (b, i) =>
      b.body.length <= MAX_BODY_PARAGRAPHS && (i === 0 || /[。；！？）]$/.test(b.body.map((p) => p.text).join(''))),
  );
}

/**
 * Form 1: a numbered item whose text is followed by labelled lines (牵头单位：, 责任单位：,
 * 指导部门：, 完成时限： …), or carries them inline after its last sentence. Further runs
 * of prose + labels under the same heading are tasks of their own, without a number.
 */
export function labelledTasks(item: Item, docId: string): TaskDraft[] {
  // every label has its colon: an item without one has no labelled lines
  if (!holdsLabelColon(item)) return [];
  const blocks = blocksOf(item);
  return blocks.map((b, i) => {
    const roles = emptyRoles();
    const deadline = applyLabels(b.labels, roles);
    const text = joinParagraphs(b.body);
    const own = i === 0 && b.body[0]?.first === item.node.line;
    return {
      docId,
      first: b.body[0]?.first ?? item.node.line,
      last: b.last,
      seq: own ? item.node.heading.seq : null,
      section: own ? (item.node.parent?.path ?? []) : item.node.path,
      title: shortTitle(text),
      text,
      roles,
      deadline,
      group: null,
    };
  });
}
