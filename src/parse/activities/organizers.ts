import { splitList } from '../../text/lists.js';
import { splitTopLevel } from '../../lexicon/brackets.js';
import { allMatches } from '../../text/regex-scan.js';
import { endsLikeOrganisation } from '../../lexicon/organisations.js';
import { activityRoleOfVerb, organizingVerbPattern, roleVerbPattern } from '../../lexicon/roles.js';

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
  const t = s.replace(/^[，、；\s]+/, '').replace(/(等)?(有关|相关)?(单位|部门|企业|机构)?(共同|具体|分别)?$/, '');
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

/** how the name of an organization begins: an administrative region or a national body */
const PROVINCES =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾';
const LOCAL = '西宁|海东|海西|海北|黄南|果洛|玉树|柴达木|格尔木|德令哈';
const UNIT_START = new RegExp(`^(中共|中国|中央|国家|国务院|国网|全国|共青团|省|市|州|县|各|${PROVINCES}|${LOCAL})`);
const UNIT_START_AT = new RegExp(UNIT_START.source.slice(1), 'y');
const MAX_HEAD = 160;
/** how a place phrase ends: a building, a site, an area */
const PLACE_END =
  /(馆|店|场|心|厅|堂|院|楼|厦|室|园|区|围|湖|山|村|镇|路|街|号|站|港|宫|城|苑|地|所|）|内|外|省|市|州|县|线|点|舍)$/;

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
      UNIT_START_AT.lastIndex = k;
      if (UNIT_START_AT.test(head) && PLACE_END.test(head.slice(Math.max(0, k - 3), k))) cands.push(k);
    }
  }
  if (cands.length === 0) {
    if (!expectPlace)
      return {
        place: null,
        organizers: s,
        ambiguous: !UNIT_START.test(head) && !endsLikeOrganisation(head, 'organizer'),
      };
    // a place was announced but no boundary fits: keep it all as the place and say so
    return { place: head.trim() || null, organizers: s.slice(firstSep), ambiguous: true };
  }
  const k = cands[0];
  return { place: s.slice(0, k).trim(), organizers: s.slice(k), ambiguous: cands.length > 1 };
}
