import { TaskSchema } from '../schema/task.js';
import { parseTasks } from '../parse/tasks.js';
import { taskChecks } from '../validate/checks/tasks.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, list } from './columns.js';
import { defineKind } from './kind.js';

/** Tasks: work assigned to units, in every form notices use (see parse/tasks.ts for the forms and their precedence). */
export const taskKind = defineKind({
  type: 'task',
  plural: 'tasks',
  titleZh: '任务分工',
  summary: 'a duty, its 牵头/配合/责任单位 and deadline, in prose or tables',
  schema: TaskSchema,
  readers: [{ name: 'task forms', read: parseTasks }],
  checks: taskChecks,
  columns: [
    s('seq', '序号'),
    list('section', '所属章节'),
    s('title', '标题'),
    s('text', '任务内容'),
    list('lead', '牵头单位'),
    list('responsible', '责任单位'),
    list('guidance', '指导部门'),
    list('cooperating', '配合单位'),
    s('deadline', '完成时限'),
    s('group', '分组'),
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
