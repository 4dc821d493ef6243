/**
 * Splitting unit and person lists (SPEC: split on 、，, and separating spaces only; never
 * inside brackets; trailing 等 dropped; spaces inside Chinese names removed).
 */

import { charTable, countHan, isAsciiAlnumCode, isDigitCode, isHanCode, isSpaceCode } from '../lexicon/chars.js';
import { LIST_BRACKETS, holdsOpening, splitTopLevel, walkDepth } from '../lexicon/brackets.js';
import { endsLikeOrganisation } from '../lexicon/organisations.js';
import { ETC_TAIL } from '../lexicon/list-items.js';
export type ListKind = 'units' | 'names' | 'places';

const LATIN = /^[A-Za-z][A-Za-z.'&-]*$/;
const HAS_SPACE = /\s/;

/** spaces inside brackets never separate items: a bracket is one note on its item */
export function closeBracketSpaces(s: string): string {
  // nothing to do without both a bracket and a space, the case of almost every cell
  if (!HAS_SPACE.test(s) || !holdsOpening(LIST_BRACKETS, s)) return s;
  let depth = 0;
  let walked = 0;
  let prev = -1;
  let out = '';
  let from = 0;
  // the next non-space character after a run of spaces, found once per run
  let solidAt = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSpaceCode(code)) {
      depth = walkDepth(s, LIST_BRACKETS, walked, i, depth);
      walked = i;
    }
    if (depth > 0 && isSpaceCode(code)) {
      if (solidAt <= i) {
        solidAt = i + 1;
        while (solidAt < s.length && isSpaceCode(s.charCodeAt(solidAt))) solidAt++;
      }
      out += s.slice(from, i);
      from = i + 1;
      // inside a bracket only a space between two Latin words or numbers survives
      if (isAsciiAlnumCode(prev) && solidAt < s.length && isAsciiAlnumCode(s.charCodeAt(solidAt))) {
        out += ' ';
        prev = 32;
      }
      continue;
    }
    prev = code;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** CJK characters and the marks a space between two of them is dropped beside */
const JOIN_MARKS = charTable('（）《》“”、，：');
const joinsCjk = (c: number) => isHanCode(c) || JOIN_MARKS[c] === 1;

/** what joinCjkSpaces puts for a run of spaces between the code units a and b: nothing, or the run as it is */
const cjkJoin = (a: number, b: number): string | null =>
  a >= 0 &&
  b >= 0 &&
  ((joinsCjk(a) && joinsCjk(b)) || (isHanCode(a) && isDigitCode(b)) || (isDigitCode(a) && isHanCode(b)))
    ? ''
    : null;

/**
 * Remove spaces that sit between two CJK characters (or a CJK character and a bracket or
 * list mark), and between a CJK character and a digit. The reading of
 * `s.replace(/([CJK marks])\s+(?=[CJK marks])/g, '$1').replace(/([CJK])\s+(?=\d)|(\d)\s+(?=[CJK])/g, …)`
 * in one pass over code units: every table cell and title goes through here.
 */
export function joinCjkSpaces(s: string): string {
  // most cells hold no space; the regex answers that faster than a loop, even before the JIT
  if (!HAS_SPACE.test(s)) return s;
  return rewriteSpaceRuns(s, cjkJoin);
}

const NEXT_SPACE = /\s/g;

/**
 * One pass over code units for the space cleaners: each whole run of spaces is replaced by
 * what `replace` returns for the code units on its two sides (-1 past either end of the
 * string), or kept as it is when that is null. Returns `s` itself when nothing changes.
 */
export function rewriteSpaceRuns(s: string, replace: (before: number, after: number) => string | null): string {
  let out = '';
  let from = 0;
  // the regex skips to each run's first space: a call per character is slow before the JIT,
  // and long passages (activity texts) come through here
  for (let at = 0; at < s.length;) {
    NEXT_SPACE.lastIndex = at;
    if (!NEXT_SPACE.test(s)) break;
    const i = NEXT_SPACE.lastIndex - 1;
    let end = i + 1;
    while (end < s.length && isSpaceCode(s.charCodeAt(end))) end++;
    const by = replace(i > 0 ? s.charCodeAt(i - 1) : -1, end < s.length ? s.charCodeAt(end) : -1);
    if (by !== null) {
      out += s.slice(from, i) + by;
      from = end;
    }
    at = end;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Split a space-separated run into items, joining fragments that are plainly parts of one
 * word: Latin words run together (ELSAID AHMED DEYAB HARHASH), a one-character fragment
 * joins its neighbour (孙 静, 省公安 厅), and between units a space separates only after a
 * complete unit name. Each piece keeps its counts, so a long run stays linear.
 */
export function splitSpaceRun(token: string, kind: ListKind): string[] {
  const out: Array<{ text: string; latin: boolean; cjk: number }> = [];
  for (const p of token.split(/\s+/)) {
    if (!p) continue;
    const latin = LATIN.test(p);
    const cjk = countHan(p);
    const prev = out[out.length - 1];
    let join = false;
    if (prev) {
      if (prev.latin && latin) join = true;
      else if (prev.latin !== latin) join = false;
      else if (prev.cjk <= 1 || cjk <= 1) join = true;
      else if (kind === 'units') join = !endsLikeOrganisation(prev.text, 'list-space');
    }
    if (join && prev) {
      prev.text += prev.latin && latin ? ` ${p}` : p;
      prev.latin = latin;
      prev.cjk += cjk;
    } else out.push({ text: p, latin, cjk });
  }
  return out.map((x) => x.text);
}

/**
 * People separated by spaces: Latin words run together into one name, and a single
 * character pairs with the next word (孙 静, 王 彤 李 静 → 王彤, 李静) or, at the end,
 * joins the name before it (李志 强).
 */
export function splitNameRun(run: string): string[] {
  if (!/\s/.test(run)) return run ? [run] : [];
  const words: Array<{ text: string; latin: boolean; cjk: number }> = [];
  for (const p of run.split(/\s+/)) {
    if (!p) continue;
    const latin = LATIN.test(p);
    const prev = words[words.length - 1];
    if (prev && prev.latin && latin) prev.text += ` ${p}`;
    else words.push({ text: p, latin, cjk: countHan(p) });
  }
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const single = w.cjk === 1 && w.text.length === 1;
    const next = words[i + 1];
    if (single && next && isHanCode(next.text.charCodeAt(0))) {
      names.push(w.text + next.text);
      i++;
    } else if (single && names.length && isHanCode(lastCode(names[names.length - 1]))) {
      names[names.length - 1] += w.text;
    } else names.push(w.text);
  }
  return names;
}

const lastCode = (s: string) => s.charCodeAt(s.length - 1);

/** drop trailing 等 / 等单位 / 等部门 … and edge punctuation */
export function cleanItem(s: string): string {
  let t = s.trim().replace(/^[：:，,。；;、\s]+|[：:，,。；;、\s]+$/g, '');
  t = t.replace(ETC_TAIL, '');
  return t.trim();
}

/** a collective place that may share the organ of the next item (splitList joins the two) */
const SHARED_HEAD = /^各[^（(]{1,8}$/;
const SHARED_ORGAN = /(政府|部门|单位)$/;

/**
 * 各市州、县（市、区、行委）政府 is one item: a collective place (各…) with no organ of its
 * own shares the organ that ends the next item, so the two are not split apart.
 */
/** administrative levels, the words a collective 各… list of governments is made of */
const LEVELS = '(?:[省市县区州盟旗乡镇]|自治[州县区旗]|行委)+';
const LEVEL_HEAD = new RegExp(`^各${LEVELS}$`);
const LEVEL_TAIL = new RegExp(`^(?:${LEVELS}|[（(][^（）()]*[）)])+(?:人民政府|政府|部门|单位)$`);

/**
 * 各市、自治州人民政府 is one item: 各市 and 自治州 share the suffix 人民政府. 各街道、区直各部门
 * is two: 街道 is no administrative level, and 区直各部门 is more than a level and a suffix.
 */
function sharesSuffix(head: string, next: string): boolean {
  return LEVEL_HEAD.test(head) && LEVEL_TAIL.test(next);
}

function joinSharedSuffix(tokens: string[], kind: ListKind): string[] {
  if (kind !== 'units') return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].trim();
    const next = tokens[i + 1]?.trim();
    if (next && sharesSuffix(t, next)) {
      out.push(`${t}、${next}`);
      i++;
      continue;
    }
    out.push(tokens[i]);
  }
  return out;
}

/**
 * Split a list as printed into items. `kind` tunes how spaces are read: between units a
 * space separates only after a complete unit name; between names or places any space
 * between two words separates; single characters are always joined to their neighbour.
 */
export function splitList(s: string | null | undefined, kind: ListKind = 'units'): string[] {
  if (!s) return [];
  if (kind === 'units' && !NOT_PLAIN.test(s)) {
    const plain = splitPlain(s);
    if (plain) return plain;
  }
  return splitListGeneral(s, kind);
}

/** splitList without the one-pass reading of plain unit lists (the reference it must match) */
export function splitListGeneral(s: string, kind: ListKind): string[] {
  const body = closeBracketSpaces(s.replace(/[。.]+\s*$/, ''));
  const tokens = joinSharedSuffix(splitTopLevel(body), kind);
  // where the list already has explicit separators, spaces inside a token are wrap damage
  const explicit = tokens.length > 1;
  const out: string[] = [];
  for (const tok of tokens) {
    const t = cleanItem(tok);
    if (!t) continue;
    const pieces = explicit && kind === 'units' ? [t] : kind === 'names' ? splitNameRun(t) : splitSpaceRun(t, kind);
    for (const p of pieces) {
      const item = cleanItem(joinCjkSpaces(p));
      if (item) out.push(item);
    }
  }
  return out;
}

/**
 * What makes a unit list need the full reading: spaces (which may be separators or wrap
 * damage) and a Latin full stop. A list with neither is read in one pass with the same
 * result (test/text/lists.test.ts holds the two together): unit lists and clause heads
 * are read often enough for this to count.
 */
const NOT_PLAIN = /[\s.]/;

/**
 * splitListGeneral(s, 'units') for a list without spaces: items between top-level 、，,；; with
 * edge marks trimmed and a trailing 等 dropped (by cleanItem itself), trailing 。 dropped.
 * A possible `各市州、县政府` pair goes to the general reading, which decides whether to join it.
 */
function splitPlain(s: string): string[] | null {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x3002) end--;
  const tokens = splitTopLevel(end === s.length ? s : s.slice(0, end));
  if (s.includes('各')) {
    for (let i = 0; i + 1 < tokens.length; i++)
      if (SHARED_HEAD.test(tokens[i]) && SHARED_ORGAN.test(tokens[i + 1])) return null;
  }
  const out: string[] = [];
  for (const tok of tokens) {
    // splitList cleans each item twice (as a token, then as a piece): a 等 may hide another
    if (tok.includes('等')) {
      const t = cleanItem(tok);
      const item = t && cleanItem(t);
      if (item) out.push(item);
      continue;
    }
    let a = 0;
    let b = tok.length;
    while (a < b && isEdgeMark(tok.charCodeAt(a))) a++;
    while (b > a && isEdgeMark(tok.charCodeAt(b - 1))) b--;
    if (b > a) out.push(a === 0 && b === tok.length ? tok : tok.slice(a, b));
  }
  return out;
}

/** ：:，,。；;、 — the marks cleanItem trims from an item's edges (spaces aside) */
function isEdgeMark(c: number): boolean {
  return (
    c === 0xff1a ||
    c === 0x3a ||
    c === 0xff0c ||
    c === 0x2c ||
    c === 0x3002 ||
    c === 0xff1b ||
    c === 0x3b ||
    c === 0x3001
  );
}
