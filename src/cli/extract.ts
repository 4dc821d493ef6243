import { emitterNamed, FORMAT_NAMES } from '../emit/formats/index.js';
import type { Emitter, EmitterRun } from '../emit/emitter.js';
import { resolveTarget } from '../emit/target.js';
import { UsageError, parseTypes, selectRecords, type Selection } from '../emit/records.js';
import { PLURAL, emptyRecordSet, type Diagnostic, type RecordType } from '../schema/index.js';
import { recordsOf } from '../kinds/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { FileInfo } from '../pipeline/run.js';
import type { RecordKey } from '../pipeline/parse-file.js';
import { IdRegistry } from '../validate/validate.js';
import { runInputs, type CommonOptions } from './run-inputs.js';
import { printable } from '../read/printable.js';
import { appendAll } from '../text/arrays.js';

export interface ExtractOptions extends CommonOptions {
  format: string;
  out?: string;
  types?: string;
  header: string;
  bom?: boolean;
  strict?: boolean;
  unit?: string;
}

/** the emitter and the record types a run writes, checked before any file is read */
function plan(o: ExtractOptions): { emitter: Emitter; types: RecordType[] } {
  const emitter = emitterNamed(o.format);
  if (!emitter) throw new UsageError(`unknown format "${o.format}" (${FORMAT_NAMES.join(', ')})`);
  if (o.header !== 'en' && o.header !== 'zh') throw new UsageError(`--header is en or zh, not "${o.header}"`);
  const asked = parseTypes(o.types);
  const types = emitter.types ? asked.filter((t) => emitter.types!.includes(t)) : asked;
  return { emitter, types: types.length ? types : (emitter.types ?? asked) };
}

/** the first of each code the output format added, with how many more, so no change to the data goes unsaid */
function reportFormatWarnings(ds: Diagnostic[]): void {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of ds) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  for (const [code, all] of byCode) {
    const more = all.length > 1 ? ` (and ${all.length - 1} more, listed with the diagnostics)` : '';
    process.stderr.write(`qhdocs: ${all[0].severity} ${code}: ${printable(all[0].message)}${more}\n`);
  }
}

/** `qhdocs extract`: parse every input and hand each file's records to the chosen emitter as it is ready */
export async function extractCommand(inputs: string[], o: ExtractOptions): Promise<number> {
  const { emitter, types } = plan(o);
  const only = new Set<RecordKey>(types.map((t): RecordKey => PLURAL[t]));
  if (o.unit) only.add('tasks');
  const sel: Selection = { types, unit: o.unit };
  const target = await resolveTarget(o.out, emitter.file);
  const run: EmitterRun = await emitter.start(target, { types, header: o.header as 'en' | 'zh', bom: !!o.bom });

  const files: FileInfo[] = [];
  const ids = new IdRegistry();
  let records = 0;
  // a worker thread that rendered JSONL sends no records, so the count is unknown
  let counted = true;
  const counts = { error: 0, warning: 0 };
  // what the output format itself had to change (a text cut to fit a cell): said on stderr too
  const formatWarnings: Diagnostic[] = [];
  const tally = (ds: Diagnostic[]) => {
    for (const d of ds) if (d.severity !== 'info') counts[d.severity]++;
  };
  try {
    // JSONL is rendered where each file is parsed (a worker thread, in a parallel run)
    const runOpts = { only, jsonl: emitter.wantsJsonl ? sel : undefined, text: emitter.wantsText };
    const { problems } = await runInputs(inputs, o, runOpts, async (r) => {
      if (!r.info) return;
      files.push(r.info);
      // a worker thread that rendered the file's JSONL sends that instead of the records
      const recs = r.parsed ? selectRecords(r.parsed.records, sel) : emptyRecordSet();
      if (!r.parsed) counted = false;
      for (const t of types) records += recordsOf(recs, t).length;
      tally(r.diagnostics);
      const dup = ids.check(recs, r.info.path);
      tally(dup);
      const added = await run.file({
        info: r.info,
        records: recs,
        diagnostics: [...r.diagnostics, ...dup],
        jsonl: r.jsonl,
        text: r.text,
      });
      if (added) {
        tally(added);
        appendAll(formatWarnings, added);
      }
    });
    const runDiagnostics: Diagnostic[] = problems.map((p) =>
      diagnostic('input-unreadable', p.message, { file: p.path, line: 0 }),
    );
    tally(runDiagnostics);
    for (const p of problems) process.stderr.write(`qhdocs: ${printable(p.message)}\n`);
    await run.end({ files, diagnostics: runDiagnostics });
    await target.commit();
    if (!o.quiet) reportFormatWarnings(formatWarnings);
    if (o.out && !o.quiet)
      process.stderr.write(
        `qhdocs: ${files.length} file(s), ${counted ? `${records} ` : ''}records written to ${printable(target.name)} (${counts.error} errors, ${counts.warning} warnings)\n`,
      );
    if (problems.length) return 2;
    if (o.strict && counts.error > 0) {
      process.stderr.write(`qhdocs: ${counts.error} validation error(s) (--strict)\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    await run.abort();
    await target.abort();
    throw e;
  }
}
