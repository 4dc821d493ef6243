import { emptyRecordSet, type Diagnostic, type RecordSet } from '../../schema/index.js';
import type { FileInfo } from '../../pipeline/run.js';
import type { Emitter } from '../emitter.js';
import { writeWhole } from '../target.js';
import { TOOL, VERSION, type Envelope } from '../records.js';

/** append every element (no argument spreading: a file may hold hundreds of thousands of records) */
function append<T>(into: T[], from: readonly T[]): void {
  for (const x of from) into.push(x);
}

/** `--format json`: the whole run as one envelope object (SPEC "Output") */
export const json: Emitter = {
  name: 'json',
  summary: 'one object holding the whole run (records and diagnostics); kept in memory until the end',
  file: 'records.json',
  streaming: false,
  async start(target) {
    const records: RecordSet = emptyRecordSet();
    const diagnostics: Diagnostic[] = [];
    return {
      async file(out) {
        for (const k of Object.keys(records) as Array<keyof RecordSet>)
          append(records[k] as unknown[], out.records[k] as unknown[]);
        append(diagnostics, out.diagnostics);
      },
      async end(end) {
        append(diagnostics, end.diagnostics);
        const env: Envelope = { tool: TOOL, version: VERSION, files: end.files as FileInfo[], records, diagnostics };
        await writeWhole(target, 'records.json', JSON.stringify(env, null, 2) + '\n');
      },
      async abort() {},
    };
  },
};
