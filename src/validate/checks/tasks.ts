import { diagnostic } from '../../diagnostics/index.js';
import type { Diagnostic, TaskRecord } from '../../schema/index.js';
import type { CrossCheck } from './types.js';
import { cnToNumber } from '../../lexicon/numerals.js';

/** one period as notices print deadlines: 长期, 2025年, 9月底前, 2020年底前, 2021年6月30日前, 2021—2025年, 每季度 … */
const YEAR = '(?:\\d{4}|[二〇一二三四五六七八九零]{4})年?';
const RANGE_SEP = '[—\\-－~～至到]';
const MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?';
const PART = `(?:${MONTH}|[上下]半年|(?:第?[一二三四1-4])季度|年[底末初中内]|[上中下]旬|底|末|初|中|内)`;
const ONE = `(?:(?:${YEAR})?(?:${PART})*(?:${RANGE_SEP}(?:${YEAR})?(?:${PART})*)?)`;
const SUFFIX = '(?:前|以前|之前|底前|末前|起|开始|完成|见效|全面完成|基本完成|取得成效|取得明显成效|持续推进)?';
const PERIOD = new RegExp(
  `^(?:(?:${ONE})${SUFFIX}|长期|长期坚持|持续|持续推进|持续实施|常态化|常态化推进|长效|每年|每半年|每季度|每月|每周|按年度|年度|逐年|逐年推进|当年|年内|年底前|立即|及时|随时|即时|全年|近期|中期|远期|20\\d\\d年起持续推进)$`,
);

/** is this deadline a period a reader can place in time */
export function isRecognizedDeadline(deadline: string): boolean {
  const t = deadline.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
  if (!t) return false;
  return t
    .split(/[，、；;,和及或]/)
    .filter(Boolean)
    .every((p) => PERIOD.test(p) && /[\d一二三四五六七八九十年月季旬半底末初中内期常持每逐当立及随即全近远]/.test(p));
}

const seqValue = (seq: string) => cnToNumber(seq.replace(/^第|[条章节]$/g, ''));

/** a task with no unit and no deadline, and a deadline that is no period; warnings: the text may be as printed */
const assignmentChecks: CrossCheck = {
  name: 'task-assignment',
  codes: ['task-without-assignee', 'task-deadline-unrecognized'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const file = parsed.file;
    // a notice gives the same few deadlines (长期, 2025年) to many tasks: judge each once
    const recognized = new Map<string, boolean>();
    for (const t of parsed.records.tasks) {
      const units = t.lead.length + t.responsible.length + t.guidance.length + t.cooperating.length;
      if (!units && !t.deadline) {
        out.push(
          diagnostic('task-without-assignee', `task ${t.seq ?? t.title ?? t.id} names no unit and no deadline`, {
            file,
            line: t.source.startLine,
            recordId: t.id,
          }),
        );
      }
      if (t.deadline && !recognizedOnce(recognized, t.deadline)) {
        out.push(
          diagnostic(
            'task-deadline-unrecognized',
            `task ${t.seq ?? t.id}: deadline "${t.deadline}" is not a recognizable period`,
            { file, line: t.source.startLine, recordId: t.id },
          ),
        );
      }
    }
    return out;
  },
};

/** numbering that skips, repeats or runs backwards within one section */
const numberingRule: CrossCheck = {
  name: 'task-numbering',
  codes: ['task-seq-repeated', 'task-seq-gap', 'task-seq-out-of-order'],
  run: (parsed) => numberingChecks(parsed.records.tasks, parsed.file),
};

/** the task checks, in the order they report */
export const taskChecks: readonly CrossCheck[] = [assignmentChecks, numberingRule];

function recognizedOnce(memo: Map<string, boolean>, deadline: string): boolean {
  let ok = memo.get(deadline);
  if (ok === undefined) memo.set(deadline, (ok = isRecognizedDeadline(deadline)));
  return ok;
}

/** numbering within each section of each document; tasks split from one item share a number and a line */
function numberingChecks(tasks: TaskRecord[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // each number is read once: a task is compared with the one before it in its section
  const groups = new Map<string, Array<{ t: TaskRecord; n: number }>>();
  // tasks of one section mostly share its path array: its group key is joined once per
  // array, and each lookup hashes a string already built rather than a fresh one per task
  const keys = new Map<string[], { docId: string; key: string }>();
  // a file's tasks are numbered with a few dozen numbers: each spelling is read once
  const values = new Map<string, number | null>();
  for (const t of tasks) {
    if (!t.seq) continue;
    let n = values.get(t.seq);
    if (n === undefined) values.set(t.seq, (n = seqValue(t.seq)));
    if (n === null) continue;
    let k = keys.get(t.section);
    if (k === undefined || k.docId !== t.docId) {
      k = { docId: t.docId, key: `${t.docId}\u0001${t.section.join('\u0001')}` };
      keys.set(t.section, k);
    }
    const list = groups.get(k.key);
    if (list) list.push({ t, n });
    else groups.set(k.key, [{ t, n }]);
  }
  for (const list of groups.values()) {
    let prev: { t: TaskRecord; n: number } | null = null;
    for (const cur of list) {
      const { t, n } = cur;
      if (prev && prev.t.seq === t.seq && prev.t.source.startLine === t.source.startLine) continue;
      if (prev) {
        const p = prev.n;
        if (n === p)
          out.push(
            diagnostic(
              'task-seq-repeated',
              `task number ${t.seq} repeats in ${t.section.join(' > ') || 'the document'}`,
              { file, line: t.source.startLine, recordId: t.id },
            ),
          );
        else if (n > p + 1)
          out.push(
            diagnostic(
              'task-seq-gap',
              `task numbers skip from ${prev.t.seq} to ${t.seq} in ${t.section.join(' > ') || 'the document'}`,
              { file, line: t.source.startLine, recordId: t.id },
            ),
          );
        else if (n < p)
          out.push(
            diagnostic(
              'task-seq-out-of-order',
              `task number ${t.seq} follows ${prev.t.seq} in ${t.section.join(' > ') || 'the document'}`,
              { file, line: t.source.startLine, recordId: t.id },
            ),
          );
      }
      prev = cur;
    }
  }
  return out;
}
