import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { stream as ExcelStream } from 'exceljs';
import type { Emitter } from '../emitter.js';
import type { Sink } from '../sink.js';
import { UsageError } from '../records.js';
import { emptyRecordSet } from '../../schema/index.js';
import { XlsxBook } from '../xlsx/book.js';
import { Spool } from '../xlsx/spool.js';

/** a Writable over a checked Sink: each chunk waits for its write, so the zip cannot outrun the disk */
function sinkStream(sink: Sink): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      sink.write(chunk).then(() => done(), done);
    },
  });
}

/** the time every part of the workbook carries, so the same input gives the same bytes */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** what of the streaming workbook writer this module reaches past its typings */
interface ZipHolder {
  zip: { append(source: unknown, data: object): unknown };
  addThemes(): Promise<void>;
}

/**
 * A streaming workbook writer whose zip entries all carry FIXED_DATE. The zip library
 * stamps each entry with the current time unless told otherwise and the writer does not
 * tell it; the first entries are added inside its constructor, so the stamp goes in
 * through the first method the constructor calls.
 */
function stampedWriter(ExcelJS: typeof import('exceljs'), options: object): ExcelStream.xlsx.WorkbookWriter {
  const Base = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (o: object) => ZipHolder;
  class Stamped extends Base {
    override addThemes() {
      const append = this.zip.append.bind(this.zip);
      this.zip.append = (source, data) => append(source, { ...data, date: FIXED_DATE });
      return super.addThemes();
    }
  }
  return new Stamped(options) as unknown as ExcelStream.xlsx.WorkbookWriter;
}

/**
 * `--format xlsx`: one workbook with a sheet per record type, a sheet per generic table and
 * the diagnostics; cells typed (numbers, dates, booleans), header rows frozen and filtered.
 * Records wait in temporary files until their sheet's turn, so memory stays flat.
 */
export const xlsx: Emitter = {
  name: 'xlsx',
  summary:
    'one workbook (records.xlsx): a sheet per record type, one per table, and the diagnostics; typed cells; texts over 32,767 characters cut with a mark and a warning',
  file: 'records.xlsx',
  streaming: true,
  async start(target, opts) {
    if (target.stdout && process.stdout.isTTY)
      throw new UsageError('--format xlsx writes a binary workbook: give --out FILE.xlsx or redirect the output');
    const spool = await Spool.create();
    const book = new XlsxBook(spool, opts.types, opts.header);
    let sink: Sink | null = null;
    return {
      async file(out) {
        return book.add(out.records, out.diagnostics);
      },
      async end(end) {
        try {
          await book.add(emptyRecordSet(), end.diagnostics);
          // loaded only now: the library is large, and the parse (workers and all) is done
          // (require, not import(): the bundled CLI runs in a vm script without dynamic import)
          const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
          sink = await target.open('records.xlsx');
          const stream = sinkStream(sink);
          const wb = stampedWriter(ExcelJS, { stream, useStyles: true, useSharedStrings: false });
          wb.creator = 'qhdocs';
          wb.created = FIXED_DATE;
          wb.modified = FIXED_DATE;
          await book.write(wb);
          await sink.close();
        } finally {
          await spool.remove();
        }
      },
      async abort() {
        await sink?.abort();
        await spool.remove();
      },
    };
  },
};
