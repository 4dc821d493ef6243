import type { ContactRecord, Diagnostic } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import type { DocSegment } from '../segment/documents.js';
import type { DocumentNode } from '../tree/nodes.js';
import { tokenizeLine, type Token } from './contacts/tokens.js';
import { DocLines, contactLines } from './contacts/doc-lines.js';
import { PassageReader } from './contacts/passage.js';
import { resolveDept } from './contacts/resolve.js';
import type { Draft } from './contacts/draft.js';

/** lines without any contact piece that may separate two parts of one block */
const MAX_GAP = 6;

const NO_TOKENS: Token[] = [];

/**
 * Contacts: 联系人 blocks (role, names, phones, fax, e-mail) and office addresses, read from
 * the blocks of each document in the tree. Numbers are given to a person only where the
 * layout supports it (see contacts/assign.ts); the rest stay in a contact without a name,
 * with a diagnostic, so no number is ever lost.
 */
export function parseContacts(ctx: ParseContext): ParseResult<ContactRecord> {
  const drafts: Array<{ d: Draft; docId: string }> = [];
  // every line of the file is read, also lines between documents (a number is never left out);
  // a stray line belongs to the document before it, or to the first one
  const docs = [...ctx.docs].sort((a, b) => a.firstLine - b.firstLine);
  // the quick look first, over the whole file at once: the tree is read only for documents
  // where a line may hold a contact piece
  const n = ctx.src.lines.length;
  const candidates = n ? contactLines(ctx.src) : [];
  // each document's node, looked up once the first document needs one
  let nodes: Map<DocSegment, DocumentNode> | null = null;
  let c = 0;
  docs.forEach((doc, i) => {
    const first = i === 0 ? 1 : doc.firstLine;
    const last = i + 1 < docs.length ? docs[i + 1].firstLine - 1 : n;
    const from = c;
    while (c < candidates.length && candidates[c] <= last) c++;
    if (c === from) return;
    nodes ??= new Map(ctx.tree.documents.map((d) => [d.segment, d]));
    const lines = new DocLines(ctx.src, nodes.get(doc)!);
    const docId = doc.record.id;
    for (const d of readDoc(lines, candidates.slice(from, c), first)) drafts.push({ d, docId });
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

/** the contacts of one document's lines */
function readDoc(text: DocLines, candidates: number[], first: number): Draft[] {
  const { hard, tokensOf } = hardLines(text, candidates);
  if (!hard.length) return [];
  const reader = new PassageReader();
  let lastRead = -Infinity;
  for (const no of passageLines(hard, first)) {
    // a line the prefilter kept out can hold nothing but bracketed names: 顾锡军（省商务厅）
    const toks = tokensOf.get(no) ?? namesOnly(text, no);
    if (!toks.length) continue;
    if (no - lastRead > MAX_GAP) reader.breakPassage();
    lastRead = no;
    reader.readLine(no, toks);
  }
  const drafts = reader.drafts;
  for (const d of reader.depts) drafts.push(...resolveDept(d));
  return drafts;
}

/**
 * Pass 1: the lines with hard contact pieces (anything but names), to know where bracketed
 * names may be read. Names are read here already and the tokens kept for pass 2; names
 * alone do not make a line hard (a 联系人 always brings its role token along).
 */
function hardLines(text: DocLines, candidates: number[]): { hard: number[]; tokensOf: Map<number, Token[]> } {
  const hard: number[] = [];
  const tokensOf = new Map<number, Token[]>();
  for (const no of candidates) {
    const l = text.line(no);
    if (!l) continue;
    const toks = tokenizeLine(l.text, l.base, true);
    tokensOf.set(no, toks);
    if (toks.some((t) => t.kind !== 'names')) hard.push(no);
  }
  return { hard, tokensOf };
}

/**
 * Pass 2 reads the hard lines, the two lines before a passage (a 联系人 line whose numbers
 * follow) and the lines between two hard lines at most MAX_GAP apart; ascending.
 */
function passageLines(hard: number[], first: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < hard.length; i++) {
    const next = hard[i + 1];
    const from = i === 0 || hard[i] - hard[i - 1] > MAX_GAP ? Math.max(first, hard[i] - 2) : hard[i];
    const to = next !== undefined && next - hard[i] <= MAX_GAP ? next : hard[i];
    for (let n = Math.max(from, (out[out.length - 1] ?? 0) + 1); n <= to; n++) out.push(n);
  }
  return out;
}

/** the bracketed names of a line no other contact piece is on */
function namesOnly(text: DocLines, no: number): Token[] {
  const l = text.line(no);
  return l && l.text.includes('（') ? tokenizeLine(l.text, l.base, true) : NO_TOKENS;
}
