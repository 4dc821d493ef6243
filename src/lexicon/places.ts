/**
 * Place words: how the name of an organization begins (an administrative region, a
 * national body) and how a place phrase ends (a building, a site, an area). A place run
 * together with the organizing units after it is cut where the one ends and the other begins.
 */
import { alternatives } from './chars.js';

/** the provinces, autonomous regions and municipalities, as names of units begin with them */
export const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
];
/** Qinghai's cities, prefectures and the towns units are named after */
export const LOCAL_PLACES = ['西宁', '海东', '海西', '海北', '黄南', '果洛', '玉树', '柴达木', '格尔木', '德令哈'];
/** national bodies a unit's name, and so a post, opens with (posts.ts reads them too) */
export const NATIONAL_BODIES = ['中共', '中国', '中央', '国家', '国务院', '国网', '全国', '共青团'];
/** national bodies and administrative levels a unit's name opens with */
export const UNIT_NAME_OPENINGS = [...NATIONAL_BODIES, '省', '市', '州', '县', '各'];

/** the words a unit's name may open with, longest first */
const UNIT_START_WORDS = alternatives([...UNIT_NAME_OPENINGS, ...PROVINCES, ...LOCAL_PLACES]);
/** a unit's name at the start of a text */
export const UNIT_NAME_START = new RegExp(`^(?:${UNIT_START_WORDS})`);
const UNIT_NAME_AT = new RegExp(`(?:${UNIT_START_WORDS})`, 'y');

/** whether a unit's name may begin at offset `at` of the text */
export function unitNameStartsAt(text: string, at: number): boolean {
  UNIT_NAME_AT.lastIndex = at;
  return UNIT_NAME_AT.test(text);
}

/** the last characters of a place phrase: a building, a site, an area, a region, a closing bracket */
export const PLACE_END =
  /(馆|店|场|心|厅|堂|院|楼|厦|室|园|区|围|湖|山|村|镇|路|街|号|站|港|宫|城|苑|地|所|）|内|外|省|市|州|县|线|点|舍)$/;
