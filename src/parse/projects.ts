import type { Diagnostic, ProjectRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import type { ProjectTableFacts } from './facts.js';
import { analyzeProjectTables, projectTableBlocks, type ProjectRow, type ProjectTable } from './projects/analyze.js';

export { analyzeProjectTables, projectTableBlocks } from './projects/analyze.js';
export type { ProjectTable, ProjectGroup, ProjectRow } from './projects/analyze.js';

/**
 * One `project` per row of every signed-project (签约项目) table of the document tree (the
 * table blocks the classifier gave this reader). Rows take the 责任单位 of the group heading
 * above them; damaged rows are kept, each with a warning saying what was empty, realigned
 * or left as printed. What the tables declare (group counts, subtotals, the 合计 line) comes
 * back as facts for the cross-checks, which never read this reader's internals.
 */
export function parseProjects(ctx: ParseContext): ParseResult<ProjectRecord> {
  const records: ProjectRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const projectTables: ProjectTableFacts[] = [];
  for (const t of analyzeProjectTables(projectTableBlocks(ctx.tree), ctx.src)) {
    for (const n of t.notes) diagnostics.push(ctx.note(n));
    const facts = tableFacts(t);
    for (const g of t.groups) {
      const ids: string[] = [];
      for (const r of g.rows) {
        const id = ctx.newId('project', t.docId);
        records.push(record(ctx, t, r, id, g.unit ?? r.unitCell));
        for (const n of r.notes) diagnostics.push(ctx.note({ ...n, line: r.line }, id));
        ids.push(id);
        if (r.damage.length) facts.damagedIds.push(id);
      }
      const { unit, line, declaredCount, declaredSubtotal, subtotalLine } = g;
      facts.groups.push({ unit, line, declaredCount, declaredSubtotal, subtotalLine, recordIds: ids });
    }
    projectTables.push(facts);
  }
  return { records, diagnostics, facts: { projectTables } };
}

function tableFacts(t: ProjectTable): ProjectTableFacts {
  const { docId, title, headerLine, firstLine, declaredTotal, declaredTotalCount, totalLine } = t;
  return {
    docId,
    title,
    headerLine,
    firstLine,
    groups: [],
    declaredTotal,
    declaredTotalCount,
    totalLine,
    damagedIds: [],
  };
}

function record(
  ctx: ParseContext,
  t: ProjectTable,
  r: ProjectRow,
  id: string,
  responsibleUnit: string | null,
): ProjectRecord {
  return {
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
    responsibleUnit,
    tableTitle: t.title,
  };
}
