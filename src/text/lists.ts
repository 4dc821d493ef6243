/**
 * Splitting unit and person lists (SPEC: split on 、，, and separating spaces only; never
 * inside brackets; trailing 等 dropped; spaces inside Chinese names removed).
 */

export type ListKind = 'units' | 'names' | 'places';

const OPEN = '（(《“‘〔[【';
const CLOSE = '）)》”’〕]】';
const SEPARATORS = '、，,；;';

/** suffixes that end an organization's name: a space after one of these may separate two units */
const UNIT_END = /(厅|局|委|办|部|院|会|府|司|团|心|室|处|署|所|站|队|社|行|馆|联|协|区|县|市|州|组|校|园|台|军|宫|关|场|馆|企业|单位|机构|政府|）)$/;

const CJK = /[\u3400-\u9fff]/;
const LATIN = /^[A-Za-z][A-Za-z.'\-]*$/;

/** split at top level (outside brackets) on list separators */
export function splitTopLevel(s: string, seps = SEPARATORS): string[] {
  // slices rather than a string grown char by char: this runs on every list of every file
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) { out.push(s.slice(from, i)); from = i + 1; }
  }
  out.push(s.slice(from));
  return out;
}

/** remove spaces that sit between two CJK characters (or a CJK character and a bracket) */
export function joinCjkSpaces(s: string): string {
  if (!/\s/.test(s)) return s;
  return s.replace(/([\u3400-\u9fff（）《》“”、，：])\s+(?=[\u3400-\u9fff（）《》“”、，：])/g, '$1').replace(/([\u3400-\u9fff])\s+(?=\d)|(\d)\s+(?=[\u3400-\u9fff])/g, (m, a, b) => (a ?? b));
}

/** split a space-separated run into items, joining fragments that are plainly parts of one word */
function splitSpaces(token: string, kind: ListKind): string[] {
  const parts = token.split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return parts;
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev === undefined) { out.push(p); continue; }
    const prevLatin = LATIN.test(prev.split(' ').pop() ?? '');
    const curLatin = LATIN.test(p);
    let join: boolean;
    if (prevLatin && curLatin) join = true; // ELSAID AHMED DEYAB HARHASH
    else if (prevLatin !== curLatin) join = false;
    else if (cjkLen(prev) <= 1 || cjkLen(p) <= 1) join = true; // 孙 静, 省公安 厅
    else if (kind === 'units') join = !UNIT_END.test(prev);
    else join = false;
    if (join) out[out.length - 1] = prevLatin && curLatin ? `${prev} ${p}` : prev + p;
    else out.push(p);
  }
  return out;
}

function cjkLen(s: string): number {
  let n = 0;
  for (const ch of s) if (CJK.test(ch)) n++;
  return n;
}

/** drop trailing 等 / 等单位 / 等部门 … and edge punctuation */
export function cleanItem(s: string): string {
  let t = s.trim().replace(/^[：:，,。；;、\s]+|[：:，,。；;、\s]+$/g, '');
  t = t.replace(/等(有关|相关)?(单位|部门|企业|机构|成员单位)?$/, '');
  return t.trim();
}

const ORG_END = /(政府|厅|局|委|办|部|院|会|司|公司|集团|中心|室|处|署|所|站|队|社|行|馆|团|联|协|组|校|企业|单位|机构|部门)$/;

/**
 * 各市州、县（市、区、行委）政府 is one item: a collective place (各…) with no organ of its
 * own shares the organ that ends the next item, so the two are not split apart.
 */
function joinSharedSuffix(tokens: string[], kind: ListKind): string[] {
  if (kind !== 'units') return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].trim();
    const next = tokens[i + 1]?.trim();
    if (next && /^各[^（(]{1,8}$/.test(t) && !ORG_END.test(t) && /(政府|部门|单位)$/.test(next)) {
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
  const body = s.replace(/[。.]+\s*$/, '');
  const tokens = joinSharedSuffix(splitTopLevel(body), kind);
  // where the list already has explicit separators, spaces inside a token are wrap damage
  const explicit = tokens.length > 1;
  const out: string[] = [];
  for (const tok of tokens) {
    const t = cleanItem(tok);
    if (!t) continue;
    const pieces = explicit && kind === 'units' ? [t] : splitSpaces(t, kind);
    for (const p of pieces) {
      const item = cleanItem(joinCjkSpaces(p));
      if (item) out.push(item);
    }
  }
  return out;
}
