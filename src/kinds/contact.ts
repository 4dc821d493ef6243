import { ContactSchema } from '../schema/contact.js';
import { parseContacts } from '../parse/contacts.js';
import { contactChecks } from '../validate/checks/contacts.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Contacts: 联系人 blocks and office addresses; numbers no layout gives to a person stay in a contact without a name. */
export const contactKind = defineKind({
  type: 'contact',
  plural: 'contacts',
  schema: ContactSchema,
  readers: [{ name: 'contact blocks', read: parseContacts }],
  checks: contactChecks,
  columns: [
    { key: 'kind', zh: '类别' },
    { key: 'role', zh: '职责' },
    { key: 'name', zh: '姓名' },
    { key: 'organization', zh: '单位' },
    { key: 'phones', zh: '电话' },
    { key: 'fax', zh: '传真' },
    { key: 'emails', zh: '电子邮箱' },
    { key: 'address', zh: '地址' },
    { key: 'postcode', zh: '邮编' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
