/**
 * The 文种 of official documents (GB/T 9704 and the regulations on official documents): the
 * word a title ends with, which names what kind of document it is.
 */

/** the 文种 that end a title; two-character words before the one-character 函 and 令 */
export const DOC_KINDS = [
  '通知',
  '意见',
  '决定',
  '办法',
  '方案',
  '规定',
  '报告',
  '批复',
  '通报',
  '通告',
  '公告',
  '命令',
  '决议',
  '请示',
  '纪要',
  '规划',
  '细则',
  '条例',
  '函',
  '令',
];

const SPACES = /\s+/g;
/** a bracketed note closing a title: （试行）, (2021年修订) */
const CLOSING_NOTE = /[（(][^（）()]*[）)]$/;

/** the 文种 a title ends with (spaces and a closing bracketed note ignored), or null */
export function titleKind(title: string): string | null {
  const t = title.replace(SPACES, '').replace(CLOSING_NOTE, '');
  for (const k of DOC_KINDS) if (t.endsWith(k)) return k;
  return null;
}
