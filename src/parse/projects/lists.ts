/**
 * Splitting the multi-valued cells of a 签约项目 row: parties, funding regions, people.
 * Lists follow the SPEC rule (split on 、，; and on spaces between whole items, never
 * inside brackets); a Latin name stays one item and single-character fragments of a
 * Chinese name (孙 静) are joined. Everything here is linear in the cell's length: a cell
 * can be a whole damaged page.
 */
import { splitTopLevel, joinCjkSpaces } from '../../text/lists.js';

const OPEN = '（(《“〔[【';
const CLOSE = '）)》”〕]】';
const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /^[A-Za-z][A-Za-z.'&\-]*$/;
const SPACE = /\s/;
const EDGE = '：:，,。；;、.';
/** the endings of an organization's name (as in text/lists.ts): a space after one may separate two units */
const UNIT_END = /(厅|局|委|办|部|院|会|府|司|团|心|室|处|署|所|站|队|社|行|馆|联|协|区|县|市|州|组|校|园|台|军|宫|关|场|企业|单位|机构|政府|）|\))$/;

/** spaces inside brackets never separate items: a bracket is one note on its item */
function closeBracketSpaces(s: string): string {
  const chars = [...s];
  // the next non-space character after each position, found in one backward pass
  const nextSolid: string[] = new Array(chars.length + 1).fill('');
  for (let i = chars.length - 1; i >= 0; i--) nextSolid[i] = SPACE.test(chars[i]) ? nextSolid[i + 1] : chars[i];
  let depth = 0;
  let prev = '';
  const out: string[] = [];
  chars.forEach((ch, i) => {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0 && SPACE.test(ch)) {
      // inside a bracket only a space between two Latin words or numbers survives
      if (/[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9]/.test(nextSolid[i + 1])) { out.push(' '); prev = ' '; }
      return;
    }
    out.push(ch);
    prev = ch;
  });
  return out.join('');
}

/** trim spaces and list punctuation from both ends, and a trailing 等 / 等单位 */
function cleanPiece(s: string): string {
  const trim = (t: string) => {
    let a = 0;
    let b = t.length;
    while (a < b && (SPACE.test(t[a]) || EDGE.includes(t[a]))) a++;
    while (b > a && (SPACE.test(t[b - 1]) || EDGE.includes(t[b - 1]))) b--;
    return t.slice(a, b);
  };
  const t = trim(s);
  const tail = /等(有关|相关)?(单位|部门|企业|机构|成员单位)?$/.exec(t.slice(-8));
  return tail ? trim(t.slice(0, t.length - tail[0].length)) : t;
}

function cjkLen(s: string): number {
  let n = 0;
  for (const ch of s) if (CJK.test(ch)) n++;
  return n;
}

interface Piece { text: string; latin: boolean; cjk: number }

/**
 * Split one token (no 、，; in it) on spaces. Latin words run together; a one-character
 * fragment joins its neighbour; between units a space separates only after a complete
 * unit name; between places any other space separates.
 */
function splitSpaces(token: string, kind: 'units' | 'places'): string[] {
  const out: Piece[] = [];
  for (const p of token.split(/\s+/)) {
    if (!p) continue;
    const latin = LATIN_WORD.test(p);
    const cjk = cjkLen(p);
    const prev = out[out.length - 1];
    let join = false;
    if (prev) {
      if (prev.latin && latin) join = true;
      else if (prev.latin !== latin) join = false;
      else if (prev.cjk <= 1 || cjk <= 1) join = true;
      else if (kind === 'units') join = !UNIT_END.test(prev.text.slice(-4));
    }
    if (join && prev) {
      prev.text += prev.latin && latin ? ` ${p}` : p;
      prev.latin = latin;
      prev.cjk += cjk;
    } else out.push({ text: p, latin, cjk });
  }
  return out.map((p) => cleanPiece(joinCjkSpaces(p.text))).filter(Boolean);
}

function splitCell(raw: string, kind: 'units' | 'places'): string[] {
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
  const out: string[] = [];
  for (const tok of splitTopLevel(closeBracketSpaces(raw))) {
    const words: Piece[] = [];
    for (const p of cleanPiece(tok).split(/\s+/)) {
      if (!p) continue;
      const latin = LATIN_WORD.test(p);
      const prev = words[words.length - 1];
      if (prev && prev.latin && latin) prev.text += ` ${p}`;
      else words.push({ text: p, latin, cjk: cjkLen(p) });
    }
    const names: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const single = w.cjk === 1 && w.text.length === 1;
      const next = words[i + 1];
      if (single && next && CJK.test(next.text[0])) {
        names.push(w.text + next.text); // 孙 静, 王 彤, 李 志强
        i++;
      } else if (single && names.length && CJK.test(names[names.length - 1].slice(-1))) {
        names[names.length - 1] += w.text;
      } else names.push(w.text);
    }
    for (const n of names) {
      const item = cleanPiece(joinCjkSpaces(n));
      if (item) out.push(item);
    }
  }
  return out;
}

/** a single-valued text cell: CJK spaces joined, Latin spacing kept */
export function cleanText(raw: string): string {
  return joinCjkSpaces(raw.trim()).replace(/\s+/g, ' ');
}
