/**
 * Splitting the multi-valued cells of a 签约项目 row: parties, funding regions, people.
 * Lists follow the SPEC rule (split on 、，; and on spaces between whole items, never
 * inside brackets); a Latin name stays one item and single-character fragments of a
 * Chinese name (孙 静) are joined. Everything here is linear in the cell's length: a cell
 * can be a whole damaged page.
 */
import { closeBracketSpaces, joinCjkSpaces, splitNameRun, splitSpaceRun } from '../../text/lists.js';
import { ETC_TAIL, ETC_TAIL_MAX, isItemEdgeCode } from '../../lexicon/list-items.js';
import { HAS_LIST_SEPARATOR, splitTopLevel as splitAll } from '../../lexicon/brackets.js';

/** splitTopLevel, skipping the scan when the cell holds no separator at all */
const splitTopLevel = (s: string): string[] => (HAS_LIST_SEPARATOR.test(s) ? splitAll(s) : [s]);

const SPACE = /\s/;

/** trim spaces and list punctuation (isItemEdgeCode) from both ends */
function trimEdges(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && isItemEdgeCode(t.charCodeAt(a))) a++;
  while (b > a && isItemEdgeCode(t.charCodeAt(b - 1))) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** trim spaces and list punctuation from both ends, and a trailing 等 / 等单位 */
function cleanPiece(s: string): string {
  const t = trimEdges(s);
  // the 等 ending lies in the last few characters: look only there
  if (t.indexOf('等', t.length - ETC_TAIL_MAX) < 0) return t;
  const tail = ETC_TAIL.exec(t.slice(-ETC_TAIL_MAX));
  return tail ? trimEdges(t.slice(0, t.length - tail[0].length)) : t;
}

/**
 * Split one token (no 、，; in it) on spaces (see splitSpaceRun), then clean each piece.
 */
function splitSpaces(token: string, kind: 'units' | 'places'): string[] {
  // one word: no joining to decide, and joinCjkSpaces leaves a spaceless word alone
  if (!SPACE.test(token)) {
    const one = token ? cleanPiece(token) : '';
    return one ? [one] : [];
  }
  return splitSpaceRun(token, kind)
    .map((p) => cleanPiece(joinCjkSpaces(p)))
    .filter(Boolean);
}

/**
 * A cell holding a space, a list separator or an opening bracket needs the full split;
 * one without them is a single item. A regex, not a loop calling isSpaceCode per
 * character: it runs on every list cell of every row, and is fast before the JIT too.
 */
const SPLIT_MARK = /[\s、，,；;（(《“〔[【]/;

/** the item a cell with no space, separator or bracket makes, if any */
function single(raw: string): string[] {
  const once = cleanPiece(raw);
  // cleaning a piece it left unchanged again would change nothing
  const item = once === raw ? once : cleanPiece(once);
  return item ? [item] : [];
}

function splitCell(raw: string, kind: 'units' | 'places'): string[] {
  if (!SPLIT_MARK.test(raw)) return single(raw);
  const out: string[] = [];
  for (const tok of splitTopLevel(closeBracketSpaces(raw))) out.push(...splitSpaces(cleanPiece(tok), kind));
  return out;
}

/** 甲方 / 乙方: organizations, split on 、 and where a space follows a complete unit name */
export function splitParties(raw: string): string[] {
  return splitCell(raw, 'units');
}

/** 资金来源地: places; any space between two place names separates them */
export function splitPlaces(raw: string): string[] {
  return splitCell(raw, 'places');
}

/**
 * 责任领导 / 责任人: spaces separate people, except that single characters pair up
 * (孙 静, 王 彤 李 静) or attach to the neighbouring part (李 志强), and Latin words
 * run together into one name.
 */
export function splitNames(raw: string): string[] {
  if (!SPLIT_MARK.test(raw)) return single(raw);
  const out: string[] = [];
  for (const tok of splitTopLevel(closeBracketSpaces(raw))) {
    const piece = cleanPiece(tok);
    // one word, the usual cell: nothing to pair up
    if (!SPACE.test(piece)) {
      const item = piece ? cleanPiece(piece) : '';
      if (item) out.push(item);
      continue;
    }
    const names = splitNameRun(piece);
    for (const n of names) {
      const item = cleanPiece(joinCjkSpaces(n));
      if (item) out.push(item);
    }
  }
  return out;
}

/** a single-valued text cell: CJK spaces joined, Latin spacing kept */
export function cleanText(raw: string): string {
  if (!SPACE.test(raw)) return raw;
  return joinCjkSpaces(raw.trim()).replace(/\s+/g, ' ');
}

/**
 * The list cells of one file's project tables, each spelling split once: a table names the
 * same few leaders, places and 甲方 row after row. Per run (the reader makes one per file),
 * never a module global; each row gets its own copy of the items.
 */
export class ListCells {
  private readonly parties = new Map<string, string[]>();
  private readonly places = new Map<string, string[]>();
  private readonly names = new Map<string, string[]>();

  party(raw: string): string[] {
    return once(this.parties, raw, splitParties);
  }

  place(raw: string): string[] {
    return once(this.places, raw, splitPlaces);
  }

  person(raw: string): string[] {
    return once(this.names, raw, splitNames);
  }
}

function once(memo: Map<string, string[]>, raw: string, split: (raw: string) => string[]): string[] {
  if (!raw) return [];
  let items = memo.get(raw);
  if (items === undefined) memo.set(raw, (items = split(raw)));
  return items.slice();
}
