import { diagnostic } from '../diagnostics/index.js';
import { SourceText } from '../normalize/source-text.js';
import { emptyRecordSet, type AnyRecord, type Diagnostic, type RecordKey, type RecordSet } from '../schema/index.js';
import { docAtLine, segmentDocuments, type DocSegment } from '../segment/documents.js';
import { buildSections, type SectionNode } from '../segment/sections.js';
import { findTables } from '../segment/tables.js';
import { ParseContext, type DocTable } from '../parse/context.js';
import { READ_ORDER } from '../parse/index.js';

export interface ParsedFile {
  file: string;
  records: RecordSet;
  diagnostics: Diagnostic[];
  docs: DocSegment[];
  sections: SectionNode[];
  src: SourceText;
  /** the tables found, as the parsers saw them: cross-checks reuse them rather than search again */
  tables: DocTable[];
}

/** the record kinds a run may ask for (documents are always segmented, since every record needs its docId) */
export type { RecordKey };

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
  records.documents = docs.map((d) => d.record);
  // a file with no document (empty, or only white space) has nothing for the parsers
  if (docs.length === 0) return { file, records, diagnostics, docs, sections, src, tables };
  for (const { key, readers } of READ_ORDER) {
    if (only && !only.has(key)) continue;
    // a kind's records and diagnostics are kept only when all its readers finished
    const list: AnyRecord[] = [];
    const found: Diagnostic[] = [];
    try {
      for (const reader of readers) {
        const r = reader.read(ctx, list);
        for (const rec of r.records) list.push(rec);
        for (const d of r.diagnostics) found.push(d);
      }
      (records[key] as AnyRecord[]) = list;
      diagnostics.push(...found);
    } catch (e) {
      diagnostics.push(
        diagnostic('parser-failed', `the ${key} parser failed: ${(e as Error).message}`, { file, line: 1 }),
      );
    }
  }
  return { file, records, diagnostics, docs, sections, src, tables };
}
