/** characters a worksheet name cannot hold */
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel's limit on a worksheet name */
const MAX = 31;

/**
 * Worksheet names for one workbook: at most 31 characters, none of `[]:*?/\`, no
 * apostrophe at either end, not `History` (Excel keeps it), and unique ignoring case (a
 * repeated name gets ` (2)`, ` (3)` … within the limit).
 */
export class SheetNames {
  private readonly used = new Set<string>(['history']);

  take(wanted: string): string {
    const clean =
      wanted
        .replace(FORBIDDEN, '_')
        .replace(/[\r\n\t]/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || 'Sheet';
    let name = [...clean].slice(0, MAX).join('');
    for (let n = 2; this.used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...clean].slice(0, MAX - suffix.length).join('') + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}
