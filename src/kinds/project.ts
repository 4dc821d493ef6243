import { ProjectSchema } from '../schema/project.js';
import { parseProjects } from '../parse/projects.js';
import { projectChecks } from '../validate/checks/projects.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, int, list } from './columns.js';
import { defineKind } from './kind.js';

/** Signed projects (签约项目): one per row of a signed-project table. */
export const projectKind = defineKind({
  type: 'project',
  plural: 'projects',
  titleZh: '签约项目',
  summary: 'one per row of a 签约项目 table: parties, investment, 责任单位',
  schema: ProjectSchema,
  readers: [{ name: 'signed-project tables', read: parseProjects }],
  checks: [projectChecks],
  columns: [
    int('seq', '序号'),
    s('name', '项目名称'),
    list('partyA', '甲方(青海)'),
    list('partyB', '乙方(省外)'),
    { key: 'investment', zh: '总投资额(亿元)', kind: 'number' },
    list('fundingSources', '资金来源地'),
    list('leaders', '责任领导'),
    list('persons', '责任人'),
    s('responsibleUnit', '责任单位'),
    s('tableTitle', '表名'),
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
