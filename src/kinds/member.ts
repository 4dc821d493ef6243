import { MemberSchema } from '../schema/member.js';
import { parseMembers } from '../parse/members.js';
import { memberChecks } from '../validate/checks/members.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Members: committee rosters and appointments (任命/免去/批准), one record per person and role. */
export const memberKind = defineKind({
  type: 'member',
  plural: 'members',
  schema: MemberSchema,
  readers: [{ name: 'rosters and appointments', read: parseMembers }],
  checks: [memberChecks],
  columns: [
    { key: 'body', zh: '机构' },
    { key: 'role', zh: '职务类别' },
    { key: 'action', zh: '任免' },
    { key: 'name', zh: '姓名' },
    { key: 'position', zh: '职务' },
    { key: 'notes', zh: '备注' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
