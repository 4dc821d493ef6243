import type { ContactRecord, Diagnostic } from '../schema/index.js';
import type { DiagnosticNote } from '../diagnostics/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { tokenizeLine, type Token } from './contacts/tokens.js';
import { linesMatching } from '../text/regex-scan.js';
import { assignGroup, type AddressRef, type Dept, type EmailRef, type Group, type NumRef } from './contacts/assign.js';

/**
 * A cheap look before the full tokenizer: every line tokenizeLine can find a piece in
 * (names aside) matches one of these. A phone has a run of five digits, an office line a
 * 邮编, and otherwise there is an e-mail, a 联系人 or a field label. Years and amounts
 * (2025年, 1000万元) fail both, which keeps most prose lines out of the tokenizer. The digits
 * are spelled out (not \d{5}): the search then skips ahead five characters at a time, and
 * two separate searches cost less than one over the alternation of both.
 * Keep them in step with contacts/tokens.ts.
 */
export const MAY_HOLD_NUMBER = /\d\d\d\d\d/g;
export const MAY_HOLD_FIELD = /@|联\s?系\s?人|邮|电话|传真|信箱|[Mm][Aa][Ii][Ll]|地址|手机|座机|联系方式/g;

/** lines without any contact piece that may separate two parts of one block */
const MAX_GAP = 6;

type Draft = Omit<ContactRecord, 'id' | 'type' | 'source' | 'docId'> & {
  start: number;
  end: number;
  diag?: DiagnosticNote;
};

const NO_TOKENS: Token[] = [];

const uniq = (xs: string[]) => [...new Set(xs)];

/**
 * Contacts: 联系人 blocks (role, names, phones, fax, e-mail) and office addresses. Numbers
 * are given to a person only where the layout supports it (see contacts/assign.ts); the
 * rest stay in a contact without a name, with a diagnostic, so no number is ever lost.
 */
export function parseContacts(ctx: ParseContext): ParseResult<ContactRecord> {
  const drafts: Array<{ d: Draft; docId: string }> = [];
  // every line of the file is read, also lines between documents (a number is never left out);
  // a stray line belongs to the document before it, or to the first one
  const docs = [...ctx.docs].sort((a, b) => a.firstLine - b.firstLine);
  const candidates = linesMatching(ctx.src, MAY_HOLD_NUMBER, MAY_HOLD_FIELD);
  docs.forEach((doc, i) => {
    const first = i === 0 ? 1 : doc.firstLine;
    const last = i + 1 < docs.length ? docs[i + 1].firstLine - 1 : ctx.src.lines.length;
    for (const d of parseDoc(ctx, first, last, candidates)) drafts.push({ d, docId: doc.record.id });
  });
  drafts.sort((a, b) => a.d.start - b.d.start || a.d.end - b.d.end);
  const records: ContactRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  // fields written out: a rest/spread copy per record is slow, and the order is the same
  for (const { d, docId } of drafts) {
    const id = ctx.newId('contact', docId);
    records.push({
      type: 'contact',
      id,
      docId,
      source: ctx.source(d.start, d.end),
      kind: d.kind,
      role: d.role,
      name: d.name,
      organization: d.organization,
      phones: d.phones,
      fax: d.fax,
      emails: d.emails,
      address: d.address,
      postcode: d.postcode,
    });
    if (d.diag) diagnostics.push(ctx.note(d.diag, id));
  }
  return { records, diagnostics };
}

