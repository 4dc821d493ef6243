import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import type { DocSegment } from '../../segment/documents.js';
import type { TextView } from '../../tree/span.js';
import { EXHIBITION_TITLE, HOSTS_WORD, hallNameAt } from '../../lexicon/activities.js';
import { labelHits, labelsWithin } from '../../text/label-index.js';
import { sectionPosition } from '../../tree/lookup.js';
import { splitList } from '../../text/lists.js';
import { alternatives } from '../../lexicon/chars.js';
import { activityRoleOfLabel, roleLabels } from '../../lexicon/roles.js';
import { allMatches } from '../../text/regex-scan.js';
import { splitItems, type Item } from './region.js';
import { blankActivity, tidy, type KindResult } from './common.js';
import { nextSibling, outermost } from './programme.js';

/** labelled unit lists of a zone */
const UNIT_LABEL = new RegExp(`(${alternatives(roleLabels('exhibit'))})\\s*：`, 'g');

/** the section's text from its heading's words on, wrapped lines joined: the region its zones are read from */
function sectionView(ctx: ParseContext, s: SectionNode): TextView {
  return ctx.view(s.line, s.endLine, s.heading.restOffset);
}

const HOSTS_INDEX = Symbol('exhibits: 承办单位 labels');

/** a section whose text names hosts (承办单位：, found once per file) or has a line opening with a hall */
function isExhibition(ctx: ParseContext, s: SectionNode, view: () => TextView): boolean {
  const hosts = ctx.memo(HOSTS_INDEX, () => labelHits(ctx.src.text, HOSTS_WORD));
  const { start, end } = sectionPosition(ctx.src, s);
  if (labelsWithin(hosts, start, end) > 0) return true;
  const j = view();
  for (const at of j.starts) if (hallNameAt(j.text, at)) return true;
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
  const out: KindResult = { records: [], diagnostics: [] };
  for (const doc of ctx.docs) {
    const nodes = ctx.docNode(doc.record.id)?.sections ?? [];
    // a section's text is joined once: the test and the reading share it
    const views = new Map<SectionNode, TextView>();
    const view = (s: SectionNode) => () => {
      let j = views.get(s);
      if (!j) views.set(s, (j = sectionView(ctx, s)));
      return j;
    };
    const exhibition = (s: SectionNode) => EXHIBITION_TITLE.test(s.heading.title) && isExhibition(ctx, s, view(s));
    for (const root of outermost(nodes, exhibition)) readZones(ctx, doc, root, view(root)(), out);
  }
  return out;
}

/** one record per zone of an exhibition section: the innermost items, under their hall */
function readZones(ctx: ParseContext, doc: DocSegment, root: SectionNode, j: TextView, out: KindResult): void {
  const { items } = splitItems(j, j.starts, nextSibling(root), true);
  for (const it of items) {
    if (it.children.length) continue;
    const hall = hallOf(it);
    const hallName = it.kind === 'hall' ? (/（(.+)）$/.exec(it.seq)?.[1] ?? it.seq) : null;
    const body = j.text.slice(it.bodyStart, it.end);
    if (!tidy(body)) continue;
    const f = readZoneBody(body, hallName);
    const rec = blankActivity(ctx, doc, 'exhibit', j.source(it.start, it.end));
    rec.seq = it.kind === 'hall' ? null : it.seq;
    rec.name = f.name;
    rec.venue = hall ? hall.seq : null;
    rec.text = f.text;
    rec.hosts = f.hosts;
    rec.lead = f.lead;
    rec.cooperating = f.cooperating;
    if (!f.hosts.length && !f.lead.length)
      out.diagnostics.push(
        ctx.diag(
          'exhibit-without-hosts',
          `exhibition zone "${f.name ?? ''}" names no 承办单位`,
          rec.source.startLine,
          rec.id,
        ),
      );
    out.records.push(rec);
  }
}

function hallOf(it: Item): Item | null {
  for (let p: Item | null = it; p; p = p.parent) if (p.kind === 'hall') return p;
  return null;
}
