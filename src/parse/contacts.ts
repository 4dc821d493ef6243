import type { ContactRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

export function parseContacts(_ctx: ParseContext): ParseResult<ContactRecord> {
  return { records: [], diagnostics: [] };
}
