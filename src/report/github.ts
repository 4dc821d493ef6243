import type { Diagnostic } from '../schema/index.js';

/** GitHub's escaping for a workflow command's message: only %, CR and LF are special */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and for a property value, where `:` and `,` separate the properties too */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * `validate --report github`: one workflow command per warning and error (info too, as a
 * notice, with --info), which a GitHub Actions run shows as annotations on the files.
 */
export function githubAnnotations(diags: Diagnostic[], opts: { showInfo: boolean }): string {
  let out = '';
  for (const d of diags) {
    if (d.severity === 'info' && !opts.showInfo) continue;
    const props = [`file=${escapeProperty(d.file)}`];
    if (d.line > 0) {
      props.push(`line=${d.line}`);
      const end = (d as { endLine?: number }).endLine;
      if (end && end > d.line) props.push(`endLine=${end}`);
    }
    props.push(`title=${escapeProperty(d.code)}`);
    out += `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
  }
  return out;
}
