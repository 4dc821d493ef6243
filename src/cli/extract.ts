import { writeFileAtomic, insideDir } from '../emit/atomic.js';
import { toCsv } from '../emit/csv.js';
import { toIcs } from '../emit/ics.js';
import { TOOL, VERSION, UsageError, jsonlLines, parseTypes, type Envelope } from '../emit/records.js';
import { PLURAL, emptyRecordSet, type Diagnostic, type RecordSet, type RecordType } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import type { RecordKey } from '../pipeline/parse-file.js';
import { checkUniqueIds } from '../validate/validate.js';
import { filterByUnit } from '../text/units.js';
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
function writeOut(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else { process.stdout.once('drain', resolve); process.stdout.once('error', reject); }
  });
}

function keep(records: RecordSet, types: RecordType[], unit: string | undefined): RecordSet {
  const out = emptyRecordSet();
  for (const t of types) (out as unknown as Record<string, unknown[]>)[PLURAL[t]] = (records as unknown as Record<string, unknown[]>)[PLURAL[t]];
  if (unit) out.tasks = filterByUnit(out.tasks, unit);
  return out;
}

function merge(into: RecordSet, from: RecordSet): void {
  for (const k of Object.keys(into) as Array<keyof RecordSet>) (into[k] as unknown[]).push(...(from[k] as unknown[]));
}

export async function extractCommand(inputs: string[], o: ExtractOptions): Promise<number> {
  if (!FORMATS.includes(o.format)) throw new UsageError(`unknown format "${o.format}" (json, jsonl, csv or ics)`);
  if (o.header !== 'en' && o.header !== 'zh') throw new UsageError(`--header is en or zh, not "${o.header}"`);
  let types = parseTypes(o.types);
  if (o.format === 'ics') types = ['activity'];
  if (o.format === 'csv' && !o.out && types.length > 1) throw new UsageError('--format csv writes one file per record type: give --out DIR, or a single --types');
  const only = new Set<RecordKey>(types.map((t) => PLURAL[t] as RecordKey));
  if (o.unit) only.add('tasks');

  const files: FileInfo[] = [];
  const all = emptyRecordSet();
  const perFile: RecordSet[] = [];
  const diagnostics: Diagnostic[] = [];
  const streaming = o.format === 'jsonl' && !o.out;
  const jsonlChunks: string[] = [];

  const { problems } = await runInputs(inputs, o, { only }, async (r) => {
    if (!r.info || !r.parsed) return;
    files.push(r.info);
    const recs = keep(r.parsed.records, types, o.unit);
    if (o.format !== 'jsonl') perFile.push(recs); // JSONL keeps nothing per file: memory stays flat
    if (o.format === 'jsonl') {
      const lines = jsonlLines(recs, r.diagnostics, types);
      if (streaming) { if (lines.length) await writeOut(lines.join('\n') + '\n'); }
      else jsonlChunks.push(...lines);
      diagnostics.push(...r.diagnostics.filter((d) => d.severity === 'error'));
      return;
    }
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
    await writeFileAtomic(insideDir(o.out, 'records.jsonl'), jsonlChunks.length ? jsonlChunks.join('\n') + '\n' : '');
  } else if (o.format === 'csv') {
    for (const t of types) {
      const csv = toCsv(t, (all as unknown as Record<string, object[]>)[PLURAL[t]], { header: o.header as 'en' | 'zh', bom: !!o.bom });
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
    process.stderr.write(`qhdocs: ${files.length} file(s), ${o.format === 'jsonl' ? 'records' : `${n} records`} written to ${o.out} (${c.error} errors, ${c.warning} warnings)\n`);
  }
  if (problems.length) return 2;
  if (o.strict && diagnostics.some((d) => d.severity === 'error')) return 1;
  return 0;
}
