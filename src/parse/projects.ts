import type { Diagnostic, ProjectRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { analyzeProjectTables } from './projects/analyze.js';

export { analyzeProjectTables } from './projects/analyze.js';
export type { ProjectTable, ProjectGroup, ProjectRow } from './projects/analyze.js';

/**
 * One `project` per row of every 签约项目 table (a header with 项目名称 and party /
 * investment columns). Rows take the 责任单位 of the group heading above them; damaged
 * rows are kept, each with a warning saying what was empty, realigned or left as printed.
 */
export function parseProjects(ctx: ParseContext): ParseResult<ProjectRecord> {
  const records: ProjectRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const tables = analyzeProjectTables(ctx.tables, (n) => ctx.lineText(n));
  for (const t of tables) {
    for (const n of t.notes) diagnostics.push(ctx.note(n));
    for (const g of t.groups) {
      for (const r of g.rows) {
        const id = ctx.newId('project', t.docId);
        records.push({
          type: 'project',
          id,
          docId: t.docId,
          source: ctx.linesSource(r.line, r.lastLine),
          seq: r.seq,
          name: r.name,
          partyA: r.partyA,
          partyB: r.partyB,
          investment: r.investment,
          fundingSources: r.fundingSources,
          leaders: r.leaders,
          persons: r.persons,
          responsibleUnit: g.unit ?? r.unitCell,
          tableTitle: t.title,
        });
        for (const n of r.notes) diagnostics.push(ctx.note({ ...n, line: r.line }, id));
      }
    }
  }
  return { records, diagnostics };
}
