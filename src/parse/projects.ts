import type { ProjectRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

export function parseProjects(_ctx: ParseContext): ParseResult<ProjectRecord> {
  return { records: [], diagnostics: [] };
}
