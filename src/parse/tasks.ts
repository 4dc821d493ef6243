import type { TaskRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

export function parseTasks(_ctx: ParseContext): ParseResult<TaskRecord> {
  return { records: [], diagnostics: [] };
}
