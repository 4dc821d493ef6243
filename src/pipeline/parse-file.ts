import { diagnostic } from '../diagnostics/index.js';
import { SourceText } from '../normalize/source-text.js';
import { emptyRecordSet, type AnyRecord, type Diagnostic, type RecordKey, type RecordSet } from '../schema/index.js';
import { docAtLine, segmentDocuments, type DocSegment } from '../segment/documents.js';
import { buildSections, type SectionNode } from '../segment/sections.js';
import { findTables } from '../segment/tables.js';
import { ParseContext, type DocTable } from '../parse/context.js';
import { PARSERS, type ParsedKey, type Parser } from '../parse/index.js';
import { addFacts, emptyFacts, type ParseFacts } from '../parse/facts.js';
import { appendAll } from '../text/arrays.js';

export interface ParsedFile {
  file: string;
  records: RecordSet;
  diagnostics: Diagnostic[];
  docs: DocSegment[];
  sections: SectionNode[];
  src: SourceText;
  /** the tables found, as the parsers saw them: cross-checks reuse them rather than search again */
  tables: DocTable[];
  /** what the readers stated besides their records (declared counts, subtotals …), for the checks */
  facts: ParseFacts;
  /** what the parsers read: the document tree (ctx.tree) and the run's memo state */
  context: ParseContext;
}

/** the record kinds a run may ask for (documents are always segmented, since every record needs its docId) */
export type { RecordKey };

/**
 * Parse one decoded file: normalize, segment into documents, sections and tables, then
 * run each record parser. Pure: no I/O. A parser that fails is run again per document
 * and a document it fails on becomes a diagnostic, so one bad passage never costs the rest
 * of the file.
 */
export function parseText(file: string, text: string, fileKey: string, only?: Set<RecordKey>): ParsedFile {
  const src = new SourceText(file, text);
  const { docs, diagnostics } = segmentDocuments(src, fileKey);
  const sections = docs.flatMap((d) => buildSections(src.lines, d.firstLine, d.lastLine, d.record.id));
  const found = findTables(src.lines, file, src.text);
  appendAll(diagnostics, found.diagnostics);
  const docOf = (line: number) => docAtLine(docs, line);
  const counters = new Map<string, number>();
  const tables: DocTable[] = found.tables.map((t) => {
    const docId = docOf(t.headerLine).record.id;
    const n = (counters.get(docId) ?? 0) + 1;
    counters.set(docId, n);
    return { ...t, docId, id: `${docId}/table${n}` };
  });
  const ctx = new ParseContext(src, docs, sections, tables);
  const records = emptyRecordSet();
  const facts = emptyFacts();
  records.documents = docs.map((d) => d.record);
  // a file with no document (empty, or only white space) has nothing for the parsers
  if (docs.length === 0) return { file, records, diagnostics, docs, sections, src, tables, facts, context: ctx };
  for (const [key, parser] of Object.entries(PARSERS) as Array<[ParsedKey, Parser]>) {
    if (only && !only.has(key)) continue;
    const r = runParser(key, parser, ctx, file);
    (records[key] as AnyRecord[]) = r.records;
    appendAll(diagnostics, r.diagnostics);
    addFacts(facts, r.facts);
  }
  return { file, records, diagnostics, docs, sections, src, tables, facts, context: ctx };
}

/**
 * Run one record parser over the file. Should it fail, it runs again document by document,
 * so a passage it cannot read costs only its own document's records of that kind (with an
 * error naming what was lost), not the file's other documents.
 */
function runParser(key: ParsedKey, parser: Parser, ctx: ParseContext, file: string): ReturnType<Parser> {
  try {
    return parser(ctx);
  } catch {
    /* read again per document below */
  }
  const records: AnyRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const facts = emptyFacts();
  const tablesOf = new Map<string, DocTable[]>();
  for (const t of ctx.tables) {
    const list = tablesOf.get(t.docId);
    if (list) list.push(t);
    else tablesOf.set(t.docId, [t]);
  }
  for (const doc of ctx.docs) {
    const id = doc.record.id;
    // a fresh context per document: ids count per document, so they are the ones a whole run gives
    const one = new ParseContext(ctx.src, [doc], ctx.sectionsByDoc.get(id) ?? [], tablesOf.get(id) ?? []);
    try {
      const r = parser(one);
      // a parser that scans the whole text keeps only what is this document's here
      for (const rec of r.records) if (rec.docId === id) records.push(rec);
      for (const d of r.diagnostics)
        if (d.line === 0 || (d.line >= doc.firstLine && d.line <= doc.lastLine)) diagnostics.push(d);
      addFacts(facts, r.facts, id);
    } catch (e) {
      diagnostics.push(
        diagnostic(
          'parser-failed',
          `the ${key} parser failed on document ${id} (lines ${doc.firstLine}–${doc.lastLine}); its ${key} are lost: ${(e as Error).message}`,
          { file, line: doc.firstLine },
        ),
      );
    }
  }
  return { records, diagnostics, facts };
}
