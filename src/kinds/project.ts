import { ProjectSchema } from '../schema/project.js';
import { parseProjects } from '../parse/projects.js';
import { projectChecks } from '../validate/checks/projects.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Signed projects (签约项目): one per row of a signed-project table. */
export const projectKind = defineKind({
  type: 'project',
  plural: 'projects',
  schema: ProjectSchema,
  readers: [{ name: 'signed-project tables', read: parseProjects }],
  checks: [projectChecks],
  columns: [
    { key: 'seq', zh: '序号' },
    { key: 'name', zh: '项目名称' },
    { key: 'partyA', zh: '甲方(青海)' },
    { key: 'partyB', zh: '乙方(省外)' },
    { key: 'investment', zh: '总投资额(亿元)' },
    { key: 'fundingSources', zh: '资金来源地' },
    { key: 'leaders', zh: '责任领导' },
    { key: 'persons', zh: '责任人' },
    { key: 'responsibleUnit', zh: '责任单位' },
    { key: 'tableTitle', zh: '表名' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
