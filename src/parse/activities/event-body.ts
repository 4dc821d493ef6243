/**
 * One programme item's text read into fields: its name (the words before the first label
 * or full stop), labelled values (时间：, 地点：, 路线：, 参加人员：, 牵头单位： …) and the
 * organizing sentence (`X牵头负责，Y配合`).
 */
import { alternatives } from '../../lexicon/chars.js';
import { activityRoleOfLabel, roleLabels } from '../../lexicon/roles.js';
import { EVENT_FIELDS, isPlaceField, isRouteField, isTimeField } from '../../lexicon/activities.js';
import type { ActivityRecord } from '../../schema/index.js';
import { splitList } from '../../text/lists.js';
import { allMatches } from '../../text/regex-scan.js';
import { findDateSpan } from '../../text/dates.js';
import { parseOrganizers, splitPlaceAndOrganizers, organizerVerbAt } from './organizers.js';
import { tidy } from './common.js';

/** the fields and the role labels (unit lists given under a label instead of in an organizing sentence) */
const LABEL = new RegExp(`(${alternatives([...EVENT_FIELDS, ...roleLabels('activity')])})\\s*：`, 'g');

export interface EventFields {
  name: string | null;
  timeText: string | null;
  venue: string | null;
  route: string | null;
  participants: string[];
  organizers: string | null;
  ambiguous: string | null;
  /** units under 牵头单位： 承办单位： … labels */
  units: { lead: string[]; hosts: string[]; cooperating: string[] };
}

/** the place before an organizing sentence run on after it; the sentence is kept as the item's organizers */
function takeOrganizers(out: EventFields, s: string, expectPlace: boolean): string {
  const v = splitPlaceAndOrganizers(s, expectPlace);
  if (v.organizers && !out.organizers) out.organizers = v.organizers;
  if (v.ambiguous && expectPlace) out.ambiguous = s;
  return v.place ?? '';
}

/** fields of one programme item: name, labelled values, the organizing sentence */
export function readEventBody(body: string): EventFields {
  const out: EventFields = {
    name: null,
    timeText: null,
    venue: null,
    route: null,
    participants: [],
    organizers: null,
    ambiguous: null,
    units: { lead: [], hosts: [], cooperating: [] },
  };
  const labels = allMatches(LABEL, body);
  const firstLabel = labels.length ? labels[0].index : body.length;
  const stop = body.indexOf('。');
  const nameEnd = stop >= 0 && stop < firstLabel ? stop : firstLabel;
  out.name = tidy(body.slice(0, nameEnd));
  if (!labels.length) {
    // no labelled fields: the sentence after the name may be the organizing one
    const first = body.slice(nameEnd + 1).split('。')[0];
    if (organizerVerbAt(first) >= 0 && splitPlaceAndOrganizers(first, false).place === null) out.organizers = first;
    return out;
  }
  const pre = stop >= 0 && stop < firstLabel ? body.slice(stop + 1, firstLabel) : '';
  if (pre.trim()) {
    if (organizerVerbAt(pre) >= 0) takeOrganizers(out, pre, false);
    else out.participants.push(...splitList(tidy(pre), 'units'));
  }
  const after = readLabels(out, body, labels);
  if (!out.organizers) {
    const first = after.split('。')[0];
    if (organizerVerbAt(first) >= 0) takeOrganizers(out, first, false);
  }
  return out;
}

/** each label's value runs to the next label, the last one's to its full stop; returns what follows that stop */
function readLabels(out: EventFields, body: string, labels: RegExpExecArray[]): string {
  let after = '';
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    let value: string;
    if (i + 1 < labels.length) value = body.slice(from, labels[i + 1].index);
    else {
      const end = body.indexOf('。', from);
      value = body.slice(from, end >= 0 ? end : body.length);
      after = end >= 0 ? body.slice(end + 1) : '';
    }
    readLabel(out, m[1], value);
  });
  return after;
}

function readLabel(out: EventFields, label: string, value: string): void {
  const role = activityRoleOfLabel(label);
  if (role) {
    out.units[role].push(...splitList(tidy(value), 'units'));
    return;
  }
  if (isTimeField(label)) {
    readTime(out, value);
    return;
  }
  const placeLike = isPlaceField(label) || isRouteField(label);
  const place = organizerVerbAt(value) >= 0 ? takeOrganizers(out, value, placeLike) : value;
  if (isPlaceField(label)) out.venue = tidy(place);
  else if (isRouteField(label)) out.route = tidy(place);
  else out.participants.push(...splitList(tidy(place), 'names'));
}

/** a time value, and what follows the time on the line: the organizing units run on, or more words about the time (上午, （暂定）) kept as printed */
function readTime(out: EventFields, value: string): void {
  const span = findDateSpan(value);
  const head = span && span.index < 3;
  out.timeText = head ? value.slice(0, span.index + span.length) : tidy(value);
  const tail = head ? value.slice(span.index + span.length) : '';
  if (tail.trim()) {
    if (organizerVerbAt(tail) >= 0) takeOrganizers(out, tail, false);
    else out.timeText = tidy(value);
  }
}

/** the units of the organizing sentence and of labelled unit fields, without repeats */
export function applyOrganizers(rec: ActivityRecord, f: EventFields): void {
  const o = f.organizers ? parseOrganizers(f.organizers) : { lead: [], cooperating: [], hosts: [] };
  const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  rec.lead = merge(o.lead, f.units.lead);
  rec.hosts = merge(o.hosts, f.units.hosts);
  rec.cooperating = merge(o.cooperating, f.units.cooperating);
}