function parseDoc(ctx: ParseContext, first: number, last: number, candidates: Uint8Array): Draft[] {
  const lines = ctx.src.lines;
  // pass 1: lines with hard contact pieces, to know where bracketed names may be read.
  // Names are read here already and the tokens kept for pass 2; names alone do not make a
  // line hard (a 联系人 always brings its role token along with the names after it).
  const hard: number[] = [];
  const tokensOf = new Map<number, Token[]>();
  // the flagged lines found by the typed array's own search: most files flag a handful
  for (let no = candidates.indexOf(1, first); no >= 0 && no <= last; no = candidates.indexOf(1, no + 1)) {
    const l = lines[no - 1];
    if (!l) continue;
    const toks = tokenizeLine(l.text, l.start, true);
    tokensOf.set(no, toks);
    if (toks.some((t) => t.kind !== 'names')) hard.push(no);
  }
  if (!hard.length) return [];
  const context = new Set<number>();
  for (let i = 0; i < hard.length; i++) {
    const next = hard[i + 1];
    const from = i === 0 || hard[i] - hard[i - 1] > MAX_GAP ? Math.max(first, hard[i] - 2) : hard[i];
    const to = next !== undefined && next - hard[i] <= MAX_GAP ? next : hard[i];
    for (let n = from; n <= to; n++) context.add(n);
  }

  const drafts: Draft[] = [];
  const depts: Dept[] = [];
  let dept: Dept | null = null;
  let group: Group | null = null;
  let lastHard = -Infinity;
  // context lines were added in ascending order
  for (const no of context) {
    const l = lines[no - 1];
    if (!l) continue;
    // a line the prefilter kept out can hold nothing but bracketed names: 顾锡军（省商务厅）
    const toks = tokensOf.get(no) ?? (l.text.includes('（') ? tokenizeLine(l.text, l.start, true) : NO_TOKENS);
    if (!toks.length) continue;
    if (no - lastHard > MAX_GAP) {
      dept = null;
      group = null;
    }
    lastHard = no;
    let field: 'phone' | 'fax' | 'email' | 'address' = 'phone';
    let bound = false;
    let prev: Token | null = null;
    // unbound numbers on this line so far, and how many of them the current group holds
    let unboundOnLine = 0;
    let groupUnboundOnLine = 0;
    for (const t of toks) {
      switch (t.kind) {
        case 'office':
          drafts.push({
            kind: 'office',
            role: null,
            name: null,
            organization: t.org,
            phones: [],
            fax: [],
            emails: [],
            address: t.address,
            postcode: t.postcode,
            start: t.start,
            end: t.end,
          });
          break;
        case 'role':
          dept = { role: t.role, line: no, groups: [], loose: [], looseEmails: [], addresses: [] };
          depts.push(dept);
          group = null;
          groupUnboundOnLine = 0;
          break;
        case 'names': {
          if (!dept) {
            dept = { role: null, line: no, groups: [], loose: [], looseEmails: [], addresses: [] };
            depts.push(dept);
          }
          if (group && groupUnboundOnLine > 0) group.unclean.add(no);
          group = {
            names: t.names,
            org: t.org,
            line: no,
            contaminated: unboundOnLine > 0,
            explicit: false,
            buckets: new Map(),
            unclean: new Set(),
            fax: [],
            emails: [],
            addresses: [],
          };
          groupUnboundOnLine = 0;
          dept.groups.push(group);
          bound = false;
          break;
        }
        case 'label':
          field = t.field;
          bound = prev?.kind === 'names';
          if (bound && group) group.explicit = true;
          break;
        case 'num': {
          const ref: NumRef = {
            value: t.value,
            phoneKind: t.phoneKind,
            problem: t.problem,
            start: t.start,
            end: t.end,
            line: no,
            field: field === 'fax' ? 'fax' : 'phone',
            bound,
          };
          if (!bound) {
            unboundOnLine++;
            if (group && ref.field === 'phone') groupUnboundOnLine++;
          }
          if (!dept) {
            dept = { role: null, line: no, groups: [], loose: [], looseEmails: [], addresses: [] };
            depts.push(dept);
          }
          if (!group) dept.loose.push(ref);
          else if (ref.field === 'fax') group.fax.push(ref);
          else {
            const b = group.buckets.get(no) ?? [];
            b.push(ref);
            group.buckets.set(no, b);
          }
          break;
        }
        case 'address': {
          const ref: AddressRef = { address: t.address, postcode: t.postcode, start: t.start, end: t.end, line: no };
          if (!dept) {
            dept = { role: null, line: no, groups: [], loose: [], looseEmails: [], addresses: [] };
            depts.push(dept);
          }
          if (group) group.addresses.push(ref);
          else dept.addresses.push(ref);
          break;
        }
        case 'email': {
          const ref: EmailRef = { value: t.value, start: t.start, end: t.end, line: no };
          if (!dept) {
            dept = { role: null, line: no, groups: [], loose: [], looseEmails: [], addresses: [] };
            depts.push(dept);
          }
          if (group) group.emails.push(ref);
          else dept.looseEmails.push(ref);
          break;
        }
      }
      prev = t;
    }
  }
  for (const d of depts) drafts.push(...resolveDept(d));
  return drafts;
}

