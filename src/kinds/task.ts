import { TaskSchema } from '../schema/task.js';
import { parseTasks } from '../parse/tasks.js';
import { taskChecks } from '../validate/checks/tasks.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Tasks: work assigned to units, in every form notices use (see parse/tasks.ts for the forms and their precedence). */
export const taskKind = defineKind({
  type: 'task',
  plural: 'tasks',
  schema: TaskSchema,
  readers: [{ name: 'task forms', read: parseTasks }],
  checks: taskChecks,
  columns: [
    { key: 'seq', zh: '序号' },
    { key: 'section', zh: '所属章节' },
    { key: 'title', zh: '标题' },
    { key: 'text', zh: '任务内容' },
    { key: 'lead', zh: '牵头单位' },
    { key: 'responsible', zh: '责任单位' },
    { key: 'guidance', zh: '指导部门' },
    { key: 'cooperating', zh: '配合单位' },
    { key: 'deadline', zh: '完成时限' },
    { key: 'group', zh: '分组' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
