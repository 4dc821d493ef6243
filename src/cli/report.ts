import { Chalk } from 'chalk';
import type { Diagnostic } from '../schema/index.js';
import { printable } from '../read/printable.js';

/** colour only for a terminal that wants it (NO_COLOR, pipes and files get plain text) */
export function makeChalk(stream: NodeJS.WriteStream) {
  const plain = !stream.isTTY || process.env.NO_COLOR !== undefined || process.env.TERM === 'dumb';
  return new Chalk({ level: plain ? 0 : 1 });
}

export function countBySeverity(diags: Diagnostic[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diags) c[d.severity]++;
  return c;
}

/** the human report of `validate`: one line per diagnostic, grouped by file, then totals */
export function humanReport(diags: Diagnostic[], opts: { showInfo: boolean; baselined?: number }): string {
  const chalk = makeChalk(process.stdout);
  const out: string[] = [];
  let file = '';
  for (const d of diags) {
    if (d.severity === 'info' && !opts.showInfo) continue;
    if (d.file !== file) {
      file = d.file;
      out.push(chalk.bold.underline(printable(file)));
    }
    const sev =
      d.severity === 'error'
        ? chalk.red('error  ')
        : d.severity === 'warning'
          ? chalk.yellow('warning')
          : chalk.blue('info   ');
    out.push(`  ${String(d.line).padStart(5)}  ${sev}  ${printable(d.message)}  ${chalk.dim(d.code)}`);
  }
  const c = countBySeverity(diags);
  const known = opts.baselined === undefined ? '' : ` new (${opts.baselined} known from the baseline)`;
  const summary = `${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info${known}`;
  out.push(c.error ? chalk.red(summary) : c.warning ? chalk.yellow(summary) : chalk.green(summary));
  return out.join('\n') + '\n';
}
