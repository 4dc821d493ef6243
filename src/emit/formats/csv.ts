import { PLURAL, type RecordSet, type RecordType } from '../../schema/index.js';
import type { Emitter } from '../emitter.js';
import type { Sink } from '../sink.js';
import { writeWhole } from '../target.js';
import { csvHeader, csvRows, tableCsv } from '../csv.js';
import { columnsFor, tableFile } from '../columns.js';
import { DataPackageBuilder } from '../datapackage.js';
import { UsageError } from '../records.js';

const recordsOf = (set: RecordSet, t: RecordType) => set[PLURAL[t] as keyof RecordSet] as object[];

/**
 * `--format csv`: one file per record type (`projects.csv` …), written row by row as each
 * input file is parsed, so memory stays flat over an archive; each generic table in a file
 * of its own (`tables/<id>.csv`, indexed by `tables.csv`); and `datapackage.json`, the
 * Frictionless descriptor of them all. To stdout only for a single type.
 */
export const csv: Emitter = {
  name: 'csv',
  summary:
    'one CSV file per record type (<type>.csv), one per table (tables/), and datapackage.json; --header zh for Chinese column names, --bom for Excel',
  file: null,
  streaming: true,
  async start(target, opts) {
    if (target.stdout && opts.types.length > 1)
      throw new UsageError('--format csv writes one file per record type: give --out DIR, or a single --types');
    const pkg = target.stdout ? null : new DataPackageBuilder(opts.types, opts.header);
    const sinks = new Map<RecordType, Sink>();
    const abort = async () => {
      for (const s of sinks.values()) await s.abort();
    };
    try {
      for (const t of opts.types) {
        const sink = await target.open(`${PLURAL[t]}.csv`);
        sinks.set(t, sink);
        await sink.write(csvHeader(columnsFor(t), opts));
      }
    } catch (e) {
      await abort();
      throw e;
    }
    return {
      async file(out) {
        for (const [t, sink] of sinks) {
          const records = recordsOf(out.records, t);
          if (!records.length) continue;
          pkg?.see(t, records);
          await sink.write(csvRows(columnsFor(t), records));
        }
        if (!pkg) return;
        for (const table of out.records.tables) {
          await writeWhole(target, tableFile(table.id), tableCsv(table, opts));
          pkg.addTable(table);
        }
      },
      async end() {
        for (const sink of sinks.values()) await sink.close();
        if (pkg) await writeWhole(target, 'datapackage.json', JSON.stringify(pkg.descriptor(), null, 2) + '\n');
      },
      abort,
    };
  },
};
