/**
 * The words of a 主送机关 line (GB/T 9704 §7.3.2): how an addressee's name ends besides an
 * organ's own ending (部门, 单位 — the collective names a notice is sent to), and the labels
 * of the lines below a notice that end in a colon like it but name no addressees.
 */
import { alternation } from './chars.js';

/** collective names an addressee may end with: 州政府各部门, 各有关单位, 部属各司局 */
export const COLLECTIVE_ADDRESSEE_ENDINGS = ['部门', '司局', '单位'];

/** labels of the lines that end in a colon but are no addressee line: 附件：, 主题词：, 抄送： */
export const NOT_ADDRESSEE_LABELS = ['附件', '主题词', '抄送'];

const COLLECTIVE = new RegExp(`${alternation(COLLECTIVE_ADDRESSEE_ENDINGS)}$`);
/** what marks a text as a list of addressees: 各…, a list separator, a collective name at the end */
const ADDRESSEE_MARK = new RegExp(`^各|、|，|${alternation(COLLECTIVE_ADDRESSEE_ENDINGS)}$`);
const NOT_ADDRESSEES = new RegExp(`^${alternation(NOT_ADDRESSEE_LABELS)}`);

/** the name ends in a collective name (部门, 单位, 司局) */
export function endsInCollective(name: string): boolean {
  return COLLECTIVE.test(name);
}

/** the text reads as addressees by its form: 各…, a list, or a collective name at the end */
export function hasAddresseeMark(text: string): boolean {
  return ADDRESSEE_MARK.test(text);
}

/** the text opens with the label of a line that is no addressee line (附件, 主题词, 抄送) */
export function opensWithOtherLabel(text: string): boolean {
  return NOT_ADDRESSEES.test(text);
}
