import { splitList } from '../../text/lists.js';
import { splitTopLevel } from '../../lexicon/brackets.js';
import { allMatches } from '../../text/regex-scan.js';
import { endsLikeOrganisation } from '../../lexicon/organisations.js';
import { activityRoleOfVerb, organizingVerbPattern, roleVerbPattern } from '../../lexicon/roles.js';
import { PLACE_END, UNIT_NAME_START, unitNameStartsAt } from '../../lexicon/places.js';
import { UNITS_TAIL } from '../../lexicon/activities.js';

/**
 * The organizing sentence of a programme item: `X牵头负责，Y、Z等单位配合`,
 * `X、Y分别负责`, `X牵头负责，Y具体承办`. Each verb gives the units before it a role.
 */
export interface Organizers {
  lead: string[];
  cooperating: string[];
  hosts: string[];
}

/** the lexicon's organizing verbs of an activity, and the verbs that can open the sentence */
const VERB = roleVerbPattern('activity');
const OPENING_VERB = organizingVerbPattern();

/** units of a verb phrase: drop the 等单位 tail and the words that join it to the verb */
function unitsOf(s: string): string[] {
  const t = s.replace(/^[，、；\s]+/, '').replace(UNITS_TAIL, '');
  return splitList(t, 'units');
}

/** read one organizing sentence (without its 。); roles without units are left empty */
export function parseOrganizers(sentence: string): Organizers {
  const out: Organizers = { lead: [], cooperating: [], hosts: [] };
  let from = 0;
  for (const m of allMatches(VERB, sentence)) {
    const before = sentence.slice(from, m.index);
    const units = unitsOf(before);
    if (units.length) out[activityRoleOfVerb(m[1])!].push(...units);
    from = m.index + m[0].length;
  }
  return out;
}

/** the first verb of an organizing sentence in s, or -1 */
export function organizerVerbAt(s: string): number {
  const m = OPENING_VERB.exec(s);
  return m ? m.index : -1;
}

/** a place and a unit name together are short; longer runs are not searched (and stay ambiguous) */
const MAX_HEAD = 160;

export interface VenueSplit {
  /** the place phrase before the organizing sentence, or null */
  place: string | null;
  /** the organizing sentence, or null */
  organizers: string | null;
  /** true when more than one boundary fits, or none does */
  ambiguous: boolean;
}

/**
 * A place phrase run together with the organizing sentence after it
 * (`会展中心广场青海…有限公司牵头负责`): the place ends where a name that looks like an
 * organization and leads the sentence begins. `expectPlace` is false where no place
 * was announced (text after a name, not after 地点：).
 */
export function splitPlaceAndOrganizers(s: string, expectPlace = true): VenueSplit {
  const verb = organizerVerbAt(s);
  if (verb < 0) return { place: s.trim() || null, organizers: null, ambiguous: false };
  const firstSep = splitTopLevel(s.slice(0, verb), '、，,；')[0].length;
  const head = s.slice(0, firstSep);
  const cands: number[] = [];
  // a place and a unit name together are short; longer runs are not searched (and stay ambiguous)
  if (endsLikeOrganisation(head, 'organizer') && head.length <= MAX_HEAD) {
    for (let k = 1; k < head.length - 1; k++) {
      if (unitNameStartsAt(head, k) && PLACE_END.test(head.slice(Math.max(0, k - 3), k))) cands.push(k);
    }
  }
  if (cands.length === 0) {
    if (!expectPlace)
      return {
        place: null,
        organizers: s,
        ambiguous: !UNIT_NAME_START.test(head) && !endsLikeOrganisation(head, 'organizer'),
      };
    // a place was announced but no boundary fits: keep it all as the place and say so
    return { place: head.trim() || null, organizers: s.slice(firstSep), ambiguous: true };
  }
  const k = cands[0];
  return { place: s.slice(0, k).trim(), organizers: s.slice(k), ambiguous: cands.length > 1 };
}
