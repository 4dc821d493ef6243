import type { Line } from '../normalize/source-text.js';
import type { IssueInfo } from '../schema/index.js';
import { isRealDate, isoDay } from '../text/dates.js';

/**
 * A gazette issue (公报) names itself near the top: the 公报 title, then a line with the
 * issuing office, the date, 第N期 and （总第N期）. It is a container, not a document.
 */
export function findGazetteIssue(lines: Line[]): { issue: IssueInfo; headerEnd: number } | null {
  const head = lines.slice(0, 40);
  // a line without 公报 is asked nothing more
  const titleLine = head.find(
    (l) => l.text.includes('公报') && /公报\s*$/.test(l.text.trim()) && l.text.trim().length <= 30,
  );
  if (!titleLine) return null;
  for (const l of head) {
    const m =
      /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日.*?第\s*(\d+)\s*期(?:\s*（\s*总\s*第\s*(\d+)\s*期\s*）)?/.exec(
        l.text,
      );
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return {
      issue: {
        title: titleLine.text.trim().replace(/\s+/g, ''),
        number: Number(m[4]),
        totalNumber: m[5] ? Number(m[5]) : null,
        date: isRealDate(y, mo, d) ? isoDay(y, mo, d) : null,
      },
      headerEnd: l.no,
    };
  }
  return null;
}
