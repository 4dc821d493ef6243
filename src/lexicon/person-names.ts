/**
 * What a person's name looks like in a notice: two to four Han characters, or a name with a
 * middle dot (阿布都·热合曼), and never a word that ends an organisation, a field label or a
 * duty (厅, 电话, 负责 …) nor one that starts like a place or a determiner (省, 各, 青海 …).
 */
import { HAN_CLASS } from './chars.js';

/** endings that make a word an organisation, a field label or a duty rather than a name */
export const NOT_NAME_ENDINGS = [
  // organisations and their parts
  '厅',
  '局',
  '委',
  '办',
  '部',
  '院',
  '会',
  '府',
  '司',
  '处',
  '室',
  '省',
  '市',
  '中心',
  '公司',
  '政府',
  '单位',
  '部门',
  // field labels of a contact block
  '联系',
  '电话',
  '传真',
  '邮箱',
  '地址',
  '邮编',
  // duties and the words around them
  '副',
  '负责',
  '同志',
  '方式',
  '担任',
  '兼任',
  '牵头',
  '组成',
  '配合',
];

/** beginnings that make a word a place, a determiner or a label rather than a name */
export const NOT_NAME_STARTS = ['省', '市', '县', '州', '各', '本', '该', '青海', '西宁', '联系', '电话'];

const NOT_NAME = new RegExp(`(${NOT_NAME_ENDINGS.join('|')})$|^(${NOT_NAME_STARTS.join('|')})`);
const PLAIN_NAME = new RegExp(`^[${HAN_CLASS}]{2,4}$`);
const DOTTED_NAME = new RegExp(`^[${HAN_CLASS}]{1,6}(·[${HAN_CLASS}]{1,8})+$`);

/** a person's name: 2–4 Han characters that end and start no other word, or a dotted name */
export function isPersonName(s: string): boolean {
  if (s.includes('·')) return DOTTED_NAME.test(s);
  return PLAIN_NAME.test(s) && !NOT_NAME.test(s);
}

/** the characters a name (or a list of them) is written in, as a class body: Han and the middle dot */
export const NAME_CHARS = `${HAN_CLASS}·`;
