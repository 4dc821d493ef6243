import type { stream as ExcelStream, Worksheet } from 'exceljs';
import { once, type EventEmitter } from 'node:events';
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
/** how much sheet XML may wait for compression before rows wait for it */
const BACKLOG = 1 << 20;

/** a stream of the zip library's own streams package, which predates `writableLength` */
interface ZipEntryStream extends EventEmitter {
  _writableState?: { length: number; needDrain: boolean };
}

/**
 * Wait while the zip is behind. The streaming writer hands each sheet's XML to the zip
 * without heeding backpressure, so over a slow disk the XML would pile up in memory (13 MB
 * of one sheet, measured over the 300-file archive); the zip's input stream for the sheet
 * (the sheet stream's one pipe) says how far behind it is. Should a later version of the
 * library be built otherwise, this waits for nothing.
 */
async function catchUp(ws: Worksheet): Promise<void> {
  const entry = (ws as unknown as { stream?: { pipes?: ZipEntryStream[] } }).stream?.pipes?.[0];
  const state = entry?._writableState;
  if (entry && state && state.length > BACKLOG && state.needDrain) await once(entry, 'drain');
}

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
  let n = 0;
  for await (const cells of rows) {
    const row = ws.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.value === null) return;
      const cell = row.getCell(i + 1);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (typeof c.value === 'string' && (c.value.includes('\n') || c.value.length > 30)) cell.alignment = WRAP;
    });
    row.commit();
    if (++n % 200 === 0) await catchUp(ws);
  }
  ws.commit();
}
