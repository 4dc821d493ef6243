import { writeFileAtomic, insideDir } from '../emit/atomic.js';
import { toCsv } from '../emit/csv.js';
import { toIcs } from '../emit/ics.js';
import {
  TOOL,
  VERSION,
  UsageError,
  parseTypes,
  renderJsonl,
  selectRecords,
  type Envelope,
  type Selection,
} from '../emit/records.js';
import { PLURAL, emptyRecordSet, type Diagnostic, type RecordSet } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import type { RecordKey } from '../pipeline/parse-file.js';
import { checkUniqueIds } from '../validate/validate.js';
import { runInputs, type CommonOptions } from './run-inputs.js';
import { countBySeverity } from './report.js';

export interface ExtractOptions extends CommonOptions {
  format: string;
  out?: string;
  types?: string;
  header: string;
  bom?: boolean;
  strict?: boolean;
  unit?: string;
}

const FORMATS = ['json', 'jsonl', 'csv', 'ics'];

/** write to stdout and wait for it to drain, so large outputs are not cut when the process exits */
function writeOut(s: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) {
      resolve();
      return;
    }
    // one pair of listeners per wait, both removed once either fires
    const done = (e?: Error) => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      if (e) reject(e);
      else resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
  });
}

function merge(into: RecordSet, from: RecordSet): void {
  for (const k of Object.keys(into) as Array<keyof RecordSet>) (into[k] as unknown[]).push(...(from[k] as unknown[]));
}

export async function extractCommand(inputs: string[], o: ExtractOptions): Promise<number> {
  if (!FORMATS.includes(o.format)) throw new UsageError(`unknown format "${o.format}" (json, jsonl, csv or ics)`);
  if (o.header !== 'en' && o.header !== 'zh') throw new UsageError(`--header is en or zh, not "${o.header}"`);
  let types = parseTypes(o.types);
  if (o.format === 'ics') types = ['activity'];
  if (o.format === 'csv' && !o.out && types.length > 1)
    throw new UsageError('--format csv writes one file per record type: give --out DIR, or a single --types');
  const only = new Set<RecordKey>(types.map((t) => PLURAL[t] as RecordKey));
  if (o.unit) only.add('tasks');

  const files: FileInfo[] = [];
  const all = emptyRecordSet();
  const perFile: RecordSet[] = [];
  const diagnostics: Diagnostic[] = [];
  const streaming = o.format === 'jsonl' && !o.out;
  const jsonlChunks: Array<string | Uint8Array> = [];
  const sel: Selection = { types, unit: o.unit };

  // JSONL is rendered where each file is parsed (a worker thread, in a parallel run)
  const runOpts = o.format === 'jsonl' ? { only, jsonl: sel } : { only };
  const { problems } = await runInputs(inputs, o, runOpts, async (r) => {
    if (!r.info) return;
    files.push(r.info);
    if (o.format === 'jsonl') {
      // JSONL keeps nothing per file but its errors (for --strict): memory stays flat
      const text = r.jsonl ?? (r.parsed ? renderJsonl(r.parsed.records, r.diagnostics, sel) : '');
      if (streaming) {
        if (text.length) await writeOut(text);
      } else jsonlChunks.push(text);
      for (const d of r.diagnostics) if (d.severity === 'error') diagnostics.push(d);
      return;
    }
    if (!r.parsed) return;
    const recs = selectRecords(r.parsed.records, sel);
    perFile.push(recs);
    merge(all, recs);
    diagnostics.push(...r.diagnostics);
  });
  if (o.format !== 'jsonl') diagnostics.push(...checkUniqueIds(perFile, (i) => files[i]?.path ?? ''));
  for (const p of problems) {
    diagnostics.push({ severity: 'error', code: 'input-unreadable', message: p.message, file: p.path, line: 0 });
    process.stderr.write(`qhdocs: ${p.message}\n`);
  }

  if (o.format === 'json') {
    const env: Envelope = { tool: TOOL, version: VERSION, files, records: all, diagnostics };
    const text = JSON.stringify(env, null, 2) + '\n';
    if (o.out) await writeFileAtomic(insideDir(o.out, 'records.json'), text);
    else await writeOut(text);
  } else if (o.format === 'jsonl' && o.out) {
    await writeFileAtomic(
      insideDir(o.out, 'records.jsonl'),
      Buffer.concat(jsonlChunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
    );
  } else if (o.format === 'csv') {
    for (const t of types) {
      const csv = toCsv(t, (all as unknown as Record<string, object[]>)[PLURAL[t]], {
        header: o.header as 'en' | 'zh',
        bom: !!o.bom,
      });
      if (o.out) await writeFileAtomic(insideDir(o.out, `${PLURAL[t]}.csv`), csv);
      else await writeOut(csv);
    }
  } else if (o.format === 'ics') {
    const ics = toIcs(all.activities);
    if (o.out) await writeFileAtomic(insideDir(o.out, 'activities.ics'), ics);
    else await writeOut(ics);
  }

  if (o.out && !o.quiet) {
    const n = types.reduce((s, t) => s + (all as unknown as Record<string, unknown[]>)[PLURAL[t]].length, 0);
    const c = countBySeverity(diagnostics);
    process.stderr.write(
      `qhdocs: ${files.length} file(s), ${o.format === 'jsonl' ? 'records' : `${n} records`} written to ${o.out} (${c.error} errors, ${c.warning} warnings)\n`,
    );
  }
  if (problems.length) return 2;
  const errors = o.strict ? diagnostics.filter((d) => d.severity === 'error').length : 0;
  if (errors) {
    // the output may be a file or a pipe: the reason for exit 1 always goes to stderr
    process.stderr.write(
      `qhdocs: --strict: ${errors} validation error${errors === 1 ? '' : 's'} (qhdocs validate shows them)\n`,
    );
    return 1;
  }
  return 0;
}
