/**
 * Splitting names from positions where a roster ran them together
 * (`杨逢春副省长`, `卢彦省委宣传部副部长梅岩省教育厅副厅长…`). A name is 2–4 characters; it
 * ends where a position begins, and a position begins with an organization (省…, 青海…,
 * 西宁…, 中共…, 国家…, 中铁…) or a bare title (副省长). A position ends with a title word
 * (…长, 主任, 书记, 巡视员 …) unless 、 or ， continue it. The words are in lexicon/posts.ts.
 */
import { isPersonName } from '../contacts/tokens.js';
import { CONTINUES_POSITION, NAME_CHARS_ONLY, POSITION_START, TITLE_END, titleEndsAt } from '../../lexicon/posts.js';

export interface NameSplit {
  len: number;
  ambiguous: boolean;
}

/** the length of the name starting at i, when a position follows it */
export function nameAt(s: string, i: number): NameSplit | null {
  const found: Array<{ len: number; prefix: number }> = [];
  for (const len of [2, 3, 4]) {
    const name = s.slice(i, i + len);
    if (name.length < len || !NAME_CHARS_ONLY.test(name) || !isPersonName(name)) continue;
    const m = POSITION_START.exec(s.slice(i + len, i + len + 8));
    if (m) found.push({ len, prefix: m[0].length });
  }
  if (!found.length) return null;
  // the shortest name wins; a longer reading is a real alternative only when it does not
  // swallow the whole organization word the shorter reading found (马勇|中铁 vs 马勇中铁|青藏)
  const pick = found[0];
  return { len: pick.len, ambiguous: found.some((f) => f.len > pick.len && pick.len + pick.prefix > f.len) };
}

export interface RunMember {
  name: string;
  position: string;
  /** offsets into the run */
  start: number;
  nameEnd: number;
  end: number;
  ambiguous: boolean;
}

/** where the position that starts at `from` ends: the next title end followed by a name */
function positionEnd(s: string, from: number): { end: number; next: NameSplit | null } {
  for (let j = from + 2; j < s.length; j++) {
    if (!titleEndsAt(s, from, j)) continue;
    if (CONTINUES_POSITION.test(s[j])) continue;
    const n = nameAt(s, j);
    if (n) return { end: j, next: n };
  }
  return { end: s.length, next: null };
}

/**
 * Read a run of names and positions. `lead` is text before the first name that continues
 * the previous line's position (a wrap), or '' when the run starts with a name.
 */
export function splitRun(s: string): { lead: string; members: RunMember[] } {
  let i = 0;
  let first = nameAt(s, 0);
  let lead = '';
  if (!first) {
    const p = positionEnd(s, 0);
    lead = s.slice(0, p.end);
    i = p.end;
    first = p.next;
  }
  const members: RunMember[] = [];
  let cur = first;
  while (cur && i < s.length) {
    const posStart = i + cur.len;
    const p = positionEnd(s, posStart);
    members.push({
      name: s.slice(i, posStart),
      position: s.slice(posStart, p.end),
      start: i,
      nameEnd: posStart,
      end: p.end,
      ambiguous: cur.ambiguous,
    });
    i = p.end;
    cur = p.next;
  }
  return { lead, members };
}

/** a word that reads as a position, not a name: 副省长, 省体育局局长 */
export function looksLikePosition(w: string): boolean {
  return POSITION_START.test(w) || TITLE_END.test(w);
}

/** true when text begins like a position (an organization or a bare title) */
export function startsPosition(s: string): boolean {
  return POSITION_START.test(s);
}

/**
 * A position printed before the name (`省商务厅厅长朱龙翔`): the name is the 2–4 characters
 * after the last title word.
 */
export function positionFirst(item: string): { position: string; name: string; ambiguous: boolean } | null {
  const found: Array<{ position: string; name: string }> = [];
  for (const len of [2, 3, 4]) {
    const cut = item.length - len;
    if (cut < 2) continue;
    const name = item.slice(cut);
    if (
      NAME_CHARS_ONLY.test(name) &&
      isPersonName(name) &&
      !CONTINUES_POSITION.test(name[0]) &&
      titleEndsAt(item, 0, cut)
    )
      found.push({ position: item.slice(0, cut), name });
  }
  if (!found.length) return null;
  const pick = found.find((f) => f.name.length === 3) ?? found[0];
  return { ...pick, ambiguous: found.length > 1 };
}
