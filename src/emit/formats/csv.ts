import { emptyRecordSet, PLURAL, type RecordSet } from '../../schema/index.js';
import type { Emitter } from '../emitter.js';
import { writeWhole } from '../target.js';
import { toCsv } from '../csv.js';
import { UsageError } from '../records.js';

/** `--format csv`: one file per record type (`projects.csv` …); to stdout only for a single type */
export const csv: Emitter = {
  name: 'csv',
  summary: 'one CSV file per record type (<type>.csv); --header zh for Chinese column names, --bom for Excel',
  file: null,
  streaming: false,
  async start(target, opts) {
    if (target.stdout && opts.types.length > 1)
      throw new UsageError('--format csv writes one file per record type: give --out DIR, or a single --types');
    const all: RecordSet = emptyRecordSet();
    return {
      async file(out) {
        for (const t of opts.types) {
          const k = PLURAL[t] as keyof RecordSet;
          for (const r of out.records[k]) (all[k] as unknown[]).push(r);
        }
      },
      async end() {
        for (const t of opts.types) {
          const k = PLURAL[t] as keyof RecordSet;
          await writeWhole(target, `${k}.csv`, toCsv(t, all[k], { header: opts.header, bom: opts.bom }));
        }
      },
      async abort() {},
    };
  },
};
