/**
 * What a table prints besides its rows: the label of a group of rows by its unit
 * (责任单位：…), a group's numbering (一、 （二）), a note under the table (注：), a page
 * number caught between rows, and a caption that says the table goes on (续表).
 */
import { CN_SMALL } from './numerals.js';
import { alternatives } from './chars.js';

/** labels that head a group of rows with the unit responsible for them */
export const GROUP_LABELS = ['责任单位', '牵头单位', '责任部门', '牵头部门', '主管单位'];
/** a group label opening a cell, with its colon */
export const GROUP_LABEL = new RegExp(`^(?:${alternatives(GROUP_LABELS)})[：:]?`);
/** the numbering a group heading may open with: 一、 or （一） */
export const GROUP_NUMBERING = new RegExp(`^(?:[${CN_SMALL}]+[、.．]|[（(][${CN_SMALL}]+[）)])`);

/** the words that open a note under a table */
export const NOTE_WORDS = ['注', '备注', '说明'];
/** a note under a table: 注：…, 备注：… */
export const NOTE_ROW = new RegExp(`^(?:${alternatives(NOTE_WORDS)})\\s*[：:]`);

/** a line that is only a page number (— 12 —, 第3页 共9页) */
export const PAGE_MARK = /^[-—－\s\d第页共/]*$/;
/** a page mark holds one of these besides digits */
export const PAGE_MARK_SIGN = /[-—－第页]/;

/** a caption that continues the table before it: 续表, 续上表 */
export const CONTINUED_CAPTION = /^续(上)?表/;
