import { MemberSchema } from '../schema/member.js';
import { parseMembers } from '../parse/members.js';
import { memberChecks } from '../validate/checks/members.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, list } from './columns.js';
import { defineKind } from './kind.js';

/** Members: committee rosters and appointments (任命/免去/批准), one record per person and role. */
export const memberKind = defineKind({
  type: 'member',
  plural: 'members',
  titleZh: '人员名单',
  summary: 'rosters and 任命/免去 appointments: one per person and role',
  schema: MemberSchema,
  readers: [{ name: 'rosters and appointments', read: parseMembers }],
  checks: [memberChecks],
  columns: [
    s('body', '机构'),
    s('role', '职务类别'),
    s('action', '任免'),
    s('name', '姓名'),
    s('position', '职务'),
    list('notes', '备注'),
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
