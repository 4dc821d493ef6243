/**
 * Which numbered sections hold a programme (items with times and places), and how a
 * section's region ends: shared by the programme and exhibition readers.
 */
import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import { PROGRAMME_PLACE_WORD, PROGRAMME_TIME_WORD, PROGRAMME_TITLE } from '../../lexicon/activities.js';
import { labelHits, labelsWithin, type LabelHits } from '../../text/label-index.js';
import { sectionPosition } from '../../tree/lookup.js';
import type { MarkerKind } from './region.js';

interface LabelIndex {
  times: LabelHits;
  places: LabelHits;
}

const LABEL_INDEX = Symbol('activities: 时间/地点 labels');

/**
 * The 时间：/地点： labels of the whole file, found once. A label cannot overlap another,
 * so the labels of a section are exactly the file's labels lying inside its span: counting
 * them needs no section text, where sections nest and would be read many times.
 */
function labelIndex(ctx: ParseContext): LabelIndex {
  return ctx.memo(LABEL_INDEX, () => ({
    times: labelHits(ctx.src.text, PROGRAMME_TIME_WORD),
    places: labelHits(ctx.src.text, PROGRAMME_PLACE_WORD),
  }));
}

/** isProgramme needs a 时间： or 地点： label in the section, so in the document (normalized span [start, end]) */
export function mayHoldProgramme(ctx: ParseContext, start: number, end: number): boolean {
  const ix = labelIndex(ctx);
  return labelsWithin(ix.times, start, end) > 0 || labelsWithin(ix.places, start, end) > 0;
}

/** a section holding a programme: named as one and giving times or places, or giving several */
export function isProgramme(ctx: ParseContext, s: SectionNode): boolean {
  const ix = labelIndex(ctx);
  const { start, end } = sectionPosition(ctx.src, s);
  const times = labelsWithin(ix.times, start, end);
  const places = labelsWithin(ix.places, start, end);
  if (PROGRAMME_TITLE.test(s.heading.title) && times + places > 0) return true;
  return times >= 2 && places >= 1;
}

/** the marker of the next sibling of a heading, where a region that runs on without a line break must end */
export function nextSibling(s: SectionNode): { kind: MarkerKind; value: number } | null {
  const k = s.heading.kind;
  if (k === 'cn' || k === 'paren-cn' || k === 'arabic' || k === 'paren-arabic')
    return { kind: k, value: s.heading.value + 1 };
  return null;
}

/** the outermost sections of a document that match */
export function outermost(nodes: SectionNode[], pick: (s: SectionNode) => boolean): SectionNode[] {
  const out: SectionNode[] = [];
  for (const s of nodes) {
    const last = out[out.length - 1];
    if (last && s.line > last.line && s.line <= last.endLine) continue;
    if (pick(s)) out.push(s);
  }
  return out;
}
