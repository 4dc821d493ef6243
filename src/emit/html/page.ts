import { RECORD_TYPES, type AnyRecord, type Diagnostic, type RecordSet } from '../../schema/index.js';
import { CLIENT_SCRIPT } from './client.js';
import { badgesOf, diagnosticList, diagnosticNote } from './diagnostics.js';
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

/** the run as the page lays it out: records numbered once, grouped by the file they came from */
interface Layout {
  /** every record in output order (documents first); a record's index is its place here */
  list: PageRecord[];
  /** the record types, in output order */
  types: string[];
  /** per file, its records; then the records of no file on the page */
  byFile: PageRecord[][];
  orphans: PageRecord[];
  /** per file, the notes for its diagnostics; `placed` holds the diagnostics that have one */
  notes: LineNote[][];
  placed: Set<number>;
  badges: Badges;
}

function layout(input: ReviewInput): Layout {
  const { files, diagnostics } = input;
  const fileOf = new Map(files.map((f, i) => [f.path, i]));
  const out: Layout = {
    list: [],
    types: [...RECORD_TYPES],
    byFile: files.map(() => []),
    orphans: [],
    notes: files.map(() => []),
    placed: new Set(),
    badges: badgesOf(diagnostics),
  };
  for (const set of Object.values(input.records) as AnyRecord[][])
    for (const record of set) {
      if (!out.types.includes(record.type)) out.types.push(record.type);
      const r: PageRecord = { index: out.list.length, file: fileOf.get(record.source.file) ?? -1, record };
      out.list.push(r);
      (r.file < 0 ? out.orphans : out.byFile[r.file]).push(r);
    }
  diagnostics.forEach((d, k) => {
    const i = fileOf.get(d.file);
    if (i === undefined) return;
    out.placed.add(k);
    out.notes[i].push({ line: d.line, html: diagnosticNote(d, k) });
  });
  return out;
}

/** one file's text: the decoded text with every record marked and the diagnostics at their lines */
function fileText(f: ReviewFile, i: number, page: Layout): string {
  const spans: Span[] = page.byFile[i]
    .map((r) => ({
      index: r.index,
      type: r.record.type,
      start: r.record.source.startOffset,
      end: r.record.source.endOffset,
    }))
    .sort(nestingOrder);
  const text = renderText(`f${i}`, f.text, spans, page.notes[i]);
  return `<article class="file" id="f${i}"><h2>${html(f.path)}</h2><div class="src">${text}</div></article>`;
}

function fileList(files: ReviewFile[], page: Layout): string {
  if (files.length < 2) return '';
  const items = files.map(
    (f, i) =>
      `<li><a href="#f${i}">${html(f.path)}</a> <span class="meta">${page.byFile[i].length} records</span></li>`,
  );
  return `<nav id="files"><h2>Files ${files.length}</h2><ol>${items.join('')}</ol></nav>`;
}

/** the filters: one chip per record type present and per severity, each with its count */
function chips(page: Layout, diags: Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const r of page.list) counts.set(r.record.type, (counts.get(r.record.type) ?? 0) + 1);
  const typeChips = page.types
    .filter((t) => counts.has(t))
    .map(
      (t) =>
        `<label class="chip" data-type="${t}"><input type="checkbox" data-type="${t}" checked><span class="sw k-${t}"></span>${t} <span class="n" data-total="${counts.get(t)}">${counts.get(t)}</span></label>`,
    );
  const sevChips = SEVERITIES.map((s) => {
    const n = diags.filter((d) => d.severity === s).length;
    return `<label class="chip s-${s}"><input type="checkbox" data-sev="${s}" checked>${s} <span class="n">${n}</span></label>`;
  });
  return `<div class="chips">${typeChips.join('')}</div><div class="chips">${sevChips.join('')}</div>`;
}

function outline(files: ReviewFile[], page: Layout): string {
  const out = files.map((f, i) => `<h2>${html(f.path)}</h2>${renderOutline(page.byFile[i], page.types, page.badges)}`);
  if (page.orphans.length)
    out.push(`<h2>(records of no listed file)</h2>${renderOutline(page.orphans, page.types, page.badges)}`);
  return out.join('');
}

/**
 * A self-contained review page: each input's decoded text with every record's source span
 * marked in its type's colour, beside an outline of the documents and their records, with
 * the diagnostics at their lines. No network: style, script and data are all inline.
 * Deterministic: the same input gives the same bytes.
 */
export function renderReviewPage(input: ReviewInput): string {
  const { files, diagnostics, tool, version } = input;
  const page = layout(input);
  const title = files.length === 1 ? files[0].path : `${files.length} files`;
  const summary = `${title} · ${page.list.length} records · ${diagnostics.length} diagnostics · ${tool} ${version}`;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${html(`${tool} ${version}`)}">
<title>${html(`Review: ${title}`)}</title>
<style>${styles(page.types)}</style>
</head>
<body>
<header><h1>${html(tool)} review</h1><span class="meta">${html(summary)}</span>
${chips(page, diagnostics)}<input type="search" id="q" placeholder="Search record fields  ( / )" aria-label="Search record fields">
<span class="keys">j/k next/previous record · d/D next/previous diagnostic · / search · Esc clear</span></header>
<main>
<section id="text" class="pane">${files.map((f, i) => fileText(f, i, page)).join('')}</section>
<aside id="side" class="pane">${fileList(files, page)}${diagnosticList(diagnostics, page.placed)}<div id="here" hidden></div>
<div id="outline">${outline(files, page)}</div></aside>
</main>
<pre id="detail"></pre>
<script type="application/json" id="qh-data">${scriptJson({ records: page.list.map((r) => r.record) })}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
