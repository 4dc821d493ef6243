import type { MemberRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

export function parseMembers(_ctx: ParseContext): ParseResult<MemberRecord> {
  return { records: [], diagnostics: [] };
}
