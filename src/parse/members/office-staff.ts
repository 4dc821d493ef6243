/**
 * The office of a committee, named in prose right after its roster:
 * `…省妇联主席王海红兼任办公室主任。…副主席周兰花和…专职副主任赵海琴任办公室副主任。`
 */
import type { Line as SourceLine } from '../../normalize/source-text.js';
import { positionFirst } from './split.js';
import { OFFICE_DUTY } from '../../lexicon/committees.js';

export interface StaffMember {
  role: string;
  name: string;
  position: string;
  start: number;
  end: number;
  line: number;
}

/** the parts of a source line these readers use */
type Line = Pick<SourceLine, 'no' | 'start' | 'text'>;

/** office staff in the clauses of a few lines; a clause that does not read wholly is skipped */
export function readOfficeStaff(lines: readonly Line[]): StaffMember[] {
  const out: StaffMember[] = [];
  for (const l of lines) {
    let from = 0;
    for (const clause of l.text.split(/[，。；]/)) {
      const at = from;
      from += clause.length + 1;
      const d = OFFICE_DUTY.exec(clause.trim());
      if (!d) continue;
      const lead = clause.length - clause.trimStart().length;
      const subject = clause.trim().slice(0, d.index);
      const parts = subject.split(/和|及/);
      const read = parts.map((p) => positionFirst(p));
      if (!read.every(Boolean)) continue;
      let off = l.start + at + lead;
      parts.forEach((p, k) => {
        out.push({
          role: d[1],
          name: read[k]!.name,
          position: read[k]!.position,
          start: off,
          end: off + p.length,
          line: l.no,
        });
        off += p.length + 1;
      });
    }
  }
  return out;
}
