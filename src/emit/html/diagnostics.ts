import type { Diagnostic } from '../../schema/index.js';
import { html } from './escape.js';
import type { Badges } from './outline.js';

/** the lines a diagnostic names: `12`, or `12–40` for one that covers a range (outside-documents) */
function lineRange(d: Diagnostic): string {
  const end = (d as { endLine?: number }).endLine;
  return end && end !== d.line ? `${d.line}–${end}` : String(d.line);
}

/** the note shown under the diagnostic's line in the text; `k` is its place in the run's list */
export function diagnosticNote(d: Diagnostic, k: number): string {
  const range = lineRange(d);
  return (
    `<div class="dg s-${d.severity}" id="d${k}" data-d="${k}">${range.includes('–') ? html(`lines ${range} `) : ''}` +
    `<span class="code">${html(d.code)}</span> ${html(d.message)}</div>`
  );
}

/** every diagnostic of the run, each linking to its note when its file is on the page */
export function diagnosticList(diags: Diagnostic[], placed: Set<number>): string {
  const items = diags.map((d, k) => {
    const where = html(`${d.file}:${lineRange(d)}`);
    const head = placed.has(k) ? `<a href="#d${k}" data-d="d${k}">${where}</a>` : where;
    return `<li class="s-${d.severity}" title="${html(d.message)}">${head} <span class="code">${html(d.code)}</span> ${html(d.message)}</li>`;
  });
  const open = diags.length && diags.length <= 50 ? ' open' : '';
  return `<details id="diags"${open}><summary>Diagnostics ${diags.length}</summary><ol>${items.join('')}</ol></details>`;
}

/** per record id, how many diagnostics of each severity name it */
export function badgesOf(diags: Diagnostic[]): Badges {
  const out: Badges = new Map();
  for (const d of diags) {
    if (!d.recordId) continue;
    const by = out.get(d.recordId) ?? new Map<string, number>();
    by.set(d.severity, (by.get(d.severity) ?? 0) + 1);
    out.set(d.recordId, by);
  }
  return out;
}
