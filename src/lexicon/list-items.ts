/**
 * The edges of an item in a list of units, places or people: the marks trimmed off its ends
 * and the 等 that closes a list (甲公司、乙公司等单位).
 */
import { charTable, isSpaceCode, alternatives } from './chars.js';

const ITEM_EDGE = charTable('：:，,。；;、.');

/** a mark trimmed off either end of a list item (：:，,。；;、.) or a space */
export const isItemEdgeCode = (c: number): boolean => ITEM_EDGE[c] === 1 || isSpaceCode(c);

/** what may follow the 等 closing a list: 等有关单位, 等部门 */
export const ETC_QUALIFIERS = ['有关', '相关'];
export const ETC_NOUNS = ['单位', '部门', '企业', '机构', '成员单位'];
/** the 等 closing a list, with what follows it, at the end of an item */
export const ETC_TAIL = new RegExp(`等(?:${alternatives(ETC_QUALIFIERS)})?(?:${alternatives(ETC_NOUNS)})?$`);
/** the longest 等 ending: an item's last this many characters hold it, if it has one */
export const ETC_TAIL_MAX =
  1 + Math.max(...ETC_QUALIFIERS.map((w) => w.length)) + Math.max(...ETC_NOUNS.map((w) => w.length));
