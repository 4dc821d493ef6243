import type { Diagnostic, TaskRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { itemsOf, type Item } from './tasks/paragraphs.js';
import { labelledTasks } from './tasks/labelled.js';
import { inlineTasks } from './tasks/inline.js';
import { headingUnitTasks } from './tasks/heading-unit.js';
import { dutyTasks } from './tasks/duties.js';
import { tableTasks } from './tasks/table.js';
import type { TaskDraft } from './tasks/draft.js';
import { settleAnnotations } from './tasks/roles.js';
import { appendAll } from '../text/arrays.js';

/** a programme item with a time or a place is an activity (another record kind), not a task */
function isActivity(item: Item): boolean {
  return item.paragraphs.some((p) => hasActivityLabel(p.text));
}

/** a time, place or route label; the words alone are a quicker first test than the full pattern */
function hasActivityLabel(text: string): boolean {
  return ACTIVITY_WORDS.test(text) && ACTIVITY_LABEL.test(text);
}
const ACTIVITY_WORDS = /(?:时间|地点|路线)[：:]/;
const ACTIVITY_LABEL = /(^|[。；\s])(时间|地点|路线)[：:]/;

/**
 * Task assignments in every form notices use: labelled lines under an item (1), an
 * inline `（责任单位：…）` (2) or `（…负责，…配合）` (3) bracket, a unit or a work body named
 * in the heading (4, 5), rows of task tables (6), and duties listed per unit or group (7).
 */
export function parseTasks(ctx: ParseContext): ParseResult<TaskRecord> {
  const drafts: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of itemsOf(ctx)) {
    const docId = ctx.docAt(item.node.line).record.id;
    if (isActivity(item)) continue;
    const labelled = labelledTasks(item, docId);
    const inline = labelled.length ? [] : inlineTasks(item, docId);
    for (const d of labelled.length ? labelled : inline.length ? inline : headingUnitTasks(item, docId)) drafts.push(d);
    for (const d of dutyTasks(item, docId)) drafts.push(d);
  }
  for (const t of ctx.tables) {
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
