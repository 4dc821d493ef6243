import { PLURAL, RECORD_TYPES, recordsOf } from '../kinds/index.js';
import { runInputs, type CommonOptions } from './run-inputs.js';
import { makeChalk } from './report.js';
import { printable } from '../read/printable.js';

/** `qhdocs inspect`: the outline an analyst reads before exporting */
export async function inspectCommand(inputs: string[], o: CommonOptions & { depth: string }): Promise<number> {
  const chalk = makeChalk(process.stdout);
  const maxDepth = Number(o.depth ?? 2);
  const out: string[] = [];
  const { problems } = await runInputs(inputs, o, {}, (r) => {
    if (!r.parsed || !r.info) return;
    out.push(
      chalk.bold(`${r.info.path}`) +
        chalk.dim(`  ${r.info.encoding}, ${r.info.bytes} bytes, ${r.parsed.docs.length} document(s)`),
    );
    for (const d of r.parsed.docs) {
      const doc = d.record;
      const counts = RECORD_TYPES.filter((t) => t !== 'document')
        .map((t) => [PLURAL[t], recordsOf(r.parsed!.records, t).filter((x) => x.docId === doc.id).length] as const)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      out.push(
        `  ${chalk.cyan(doc.docNumber ?? '(no number)')}  ${doc.signedDate ?? doc.publishedDate ?? '          '}  ${doc.kind}  ${doc.title}`,
      );
      out.push(chalk.dim(`    lines ${d.firstLine}-${d.lastLine}; ${counts || 'no records'}`));
      for (const s of r.parsed.sections) {
        if (s.docId !== doc.id || s.depth >= maxDepth) continue;
        out.push(`    ${'  '.repeat(s.depth)}${s.heading.label}${chalk.dim(`  (line ${s.line})`)}`);
      }
    }
    const c = { error: 0, warning: 0 };
    for (const x of r.diagnostics) if (x.severity !== 'info') c[x.severity]++;
    out.push(chalk.dim(`  ${c.error} errors, ${c.warning} warnings (qhdocs validate for details)`));
  });
  process.stdout.write(out.join('\n') + '\n');
  for (const p of problems) process.stderr.write(`qhdocs: ${printable(p.message)}\n`);
  return problems.length ? 2 : 0;
}
