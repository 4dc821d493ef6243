import { diagnostic, listDiagnosticCodes } from '../diagnostics/index.js';
import { TOOL, VERSION } from '../emit/records.js';
import type { Diagnostic, RecordSet } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import { checkUniqueIds } from '../validate/validate.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { runInputs, type CommonOptions } from './run-inputs.js';
import { countBySeverity, humanReport } from './report.js';
import { applyRules } from '../config/rules.js';
import type { RuleSettingValue } from '../config/config.js';
import { readBaseline, splitByBaseline } from '../report/baseline.js';
import { toSarif } from '../report/sarif.js';
import { githubAnnotations } from '../report/github.js';
import { rulesFor } from '../report/rules.js';
import { appendAll } from '../text/arrays.js';
import { printable } from '../read/printable.js';

export interface ValidateOptions extends CommonOptions {
  report: string;
  /** more warnings than this fail the run; -1 or unset: no limit (with --baseline, unset means 0 new) */
  maxWarnings?: number;
  info?: boolean;
  baseline?: string;
  writeBaseline?: string;
  rules?: Record<string, RuleSettingValue>;
}

interface Run {
  files: FileInfo[];
  diagnostics: Diagnostic[];
  /** inputs that could not be read, each already a diagnostic too */
  problems: Array<{ path: string; message: string }>;
}

async function collect(inputs: string[], o: ValidateOptions): Promise<Run> {
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
  return { files, diagnostics: applyRules(diagnostics, o.rules), problems };
}

function jsonReport(run: Run, diags: Diagnostic[], baselined?: number): string {
  const summary = { ...countBySeverity(diags), ...(baselined === undefined ? {} : { baselined }) };
  return (
    JSON.stringify({ tool: TOOL, version: VERSION, files: run.files, summary, diagnostics: diags }, null, 2) + '\n'
  );
}

function render(o: ValidateOptions, run: Run, diags: Diagnostic[], baselined?: number): string {
  switch (o.report) {
    case 'json':
      return jsonReport(run, diags, baselined);
    case 'sarif':
      return (
        JSON.stringify(
          toSarif(diags, rulesFor(diags, listDiagnosticCodes()), run.files, { baselined: baselined !== undefined }),
          null,
          2,
        ) + '\n'
      );
    case 'github':
      return githubAnnotations(diags, { showInfo: !!o.info });
    default:
      // input problems go to stderr, one line each; the human report lists the defects of what was read
      return humanReport(
        diags.filter((d) => d.code !== 'input-unreadable'),
        { showInfo: !!o.info, baselined },
      );
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `qhdocs validate`: the whole pipeline, then a report; exit 1 on errors, too many warnings, or new findings */
export async function validateCommand(inputs: string[], o: ValidateOptions): Promise<number> {
  const baseline = o.baseline ? await readBaseline(o.baseline) : undefined;
  const run = await collect(inputs, o);
  if (o.writeBaseline) await writeFileAtomic(o.writeBaseline, jsonReport(run, run.diagnostics));
  const split = baseline ? splitByBaseline(run.diagnostics, baseline) : undefined;
  const shown = split ? split.fresh : run.diagnostics;
  // nothing read: the input errors below say all there is, unless a machine wants its report anyway
  if (run.files.length || o.report !== 'human') process.stdout.write(render(o, run, shown, split?.known.length));
  for (const p of run.problems) process.stderr.write(`qhdocs: ${printable(p.message)}\n`);
  if (run.problems.length) return 2;

  const c = countBySeverity(shown);
  const limit = o.maxWarnings === undefined ? (baseline ? 0 : -1) : o.maxWarnings;
  const tooMany = limit >= 0 && c.warning > limit;
  if (c.error === 0 && !tooMany) return 0;
  // whatever the report and wherever it goes, the reason for failing is said on stderr
  process.stderr.write(`qhdocs: ${printable(failure(c.error, tooMany ? c.warning : 0, limit, o.baseline))}\n`);
  return 1;
}

/** why the run failed, in one line */
function failure(errors: number, warnings: number, limit: number, baseline: string | undefined): string {
  const parts: string[] = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning') + (baseline && limit === 0 ? '' : ` (more than ${limit})`));
  return baseline
    ? `${parts.join(' and ')} not in the baseline ${baseline}`
    : `validation failed: ${parts.join(' and ')}`;
}
