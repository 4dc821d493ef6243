import { ContactSchema } from '../schema/contact.js';
import { parseContacts } from '../parse/contacts.js';
import { contactChecks } from '../validate/checks/contacts.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, list } from './columns.js';
import { defineKind } from './kind.js';

/** Contacts: 联系人 blocks and office addresses; numbers no layout gives to a person stay in a contact without a name. */
export const contactKind = defineKind({
  type: 'contact',
  plural: 'contacts',
  titleZh: '联系方式',
  summary: '联系人 blocks and addresses: name, unit, phones, fax, email',
  schema: ContactSchema,
  readers: [{ name: 'contact blocks', read: parseContacts }],
  checks: contactChecks,
  columns: [
    s('kind', '类别'),
    s('role', '职责'),
    s('name', '姓名'),
    s('organization', '单位'),
    list('phones', '电话'),
    list('fax', '传真'),
    list('emails', '电子邮箱'),
    s('address', '地址'),
    s('postcode', '邮编'),
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
