import type { TableRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';

/** every tab-separated table in generic form */
export function parseTables(ctx: ParseContext): ParseResult<TableRecord> {
  const records: TableRecord[] = [];
  const diagnostics = [];
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
  }
  return { records, diagnostics };
}
