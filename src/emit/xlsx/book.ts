import type { stream as ExcelStream } from 'exceljs';
import {
  PLURAL,
  type AnyRecord,
  type Diagnostic,
  type RecordSet,
  type RecordType,
  type TableRecord,
} from '../../schema/index.js';
import { DIAGNOSTIC_COLUMNS, TYPE_TITLE_ZH, columnTitle, columnsFor, valueOf, type Column } from '../columns.js';
import { tableColumnNames } from '../csv.js';
import { isCodeColumn, isNumericCell } from '../table-types.js';
import { ColumnWidths, cellText, xlsxCell, type XlsxCell } from './cells.js';
import { SheetNames } from './sheet-names.js';
import { writeSheet } from './sheet.js';
import { Spool } from './spool.js';
import { fitRow, fitText, CELL_LIMIT, type CutText } from './limit.js';
import { diagnostic } from '../../diagnostics/index.js';

/** a cell as spooled: its value (a date as its ISO text) and its number format */
type Stored = [XlsxCell['value'], string?];

const store = (c: XlsxCell): Stored => (c.numFmt ? [(c.value as Date).toISOString(), c.numFmt] : [c.value]);
const revive = ([v, numFmt]: Stored): XlsxCell => (numFmt ? { value: new Date(v as string), numFmt } : { value: v });

/** one sheet of records: its columns, name and the widths its cells need */
interface RecordSheet {
  stream: string;
  name: string;
  cols: Column[];
  widths: ColumnWidths;
  /** rows spooled so far */
  rows: number;
}

/** a generic table's own sheet, spooled whole: it is written after the record sheets */
interface TableSheet {
  name: string;
  header: string[];
  widths: number[];
  rows: Stored[][];
}

const DIAGNOSTICS = 'diagnostic';

/**
 * A workbook built over a run: every file's records become typed cells, spooled per sheet
 * to temporary files (so memory stays flat), and at the end the sheets are written one
 * after another — one per record type in the SPEC's order, one per generic table (named
 * from its title), then the diagnostics.
 */
export class XlsxBook {
  private readonly names = new SheetNames();
  private readonly sheets: RecordSheet[];
  private readonly diagnostics: RecordSheet;
  private readonly tableSheetOf = new Map<string, string>();

  constructor(
    private readonly spool: Spool,
    private readonly types: RecordType[],
    private readonly header: 'en' | 'zh',
  ) {
    const zh = header === 'zh';
    this.sheets = types.map((t) => this.sheet(t, zh ? TYPE_TITLE_ZH[t] : PLURAL[t], this.columnsOf(t)));
    this.diagnostics = this.sheet(DIAGNOSTICS, zh ? '诊断' : 'diagnostics', DIAGNOSTIC_COLUMNS);
  }

  /**
   * One input file's records and diagnostics. Returns the warnings the workbook adds (a
   * text cut to fit a cell), which are also written to its diagnostics sheet.
   */
  async add(records: RecordSet, diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]> {
    const cuts: Diagnostic[] = [];
    // a table's sheet name is taken before its index row needs it
    if (this.types.includes('table'))
      for (const t of records.tables) await this.spool.add('table-sheets', [this.tableSheet(t, cuts)]);
    for (const s of this.sheets)
      await this.spoolRows(s, records[PLURAL[s.stream as RecordType] as keyof RecordSet], cuts);
    await this.spoolRows(this.diagnostics, [...diagnostics, ...cuts], null);
    return cuts;
  }

  /** write the workbook through a streaming writer */
  async write(wb: ExcelStream.xlsx.WorkbookWriter): Promise<void> {
    await this.spool.seal();
    for (const s of this.sheets) {
      await this.writeRecordSheet(wb, s);
      if (s.stream === 'table')
        for await (const t of this.spool.read<TableSheet>('table-sheets'))
          await writeSheet(wb, t, rowsOf(t.rows[Symbol.iterator]()));
    }
    await this.writeRecordSheet(wb, this.diagnostics);
    await wb.commit();
  }

