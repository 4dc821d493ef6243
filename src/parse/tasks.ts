import type { Diagnostic, TaskRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { itemsOf, type Item } from './tasks/items.js';
import { labelledTasks } from './tasks/labelled.js';
import { inlineTasks } from './tasks/inline.js';
import { headingUnitTasks } from './tasks/heading-unit.js';
import { dutyTasks } from './tasks/duties.js';
import { tableTasks } from './tasks/table.js';
import type { TaskDraft } from './tasks/draft.js';
import type { Paragraph } from './tasks/paragraphs.js';
import { settleAnnotations } from './tasks/roles.js';
import { appendAll } from '../text/arrays.js';
import { tablesOf } from '../segment/table-kind.js';
import { ACTIVITY_ITEM_FIELDS } from '../lexicon/activities.js';
import { alternation } from '../lexicon/chars.js';

/** a programme item with a time or a place is an activity (another record kind), not a task */
function isActivity(item: Item): boolean {
  for (const p of item.paragraphs) if (hasActivityLabel(p)) return true;
  return false;
}

/**
 * A time, place or route label. Every label ends with a colon after the field's last
 * character, which most paragraphs lack (a fact the paragraph already knows).
 */
function hasActivityLabel(p: Paragraph): boolean {
  return p.activityColon && ACTIVITY_LABEL.test(p.text);
}
const ACTIVITY_LABEL = new RegExp(`(^|[。；\\s])${alternation(ACTIVITY_ITEM_FIELDS)}[：:]`);

/** one form a task assignment takes inside a numbered item */
interface ItemForm {
  name: string;
  read: (item: Item, docId: string) => TaskDraft[];
}

/**
 * The forms an item's assignment may take, in precedence order: the first form that finds
 * tasks in an item wins, so an item with labelled lines is never read again for brackets.
 */
export const ASSIGNMENT_FORMS: readonly ItemForm[] = [
  // 牵头单位：… / 责任单位：… lines under the item
  { name: 'labelled lines', read: labelledTasks },
  // an inline （责任单位：…） or （…负责，…配合） bracket
  { name: 'inline bracket', read: inlineTasks },
  // a unit or a work body named in the heading itself
  { name: 'unit in heading', read: headingUnitTasks },
];

/** forms read in every item besides the one that won: duties listed per unit or group */
export const ADDITIONAL_FORMS: readonly ItemForm[] = [{ name: 'duties per unit', read: dutyTasks }];

/** the first form in precedence order that finds tasks in the item */
function assignmentTasks(item: Item, docId: string): TaskDraft[] {
  for (const form of ASSIGNMENT_FORMS) {
    const found = form.read(item, docId);
    if (found.length) return found;
  }
  return [];
}

/**
 * Task assignments in every form notices use: in numbered items (ASSIGNMENT_FORMS, then
 * ADDITIONAL_FORMS), and in the rows of task tables. An item with a time or a place is an
 * activity, not a task.
 */
export function parseTasks(ctx: ParseContext): ParseResult<TaskRecord> {
  const drafts: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of itemsOf(ctx)) {
    // the section knows its document: no search by line
    const docId = item.node.docId;
    if (isActivity(item)) continue;
    for (const d of assignmentTasks(item, docId)) drafts.push(d);
    for (const form of ADDITIONAL_FORMS) for (const d of form.read(item, docId)) drafts.push(d);
  }
  for (const doc of ctx.tree.documents)
    for (const t of tablesOf(doc.tables, 'tasks')) {
      const r = tableTasks(ctx, t);
      appendAll(drafts, r.drafts);
      appendAll(diagnostics, r.diagnostics);
    }
  drafts.sort((a, b) => a.first - b.first || a.last - b.last);
  const records: TaskRecord[] = drafts.map((d) => {
    const id = ctx.newId('task', d.docId);
    const roles = settleAnnotations(d.roles);
    return {
      type: 'task',
      id,
      docId: d.docId,
      source: ctx.linesSource(d.first, d.last),
      seq: d.seq,
      section: d.section,
      title: d.title,
      text: d.text,
      lead: roles.lead,
      responsible: roles.responsible,
      guidance: roles.guidance,
      cooperating: roles.cooperating,
      deadline: d.deadline,
      group: d.group,
    };
  });
  return { records, diagnostics };
}