/** the largest end among refs and `end` (`Math.max(end, ...refs.map((x) => x.end))` without the copies) */
function maxEnd(refs: Array<{ end: number }>, end: number): number {
  for (const r of refs) if (r.end > end) end = r.end;
  return end;
}

/**
 * The distinct values of refs in first-printed order (`uniq(refs.map((x) => x.value))`):
 * a person has a number or two, so a look back through the few kept beats a Set.
 */
function valuesOf(refs: Array<{ value: string }>): string[] {
  if (refs.length > 8) return uniq(refs.map((x) => x.value));
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.value)) out.push(r.value);
  return out;
}

function resolveDept(d: Dept): Draft[] {
  const out: Draft[] = [];
  const pool: NumRef[] = [...d.loose];
  const poolEmails: EmailRef[] = [...d.looseEmails];
  const reasons: string[] = [];
  const addresses: AddressRef[] = [...d.addresses];
  for (const g of d.groups) {
    const a = assignGroup(g);
    for (let i = 0; i < g.names.length; i++) {
      const n = g.names[i];
      const p = a.persons[i];
      const end = Math.max(maxEnd(p.emails, maxEnd(p.fax, maxEnd(p.phones, n.end))), p.address?.end ?? 0);
      out.push({
        kind: 'person',
        role: d.role,
        name: n.name,
        organization: g.org,
        phones: valuesOf(p.phones),
        fax: valuesOf(p.fax),
        emails: valuesOf(p.emails),
        address: p.address?.address ?? null,
        postcode: p.address?.postcode ?? null,
        start: n.start,
        end,
      });
    }
    pool.push(...a.leftover);
    addresses.push(...a.leftoverAddresses);
    poolEmails.push(...a.leftoverEmails);
    if (a.reason) reasons.push(`${g.names.map((n) => n.name).join('、')}: ${a.reason}`);
  }
  // an address no single person owns: the department's office
  for (const a of addresses) {
    out.push({
      kind: 'office',
      role: d.role,
      name: null,
      organization: d.groups[0]?.org ?? null,
      phones: [],
      fax: [],
      emails: [],
      address: a.address,
      postcode: a.postcode,
      start: a.start,
      end: a.end,
    });
  }
  if (pool.length || poolEmails.length) {
    const spans = [...pool, ...poolEmails];
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    const phones = uniq(pool.filter((x) => x.field === 'phone').map((x) => x.value));
    const fax = uniq(pool.filter((x) => x.field === 'fax').map((x) => x.value));
    const named = d.groups.length > 0;
    const line = Math.min(...spans.map((x) => x.line));
    const distinct = new Set(pool.map((x) => x.value)).size;
    const what = `${pool.length} printed number(s)${distinct < pool.length ? ` (${distinct} distinct)` : ''}${poolEmails.length ? ` and ${poolEmails.length} e-mail(s)` : ''}`;
    out.push({
      kind: 'person',
      role: d.role,
      name: null,
      organization: null,
      phones,
      fax,
      emails: uniq(poolEmails.map((x) => x.value)),
      address: null,
      postcode: null,
      start,
      end,
      diag: named
        ? {
            code: 'contact-phones-unassigned',
            message: `${d.role ?? 'contact block'}: ${what} not assigned to a person, the layout does not say whose they are (${reasons.join('; ') || 'printed before any name'}): ${[...phones, ...fax].join(', ')}`,
            line,
          }
        : {
            code: 'contact-without-name',
            message: `${d.role ?? 'contact block'}: ${what} printed without a person's name: ${[...phones, ...fax].join(', ')}`,
            line,
          },
    });
  }
  return out;
}
