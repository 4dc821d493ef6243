import type { AnyRecord, DocumentRecord } from '../../schema/index.js';
import { html } from './escape.js';
import { summarize } from './fields.js';

/** a record as the page knows it: its index (shared by its marks) and its file */
export interface PageRecord {
  index: number;
  file: number;
  record: AnyRecord;
}

/** per record id, the diagnostics that name it, as `severity` → count */
export type Badges = Map<string, Map<string, number>>;

function badges(id: string, all: Badges): string {
  const by = all.get(id);
  if (!by) return '';
  return [...by].map(([sev, n]) => `<span class="badge s-${sev}" title="${n} ${sev}">${n}</span>`).join('');
}

function recordItem(r: PageRecord, all: Badges): string {
  const { label, fields } = summarize(r.record);
  const dl = fields.map(([k, v]) => `<dt>${html(k)}</dt><dd>${html(v)}</dd>`).join('');
  return (
    `<li class="rec k-${r.record.type}" id="r${r.index}" data-r="${r.index}">` +
    `<div class="lab">${html(label)}${badges(r.record.id, all)}</div>${dl ? `<dl>${dl}</dl>` : ''}</li>`
  );
}

function documentHead(r: PageRecord, all: Badges): string {
  const d = r.record as DocumentRecord;
  const date = d.signedDate ?? d.publishedDate ?? '';
  return (
    `<div class="rec dochead k-document" id="r${r.index}" data-r="${r.index}">` +
    `<span class="num">${html(d.docNumber ?? '(no number)')}</span> <span class="date">${html(date)}</span> ` +
    `<span class="kind">${html(d.kind)}</span>${badges(d.id, all)}<div class="title">${html(d.title || '(untitled)')}</div></div>`
  );
}

/** records grouped by type, in page type order, each group with its count */
function groups(records: PageRecord[], types: string[], all: Badges): string {
  let out = '';
  for (const t of types) {
    const of = records.filter((r) => r.record.type === t);
    if (!of.length) continue;
    out +=
      `<details class="grp g-${t}" open><summary><span class="sw k-${t}"></span>${t} <span class="n">${of.length}</span></summary>` +
      `<ol>${of.map((r) => recordItem(r, all)).join('')}</ol></details>`;
  }
  return out;
}

/**
 * One file's documents as an outline (number, date, kind, title) with each document's
 * records under it; records that name no document of the file close the list.
 */
export function renderOutline(records: PageRecord[], types: string[], all: Badges): string {
  const docs = records.filter((r) => r.record.type === 'document');
  const byDoc = new Map<string, PageRecord[]>(docs.map((d) => [d.record.id, []]));
  const loose: PageRecord[] = [];
  for (const r of records) {
    if (r.record.type === 'document') continue;
    const list = byDoc.get(r.record.docId);
    if (list) list.push(r);
    else loose.push(r);
  }
  let out = '';
  for (const d of docs)
    out += `<section class="doc">${documentHead(d, all)}${groups(byDoc.get(d.record.id) ?? [], types, all)}</section>`;
  if (loose.length)
    out += `<section class="doc"><div class="dochead">(outside any document)</div>${groups(loose, types, all)}</section>`;
  return out;
}
