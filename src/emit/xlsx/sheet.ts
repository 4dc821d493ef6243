import type { stream as ExcelStream, Worksheet } from 'exceljs';
import type { XlsxCell } from './cells.js';

type WorkbookWriter = ExcelStream.xlsx.WorkbookWriter;

/** one worksheet to write: its name, header row, column widths, then its rows */
export interface SheetSpec {
  name: string;
  header: string[];
  widths: number[];
}

const WRAP = { wrapText: true, vertical: 'top' } as const;
const TOP = { vertical: 'top' } as const;

/**
 * Write one worksheet of a streaming workbook: the header row bold, frozen and filtered,
 * each row committed as it is written so memory holds none of them. A cell holding a line
 * break (a list, a long text) wraps.
 */
export async function writeSheet(wb: WorkbookWriter, spec: SheetSpec, rows: AsyncIterable<XlsxCell[]>): Promise<void> {
  const ws: Worksheet = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = spec.widths.map((width) => ({ width }));
  if (spec.header.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.header.length } };
  const head = ws.addRow(spec.header);
  head.font = { bold: true };
  head.alignment = TOP;
  head.commit();
  for await (const cells of rows) {
    const row = ws.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.value === null) return;
      const cell = row.getCell(i + 1);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (typeof c.value === 'string' && (c.value.includes('\n') || c.value.length > 30)) cell.alignment = WRAP;
    });
    row.commit();
  }
  ws.commit();
}
