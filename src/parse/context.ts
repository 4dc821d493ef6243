import type { SourceText, Source } from '../normalize/source-text.js';
import type { Diagnostic, RecordType } from '../schema/index.js';
import { diagnostic, placeNote, type DiagnosticCode, type DiagnosticNote } from '../diagnostics/index.js';
import type { DocSegment } from '../segment/documents.js';
import type { SectionNode } from '../segment/sections.js';
import type { RawTable } from '../segment/tables.js';
import type { ParseFacts } from './facts.js';
import { sectionAt } from '../segment/sections.js';
import { docAtLine } from '../segment/documents.js';
import { buildTree } from '../tree/build.js';
import type { DocumentNode, FileTree } from '../tree/nodes.js';
import { TextView } from '../tree/span.js';

/** A table placed in its document, as record parsers see it. */
export interface DocTable extends RawTable {
  /** id of the generic `table` record made from it */
  id: string;
  docId: string;
}

/**
 * What a record parser gets: the normalized file, its documents, sections and tables.
 * Parsers are pure: they read this and return records and diagnostics, nothing else.
 */
export class ParseContext {
  private counters = new Map<string, Map<RecordType, number>>();
  readonly sectionsByDoc = new Map<string, SectionNode[]>();
  private builtTree: FileTree | null = null;
  private docIndex: Map<string, number> | null = null;
  /** per-run memo state: what several parsers (or a parser and a check) read of this file, computed once */
  private readonly memos = new Map<symbol, unknown>();

  constructor(
    readonly src: SourceText,
    readonly docs: DocSegment[],
    readonly sections: SectionNode[],
    readonly tables: DocTable[],
  ) {
    for (const s of sections) {
      const list = this.sectionsByDoc.get(s.docId) ?? [];
      list.push(s);
      this.sectionsByDoc.set(s.docId, list);
    }
  }

  get file(): string {
    return this.src.file;
  }

  /** the file's document tree, built on first use and then shared by every parser */
  get tree(): FileTree {
    return (this.builtTree ??= buildTree(this.src, this.docs, this.sectionsByDoc, this.tables));
  }

  /** the tree node of a document (by its record id) */
  docNode(docId: string): DocumentNode | undefined {
    // the tree's documents are the context's, in the same order: an index, not a search per call
    // (a search was quadratic in a file of thousands of notices)
    if (!this.docIndex) {
      this.docIndex = new Map();
      for (let i = 0; i < this.docs.length; i++) this.docIndex.set(this.docs[i].record.id, i);
    }
    const i = this.docIndex.get(docId);
    return i === undefined ? undefined : this.tree.documents[i];
  }

  /** lines first..last as one passage, wrapped lines joined (see TextView) */
  view(first: number, last: number, fromCol = 0): TextView {
    return TextView.ofLines(this.src, first, last, fromCol);
  }

  /** the value `key` names for this run, computed by `make` the first time it is asked for */
  memo<T>(key: symbol, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make();
    this.memos.set(key, v);
    return v;
  }

  /**
   * a new record id, stable for the same input: <docId>/<type><n>. Counters are kept per
   * document, then per type: both keys are strings the caller already holds, whose hashes
   * V8 keeps, where one joined key would be a new string to flatten and hash per record.
   */
  newId(type: RecordType, docId: string): string {
    let byType = this.counters.get(docId);
    if (byType === undefined) this.counters.set(docId, (byType = new Map()));
    const n = (byType.get(type) ?? 0) + 1;
    byType.set(type, n);
    return docId + '/' + type + n;
  }

  /** the document holding a line */
  docAt(line: number): DocSegment {
    return docAtLine(this.docs, line);
  }

  /** the innermost numbered section around a line */
  sectionAt(line: number): SectionNode | null {
    return sectionAt(this.sectionsByDoc.get(this.docAt(line).record.id) ?? [], line);
  }

  /** the section path of a line (labels from outermost) */
  sectionPath(line: number): string[] {
    return this.sectionAt(line)?.path ?? [];
  }

  /** source of the normalized span [start, end) */
  source(start: number, end: number): Source {
    return this.src.source(start, end);
  }

  /** source of whole lines first..last */
  linesSource(first: number, last: number): Source {
    return this.src.linesSource(first, last);
  }

  /** the text of a line (1-based) */
  lineText(no: number): string {
    return this.src.lines[no - 1]?.text ?? '';
  }

  /** a diagnostic of this file, its severity as the code declares */
  diag(code: DiagnosticCode, message: string, line: number, recordId?: string): Diagnostic {
    return diagnostic(code, message, { file: this.file, line, recordId });
  }

  /** a reader's note placed in this file, on a record if given */
  note(n: DiagnosticNote, recordId?: string): Diagnostic {
    return placeNote(n, this.file, recordId);
  }
}

export interface ParseResult<T> {
  records: T[];
  diagnostics: Diagnostic[];
  /** what the reader states besides its records, for the checks (parse/facts.ts) */
  facts?: Partial<ParseFacts>;
}

export type RecordParser<T> = (ctx: ParseContext) => ParseResult<T>;
