import { SourceText } from '../normalize/source-text.js';
import { emptyRecordSet, type Diagnostic, type RecordSet } from '../schema/index.js';
import { docAtLine, segmentDocuments, type DocSegment } from '../segment/documents.js';
import { buildSections, type SectionNode } from '../segment/sections.js';
import { findTables } from '../segment/tables.js';
import { ParseContext, type DocTable, type ParseResult } from '../parse/context.js';
import { PARSERS } from '../parse/index.js';
import { emptyFacts, type ParseFacts } from '../parse/facts.js';

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
}

/** the record kinds a run may ask for (documents are always segmented, since every record needs its docId) */
export type RecordKey = keyof RecordSet;

/**
 * Parse one decoded file: normalize, segment into documents, sections and tables, then
 * run each record parser. Pure: no I/O. A parser that fails becomes a diagnostic, so one
 * bad passage never costs the rest of the file.
 */
export function parseText(file: string, text: string, fileKey: string, only?: Set<RecordKey>): ParsedFile {
  const src = new SourceText(file, text);
  const { docs, diagnostics } = segmentDocuments(src, fileKey);
  const sections = docs.flatMap((d) => buildSections(src.lines, d.firstLine, d.lastLine, d.record.id));
  const found = findTables(src.lines, file, src.text);
  diagnostics.push(...found.diagnostics);
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
  if (docs.length === 0) return { file, records, diagnostics, docs, sections, src, tables, facts };
  for (const [key, parser] of Object.entries(PARSERS) as Array<
    [Exclude<RecordKey, 'documents'>, (c: ParseContext) => ParseResult<unknown>]
  >) {
    if (only && !only.has(key)) continue;
    try {
      const r = parser(ctx);
      (records[key] as unknown[]) = r.records;
      diagnostics.push(...r.diagnostics);
      if (r.facts) Object.assign(facts, r.facts);
    } catch (e) {
      diagnostics.push({
        severity: 'error',
        code: 'parser-failed',
        message: `the ${key} parser failed: ${(e as Error).message}`,
        file,
        line: 1,
      });
    }
  }
  return { file, records, diagnostics, docs, sections, src, tables, facts };
}
