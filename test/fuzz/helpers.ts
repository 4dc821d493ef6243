import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES } from '../helpers/parse.js';
import type { ParsedFile } from '../../src/pipeline/parse-file.js';
import { RECORD_TYPES, recordsOf } from '../../src/kinds/index.js';

/** runs per property: FUZZ_RUNS (npm run fuzz sets 20000), else a count that keeps npm test quick */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

/** a test timeout that grows with the number of runs (npm run fuzz runs thousands) */
export function timeoutFor(defaultRuns: number, msPerRun = 15): number {
  return 60_000 + runs(defaultRuns) * msPerRun;
}

/** fast-check parameters: FUZZ_SEED replays a failing run */
export function params(defaultRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(defaultRuns), ...(Number.isInteger(seed) ? { seed } : {}) };
}

const SEEDS = [
  '000_35fb21c491f32646.txt',
  '001_9f78a3f0e029c928.txt',
  '002_6bc5adcb762922b6.txt',
  '003_acdd827c104e1396.txt',
  '004_64a2121f8be4c313.txt',
];
export const SEED_LINES: string[][] = SEEDS.map((f) =>
  readFileSync(join(FIXTURES, f), 'utf8').replace(/\r\n?/g, '\n').split('\n'),
);

/** characters that steer the parsers: both bracket widths, separators, labels' colons, numbering, spaces of every kind */
const SPICE = [
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '《',
  '》',
  '〔',
  '〕',
  '[',
  ']',
  '“',
  '”',
  '、',
  '，',
  ',',
  '；',
  ';',
  '：',
  ':',
  '∶',
  '。',
  '.',
  '．',
  '—',
  '-',
  '～',
  '~',
  '\t',
  ' ',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\r',
  '\n',
  '\r\n',
  '**',
  '*',
  '●',
  '①',
  '一、',
  '（一）',
  '1.',
  '（1）',
  '第一条',
  '十',
  '〇',
  '0',
  '1',
  '9',
  '２',
  'Ａ',
  'a',
  '@',
  '#',
  '年',
  '月',
  '日',
  '时',
  '号',
  '等',
  '牵头单位：',
  '责任单位：',
  '配合',
  '电话：',
  '0971-',
  '139',
  '附件：',
  '青',
  '海',
  '省',
  '厅',
  '局',
  '委',
  '政府',
  '办公厅',
  '关于',
  '通知',
  '\ud800',
  '\udc00',
  '😀',
];

export const spice = fc.constantFrom(...SPICE);

type Op =
  | { kind: 'insert'; at: number; s: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'swap'; at: number }
  | { kind: 'join'; at: number }
  | { kind: 'split'; at: number }
  | { kind: 'width'; at: number; len: number; full: boolean }
  | { kind: 'duplicate'; at: number; len: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    s: fc.oneof(spice, fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('width' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 200 }),
    full: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 120 }) }),
);

/** full-width ↔ half-width for ASCII and the ideographic space */
function swapWidth(s: string, full: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (full && c > 0x20 && c < 0x7f) out += String.fromCharCode(c + 0xfee0);
    else if (full && c === 0x20) out += '\u3000';
    else if (!full && c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (!full && c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

export function mutate(text: string, o: Op): string {
  const n = text.length;
  const at = n ? o.at % (n + 1) : 0;
  switch (o.kind) {
    case 'insert':
      return text.slice(0, at) + o.s + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + o.len);
    case 'swap':
      return at + 1 < n ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    case 'join': {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? text : text.slice(0, nl) + text.slice(nl + 1);
    }
    case 'split':
      return text.slice(0, at) + '\n' + text.slice(at);
    case 'width':
      return text.slice(0, at) + swapWidth(text.slice(at, at + o.len), o.full) + text.slice(at + o.len);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + o.len) + text.slice(at);
  }
}

/** a passage of a seed, a few lines to a few hundred, with a handful of mutations */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    start: fc.nat(),
    lines: fc.integer({ min: 1, max: 160 }),
    ops: fc.array(op, { maxLength: 10, size: 'max' }),
    crlf: fc.boolean(),
  })
  .map(({ seed, start, lines, ops, crlf }) => {
    const all = SEED_LINES[seed];
    const s = start % all.length;
    let text = all.slice(s, s + lines).join('\n');
    for (const o of ops) text = mutate(text, o);
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

/** text made only of the characters parsers care about */
export const spicyText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: spice }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), {
    maxLength: 300,
    size: 'max',
  })
  .map((a) => a.join(''));

export interface Grounded {
  id: string;
  docId: string;
  source: { file: string; startLine: number; endLine: number; startOffset: number; endOffset: number };
}

export function allRecords(p: ParsedFile): Array<Grounded & { type: string }> {
  return RECORD_TYPES.flatMap((t) => recordsOf(p.records, t));
}

/** 1-based line of an offset: newlines before it, plus one */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** the invariants every parse must keep; returns the first broken one, or null */
export function brokenInvariant(text: string, p: ParsedFile): string | null {
  const ids = new Set<string>();
  const docIds = new Set(p.records.documents.map((d) => d.id));
  for (const r of allRecords(p)) {
    if (ids.has(r.id)) return `duplicate id ${r.id}`;
    ids.add(r.id);
    if (!docIds.has(r.docId)) return `${r.id}: docId ${r.docId} is not a document of the file`;
    const s = r.source;
    if (!s || !(Number.isInteger(s.startOffset) && Number.isInteger(s.endOffset))) return `${r.id}: no source offsets`;
    if (s.startOffset < 0 || s.endOffset > text.length || s.endOffset <= s.startOffset)
      return `${r.id}: source ${s.startOffset}..${s.endOffset} outside the text (${text.length})`;
    if (s.startLine !== lineAt(text, s.startOffset))
      return `${r.id}: startLine ${s.startLine} but offset ${s.startOffset} is on line ${lineAt(text, s.startOffset)}`;
    if (s.endLine < s.startLine || s.endLine > lineAt(text, s.endOffset))
      return `${r.id}: endLine ${s.endLine} does not fit offsets ${s.startOffset}..${s.endOffset}`;
  }
  for (const d of p.diagnostics) {
    if (d.code === 'parser-failed') return `diagnostic parser-failed: ${d.message}`;
    if (!Number.isInteger(d.line) || d.line < 0) return `diagnostic ${d.code} has line ${d.line}`;
  }
  return null;
}
