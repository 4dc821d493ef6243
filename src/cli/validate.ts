import { diagnostic } from '../diagnostics/index.js';
import { TOOL, VERSION } from '../emit/records.js';
import type { Diagnostic } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import type { RecordSet } from '../schema/index.js';
import { checkUniqueIds } from '../validate/validate.js';
import { runInputs, type CommonOptions } from './run-inputs.js';
import { countBySeverity, humanReport } from './report.js';
import { UsageError } from '../emit/records.js';
import { appendAll } from '../text/arrays.js';

export interface ValidateOptions extends CommonOptions {
  report: string;
  maxWarnings?: string;
  info?: boolean;
}

/** `qhdocs validate`: the whole pipeline, then a report; exit 1 on errors (or too many warnings) */
export async function validateCommand(inputs: string[], o: ValidateOptions): Promise<number> {
  if (o.report !== 'human' && o.report !== 'json') throw new UsageError(`--report is human or json, not "${o.report}"`);
  const maxWarnings = o.maxWarnings === undefined ? Infinity : Number(o.maxWarnings);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity)
    throw new UsageError(`--max-warnings takes a whole number, not "${o.maxWarnings}"`);
  const diagnostics: Diagnostic[] = [];
  const files: FileInfo[] = [];
  const sets: RecordSet[] = [];
  const { problems } = await runInputs(inputs, o, {}, (r) => {
    if (r.info) files.push(r.info);
    if (r.parsed) sets.push(r.parsed.records);
    appendAll(diagnostics, r.diagnostics);
  });
  appendAll(
    diagnostics,
    checkUniqueIds(sets, (i) => files[i]?.path ?? ''),
  );
  for (const p of problems) diagnostics.push(diagnostic('input-unreadable', p.message, { file: p.path, line: 0 }));
  const c = countBySeverity(diagnostics);
  if (o.report === 'json') {
    process.stdout.write(
      JSON.stringify({ tool: TOOL, version: VERSION, files, summary: c, diagnostics }, null, 2) + '\n',
    );
  } else {
    process.stdout.write(humanReport(diagnostics, { showInfo: !!o.info }));
  }
  if (problems.length) return 2;
  if (c.error > 0) return 1;
  if (c.warning > maxWarnings) {
    if (o.report !== 'json')
      process.stderr.write(`qhdocs: ${c.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
