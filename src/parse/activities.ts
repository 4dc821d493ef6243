import type { ActivityRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

export function parseActivities(_ctx: ParseContext): ParseResult<ActivityRecord> {
  return { records: [], diagnostics: [] };
}
