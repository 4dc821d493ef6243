/**
 * The matches of a global regular expression that stand outside brackets（…）(…)【…】, in
 * order. Bracket depth is walked forward from one match to the next, so the whole scan
 * stays linear however many matches there are.
 */
export function matchesOutsideBrackets(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let depth = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; pos < m.index; pos++) {
      const ch = text.charCodeAt(pos);
      if (ch === 0xff08 || ch === 0x28 || ch === 0x3010) depth++;
      else if ((ch === 0xff09 || ch === 0x29 || ch === 0x3011) && depth > 0) depth--;
    }
    if (depth === 0) out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
