import { RECORD_TYPES, type AnyRecord, type Diagnostic, type RecordSet } from '../../schema/index.js';
import { CLIENT_SCRIPT } from './client.js';
import { html, scriptJson } from './escape.js';
import { renderOutline, type Badges, type PageRecord } from './outline.js';
import { styles } from './styles.js';
import { nestingOrder, renderText, type LineNote, type Span } from './text-view.js';

/** one input as the page shows it: its path and its decoded text (the text the offsets count in) */
export interface ReviewFile {
  path: string;
  text: string;
}

export interface ReviewInput {
  files: ReviewFile[];
  records: RecordSet;
  diagnostics: Diagnostic[];
  tool: string;
  version: string;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** every record once, in output order (documents first), each tied to the file it came from */
function pageRecords(files: ReviewFile[], records: RecordSet): { list: PageRecord[]; types: string[] } {
  const fileOf = new Map(files.map((f, i) => [f.path, i]));
  const sets = Object.values(records) as AnyRecord[][];
  const list: PageRecord[] = [];
  const types = new Set<string>(RECORD_TYPES);
  for (const set of sets)
    for (const record of set) {
      types.add(record.type);
      list.push({ index: list.length, file: fileOf.get(record.source.file) ?? -1, record });
    }
  return { list, types: [...types] };
}

/** the lines a diagnostic names: `12`, or `12–40` for one that covers a range (outside-documents) */
function lineRange(d: Diagnostic): string {
  const end = (d as { endLine?: number }).endLine;
  return end && end !== d.line ? `${d.line}–${end}` : String(d.line);
}

function diagnosticNote(d: Diagnostic, k: number): string {
  const range = lineRange(d);
  return (
    `<div class="dg s-${d.severity}" id="d${k}" data-d="${k}">${range.includes('–') ? html(`lines ${range} `) : ''}` +
    `<span class="code">${html(d.code)}</span> ${html(d.message)}</div>`
  );
}

function diagnosticList(diags: Diagnostic[], placed: Set<number>): string {
  const items = diags.map((d, k) => {
    const where = html(`${d.file}:${lineRange(d)}`);
    const head = placed.has(k) ? `<a href="#d${k}" data-d="d${k}">${where}</a>` : where;
    return `<li class="s-${d.severity}" title="${html(d.message)}">${head} <span class="code">${html(d.code)}</span> ${html(d.message)}</li>`;
  });
  return `<details id="diags"${diags.length && diags.length <= 50 ? ' open' : ''}><summary>Diagnostics ${diags.length}</summary><ol>${items.join('')}</ol></details>`;
}

function chips(list: PageRecord[], types: string[], diags: Diagnostic[]): string {
  const count = (t: string) => list.filter((r) => r.record.type === t).length;
  const typeChips = types
    .filter((t) => count(t) > 0)
    .map(
      (t) =>
        `<label class="chip" data-type="${t}"><input type="checkbox" data-type="${t}" checked><span class="sw k-${t}"></span>${t} <span class="n" data-total="${count(t)}">${count(t)}</span></label>`,
    );
  const sevChips = SEVERITIES.map((s) => {
    const n = diags.filter((d) => d.severity === s).length;
    return `<label class="chip s-${s}"><input type="checkbox" data-sev="${s}" checked>${s} <span class="n">${n}</span></label>`;
  });
  return `<div class="chips">${typeChips.join('')}</div><div class="chips">${sevChips.join('')}</div>`;
}

function badgesOf(diags: Diagnostic[]): Badges {
  const out: Badges = new Map();
  for (const d of diags) {
    if (!d.recordId) continue;
    const by = out.get(d.recordId) ?? new Map<string, number>();
    by.set(d.severity, (by.get(d.severity) ?? 0) + 1);
    out.set(d.recordId, by);
  }
  return out;
}

/** one file's text pane: the decoded text with every record marked and the diagnostics at their lines */
function fileText(f: ReviewFile, i: number, list: PageRecord[], diags: Diagnostic[], placed: Set<number>): string {
  const spans: Span[] = list
    .filter((r) => r.file === i)
    .map((r) => ({
      index: r.index,
      type: r.record.type,
      start: r.record.source.startOffset,
      end: r.record.source.endOffset,
    }))
    .sort(nestingOrder);
  const notes: LineNote[] = [];
  diags.forEach((d, k) => {
    if (d.file !== f.path) return;
    placed.add(k);
    notes.push({ line: d.line, html: diagnosticNote(d, k) });
  });
  return `<article class="file" id="f${i}"><h2>${html(f.path)}</h2><div class="src">${renderText(`f${i}`, f.text, spans, notes)}</div></article>`;
}

function fileList(files: ReviewFile[], list: PageRecord[]): string {
  if (files.length < 2) return '';
  const items = files.map((f, i) => {
    const n = list.filter((r) => r.file === i).length;
    return `<li><a href="#f${i}">${html(f.path)}</a> <span class="meta">${n} records</span></li>`;
  });
  return `<nav id="files"><h2>Files ${files.length}</h2><ol>${items.join('')}</ol></nav>`;
}

/**
 * A self-contained review page: each input's decoded text with every record's source span
 * marked in its type's colour, beside an outline of the documents and their records, with
 * the diagnostics at their lines. No network: style, script and data are all inline.
 * Deterministic: the same input gives the same bytes.
 */
export function renderReviewPage(input: ReviewInput): string {
  const { files, diagnostics } = input;
  const { list, types } = pageRecords(files, input.records);
  const placed = new Set<number>();
  const texts = files.map((f, i) => fileText(f, i, list, diagnostics, placed)).join('');
  const badges = badgesOf(diagnostics);
  const outlines = files
    .map(
      (f, i) =>
        `<h2>${html(f.path)}</h2>${renderOutline(
          list.filter((r) => r.file === i),
          types,
          badges,
        )}`,
    )
    .join('');
  const orphans = list.filter((r) => r.file < 0);
  const title = files.length === 1 ? files[0].path : `${files.length} files`;
  const data = { records: list.map((r) => r.record) };
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${html(`${input.tool} ${input.version}`)}">
<title>${html(`Review: ${title}`)}</title>
<style>${styles(types)}</style>
</head>
<body>
<header><h1>${html(input.tool)} review</h1><span class="meta">${html(`${title} · ${list.length} records · ${diagnostics.length} diagnostics · ${input.tool} ${input.version}`)}</span>
${chips(list, types, diagnostics)}<input type="search" id="q" placeholder="Search record fields  ( / )" aria-label="Search record fields">
<span class="keys">j/k next/previous record · d/D next/previous diagnostic · / search · Esc clear</span></header>
<main>
<section id="text" class="pane">${texts}</section>
<aside id="side" class="pane">${fileList(files, list)}${diagnosticList(diagnostics, placed)}<div id="here" hidden></div>
<div id="outline">${outlines}${orphans.length ? `<h2>(records of no listed file)</h2>${renderOutline(orphans, types, badges)}` : ''}</div></aside><pre id="detail"></pre>
</main>
<script type="application/json" id="qh-data">${scriptJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
