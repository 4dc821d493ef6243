import type { Diagnostic, TableRecord } from '../schema/index.js';
import type { DocTable, ParseContext, ParseResult } from './context.js';
import type { TableKind } from '../segment/table-kind.js';

const READER_NAMES: Record<TableKind, string> = {
  projects: 'a signed-project table',
  tasks: 'a task table',
  schedule: 'a schedule',
  roster: 'a roster',
};

/** a header the classifier could not place: read by no reader, kept as a generic table */
function ambiguous(ctx: ParseContext, t: DocTable): Diagnostic {
  const could = t.owner.unsure.map((k) => READER_NAMES[k]).join(' or ');
  return ctx.diag(
    'table-kind-ambiguous',
    `"${t.title ?? t.header.join(' | ')}" could be ${could} (${t.owner.reason}); read by no reader, kept as a generic table`,
    t.headerLine,
    t.id,
  );
}

/** every tab-separated table in generic form; a header the classifier could not place is reported here */
export function parseTables(ctx: ParseContext): ParseResult<TableRecord> {
  const records: TableRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of ctx.tables) {
    records.push({
      type: 'table',
      id: t.id,
      docId: t.docId,
      source: ctx.linesSource(t.firstLine, t.lastLine),
      title: t.title,
      header: t.header,
      rows: t.rows.map((r) => r.cells),
      mergedBlanks: t.mergedBlanks,
      rowLines: t.rows.map((r) => r.line),
    });
    if (t.mergedBlanks.length)
      diagnostics.push(
        ctx.diag(
          'table-merged-cells',
          `${t.mergedBlanks.length} blank cells under merged cells kept blank (see mergedBlanks)`,
          t.headerLine,
          t.id,
        ),
      );
    if (t.wrappedLines.length)
      diagnostics.push(
        ctx.diag(
          'table-wrapped-cells',
          `${t.wrappedLines.length} wrapped line(s) joined to the cell above (lines ${t.wrappedLines.join(', ')})`,
          t.wrappedLines[0],
          t.id,
        ),
      );
    if (!t.title)
      diagnostics.push(ctx.diag('table-without-title', 'no caption line above the table', t.headerLine, t.id));
    if (t.owner.unsure.length) diagnostics.push(ambiguous(ctx, t));
  }
  return { records, diagnostics };
}
