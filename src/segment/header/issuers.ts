/**
 * The 发文机关 as the header names it: the issuer mark or the organ lines above the title
 * (joint notices name several), else the organ a title opens with before 关于.
 */
import { organOpeningTitle } from '../../lexicon/organisations.js';
import { issuerNames } from '../patterns.js';

/** 某某省人民政府文件: the 发文机关标志 of a notice's 版头 (GB/T 9704 §7.2.2) */
const ISSUER_MARK = /^\s*\S{2,40}文件\s*$/;

/** the line is an issuer mark */
export function isIssuerMark(line: string): boolean {
  return ISSUER_MARK.test(line);
}

/** the organs named on the given lines (each a line of organ names apart by spaces) */
export function issuersOnLines(at: (no: number) => string, lines: number[]): string[] {
  return lines.flatMap((n) => issuerNames(at(n)) ?? []);
}

/** the organs a title names before 关于 (某某厅关于…), or none */
export function issuersInTitle(title: string): string[] {
  const organ = organOpeningTitle(title);
  return organ ? organ.split(/\s+/) : [];
}
