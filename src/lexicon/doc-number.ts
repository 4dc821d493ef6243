/**
 * The 发文字号 (GB/T 9704 §7.2.4): the issuer's code, the year in 六角括号 and the serial,
 * then 号 — 青政办〔2017〕134号. Copies print the year in other brackets ([ ] （ ） 【 】
 * ［ ］) and may wrap the whole number in round brackets under a title; a published copy
 * may leave the year, the serial or the whole number out with 略.
 */
import { HAN_CLASS } from './chars.js';

/** what a published copy prints where it leaves something out */
export const REDACTION_MARK = '略';

/** the brackets a year is printed in */
const OPEN = '〔[［（【';
const CLOSE = '〕\\]］）】';
/** the issuer's code: 青政办, 海北政办, 青政办函 */
const CODE = `[${HAN_CLASS}]{1,12}`;

/**
 * a standalone 发文字号 line: 青政办〔2017〕134号, 青政办函〔2020〕138号, 青政〔2020〕67 号; in
 * brackets under a title; with the 签发人 of a report to a higher organ on its right
 */
export const DOC_NUMBER_LINE = new RegExp(
  `^\\s*[（(]?\\s*(${CODE})\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*(\\d{1,5})\\s*号\\s*[）)]?(?:\\s+签发人\\s*[：:].{0,20})?\\s*$`,
);

/** a 发文字号 anywhere (a citation inside the body, an index-block value) */
export const DOC_NUMBER_ANY = new RegExp(`(${CODE})\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*(\\d{1,5})\\s*号`);

/** a part of a number left out: 略 or （略） */
const LEFT_OUT = `[（(]?${REDACTION_MARK}[）)]?`;

/**
 * a 发文字号 some part of which a published copy left out: 某政函〔2020〕（略）号,
 * 青政办〔略〕号, 某政〔（略）〕12号, 某政办（略）号
 */
export const REDACTED_NUMBER_LINE = new RegExp(
  `^(?=.*${REDACTION_MARK})\\s*[（(]?\\s*${CODE}\\s*[${OPEN}]\\s*(?:\\d{4}|${LEFT_OUT})\\s*[${CLOSE}]` +
    `\\s*(?:\\d{1,5}|${LEFT_OUT})?\\s*号\\s*[）)]?\\s*$`,
);

/** a line that is nothing but the mark: （略）. Where the number stands, the whole number was left out. */
const LEFT_OUT_ALONE = new RegExp(`^\\s*[（(〔［\\[【]\\s*${REDACTION_MARK}\\s*[）)〕］\\]】]\\s*$`);

/** the number's parts, as the document record gives them */
export interface DocNumberParts {
  prefix: string;
  year: number;
  serial: number;
}

/** a number in canonical spelling (the year in 〔〕) and its parts, from a match of DOC_NUMBER_LINE or DOC_NUMBER_ANY */
export function docNumberOf(m: RegExpExecArray): { docNumber: string; docNumberParts: DocNumberParts } {
  return {
    docNumber: `${m[1]}〔${m[2]}〕${m[3]}号`,
    docNumberParts: { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) },
  };
}

/** the line is a whole 发文字号 */
export function isDocNumberLine(line: string): boolean {
  return DOC_NUMBER_LINE.test(line);
}

/** the line is a 发文字号 with a part left out (略), the code still printed */
export function isRedactedNumberLine(line: string): boolean {
  return line.includes(REDACTION_MARK) && REDACTED_NUMBER_LINE.test(line) && !DOC_NUMBER_LINE.test(line);
}

/** the line is only （略）: in the place of a 发文字号, the whole number left out */
export function isLeftOutLine(line: string): boolean {
  return line.includes(REDACTION_MARK) && LEFT_OUT_ALONE.test(line);
}
