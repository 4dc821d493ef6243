import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import { splitList } from '../../text/lists.js';
import { alternatives } from '../../lexicon/chars.js';
import { activityRoleOfLabel, roleLabels } from '../../lexicon/roles.js';
import { allMatches } from '../../text/regex-scan.js';
import { splitItems, type Item } from './region.js';
import { blankActivity, tidy, type KindResult } from './common.js';
import { nextSibling, outermost } from './events.js';

const EXHIBITION_TITLE = /展览|展示|展区|展馆|布展/;
/** labelled unit lists of a zone */
const UNIT_LABEL = new RegExp(`(${alternatives(roleLabels('exhibit'))})\\s*：`, 'g');

function isExhibition(ctx: ParseContext, s: SectionNode): boolean {
  if (!EXHIBITION_TITLE.test(s.heading.title)) return false;
  for (let no = s.line; no <= s.endLine; no++) {
    const t = ctx.lineText(no);
    if (/承办单位\s*：|^\s*[A-Z0-9一二三四五六七八九十]{1,3}号?(展馆|馆|展厅)/.test(t)) return true;
  }
  return false;
}

export interface ZoneFields {
  name: string | null;
  text: string;
  hosts: string[];
  lead: string[];
  cooperating: string[];
}

/** a zone's body: its name sentence (unless the hall heading names it), description, unit lists */
export function readZoneBody(body: string, named: string | null): ZoneFields {
  const labels = allMatches(UNIT_LABEL, body);
  const descEnd = labels.length ? labels[0].index : body.length;
  let name = named;
  let desc = body.slice(0, descEnd);
  if (!name) {
    const stop = desc.indexOf('。');
    name = tidy(stop >= 0 ? desc.slice(0, stop) : desc);
    desc = stop >= 0 ? desc.slice(stop + 1) : '';
  }
  const out: ZoneFields = { name, text: tidy(desc) ?? '', hosts: [], lead: [], cooperating: [] };
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < labels.length ? labels[i + 1].index : body.length;
    let value = body.slice(from, to);
    const stop = value.indexOf('。');
    if (stop >= 0) value = value.slice(0, stop);
    const units = splitList(tidy(value), 'units');
    out[activityRoleOfLabel(m[1], 'exhibit')!].push(...units);
  });
  return out;
}

export function parseExhibits(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of ctx.docs) {
    const nodes = ctx.sectionsByDoc.get(doc.record.id) ?? [];
    for (const root of outermost(nodes, (s) => isExhibition(ctx, s))) {
      const j = ctx.view(root.line, root.endLine, root.heading.restOffset);
      const { items } = splitItems(j, j.starts, nextSibling(root), true);
      for (const it of items) {
        if (it.children.length) continue;
        const hall = hallOf(it);
        const hallName = it.kind === 'hall' ? (/（(.+)）$/.exec(it.seq)?.[1] ?? it.seq) : null;
        const body = j.text.slice(it.bodyStart, it.end);
        if (!tidy(body)) continue;
        const f = readZoneBody(body, hallName);
        const rec = blankActivity(ctx, doc, 'exhibit');
        rec.source = j.source(it.start, it.end);
        rec.seq = it.kind === 'hall' ? null : it.seq;
        rec.name = f.name;
        rec.venue = hall ? hall.seq : null;
        rec.text = f.text;
        rec.hosts = f.hosts;
        rec.lead = f.lead;
        rec.cooperating = f.cooperating;
        if (!f.hosts.length && !f.lead.length)
          diagnostics.push(
            ctx.diag(
              'exhibit-without-hosts',
              `exhibition zone "${f.name ?? ''}" names no 承办单位`,
              rec.source.startLine,
              rec.id,
            ),
          );
        records.push(rec);
      }
    }
  }
  return { records, diagnostics };
}

function hallOf(it: Item): Item | null {
  for (let p: Item | null = it; p; p = p.parent) if (p.kind === 'hall') return p;
  return null;
}