  private sheet(stream: string, name: string, cols: Column[]): RecordSheet {
    const widths = new ColumnWidths(cols.map((c) => columnTitle(c, this.header)));
    return { stream, name: this.names.take(name), cols, widths, rows: 0 };
  }

  /** the table index names each table's sheet where the CSV names its file */
  private columnsOf(t: RecordType): Column[] {
    return columnsFor(t).map((c) =>
      t === 'table' && c.key === 'file'
        ? { key: 'sheet', zh: '工作表', kind: 'string', get: (r) => this.tableSheetOf.get((r as TableRecord).id) }
        : c,
    );
  }

  private tableSheet(t: TableRecord, cuts: Diagnostic[]): TableSheet {
    const header = tableColumnNames(t).map((h) => fitText(h, this.header)?.text ?? h);
    // typed cell by cell: one stray text cell (a misaligned row) leaves the column's numbers numbers
    const codes = header.map((_, i) => isCodeColumn(t.header[i]));
    const name = this.names.take(t.title || (this.header === 'zh' ? '表' : 'table'));
    this.tableSheetOf.set(t.id, name);
    const widths = new ColumnWidths(header);
    const rows = t.rows.map((r, n) => {
      const cells = header.map((_, i): XlsxCell => {
        const v = r[i] ?? '';
        if (v === '') return { value: null };
        if (!codes[i] && isNumericCell(v)) return { value: Number(v) };
        // cut before the control-character escape: the limit counts characters as read back
        const cut = fitText(v, this.header);
        if (cut)
          cuts.push(this.cutFound(t, t.rowLines[n] ?? t.source.startLine, name, n + 2, header[i], v.length, cut));
        return { value: cellText(cut?.text ?? v) };
      });
      widths.see(cells);
      return cells.map(store);
    });
    return { name, header, widths: widths.get(), rows };
  }

  /** `cuts` is null for the diagnostics sheet: a cut there is marked in the cell, not reported again */
  private async spoolRows(s: RecordSheet, records: readonly object[], cuts: Diagnostic[] | null): Promise<void> {
    if (!records.length) return;
    const rows = records.map((r) => {
      const row = ++s.rows + 1;
      const cells = fitRow(
        s.cols.map((c) => xlsxCell(c, valueOf(r, c))),
        this.header,
        (i, length, cut) => {
          if (!cuts) return;
          const rec = r as AnyRecord;
          const title = columnTitle(s.cols[i], this.header);
          cuts.push(this.cutFound(rec, rec.source.startLine, s.name, row, title, length, cut));
        },
      );
      s.widths.see(cells);
      return cells.map(store);
    });
    await this.spool.add(s.stream, rows);
  }

  /** the warning for one text cut to fit its cell */
  private cutFound(
    r: AnyRecord,
    line: number,
    sheet: string,
    row: number,
    column: string,
    length: number,
    cut: CutText,
  ): Diagnostic {
    const message = `the ${column} cell of sheet ${sheet}, row ${row} (${r.id}) holds ${length} characters, more than the ${CELL_LIMIT} a spreadsheet cell takes: the last ${cut.left} are cut and a mark says so; the json, jsonl and csv outputs keep the whole text`;
    return diagnostic('xlsx-cell-cut', message, { file: r.source.file, line, recordId: r.id });
  }

  private async writeRecordSheet(wb: ExcelStream.xlsx.WorkbookWriter, s: RecordSheet): Promise<void> {
    const header = s.cols.map((c) => columnTitle(c, this.header));
    const spec = { name: s.name, header, widths: s.widths.get() };
    await writeSheet(wb, spec, revived(this.spool.read<Stored[]>(s.stream)));
  }
}

async function* revived(rows: AsyncIterable<Stored[]>): AsyncGenerator<XlsxCell[]> {
  for await (const r of rows) yield r.map(revive);
}

async function* rowsOf(rows: Iterator<Stored[]>): AsyncGenerator<XlsxCell[]> {
  for (let r = rows.next(); !r.done; r = rows.next()) yield r.value.map(revive);
}
