import type { SourceText } from '../normalize/source-text.js';

/**
 * Which lines any of the prefilter regexes matches, found with one scan of the whole
 * normalized text per regex: a regex call per line costs more than the scan itself on the
 * many short lines of a file. The regexes must be global. A match that runs over a line end
 * (`\s` takes a newline) flags the line it starts on, so the result can hold a line more
 * than a per-line test would, never fewer: it is for prefilters that the full reading of a
 * line confirms. Returns a flag per line number (1-based).
 */
export function linesMatching(src: SourceText, ...res: RegExp[]): Uint8Array {
  const lines = src.lines;
  const flags = new Uint8Array(lines.length + 1);
  const text = src.text;
  for (const re of res) {
    let li = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      while (li + 1 < lines.length && lines[li + 1].start <= m.index) li++;
      flags[li + 1] = 1;
      // the rest of the line needs no look
      re.lastIndex = Math.max(lines[li].end, m.index + 1);
    }
    re.lastIndex = 0;
  }
  return flags;
}

/**
 * The matches of a global regex, in order: what `[...text.matchAll(re)]` gives, without
 * the copy of the regex matchAll makes on every call (that copy costs more than the
 * search on a short line). `re` must be global; its lastIndex is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
