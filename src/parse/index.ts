import type { Diagnostic } from '../schema/index.js';
import { RECORD_KINDS, type AnyRecord, type RecordKey } from '../kinds/index.js';
import { appendAll } from '../text/arrays.js';
import type { ParseContext, ParseResult } from './context.js';
import { addFacts, emptyFacts } from './facts.js';

/** a reader as the pipeline runs it, whatever its kind */
interface AnyReader {
  name: string;
  // method syntax: a reader of one kind's records stands in for a reader of any record
  read(ctx: ParseContext, earlier: AnyRecord[]): ParseResult<AnyRecord>;
}

/** the readers of one record kind, run in their declared order */
export interface KindReaders {
  key: RecordKey;
  readers: readonly AnyReader[];
}

/**
 * The read order: kinds marked `readFirst` (generic tables), then the others in output
 * order. Documents have no reader: segmentation makes them before any reader runs.
 */
export const READ_ORDER: readonly KindReaders[] = [
  ...RECORD_KINDS.filter((k) => 'readFirst' in k && k.readFirst),
  ...RECORD_KINDS.filter((k) => !('readFirst' in k && k.readFirst)),
]
  .filter((k) => k.readers.length > 0)
  .map((k) => ({ key: k.plural, readers: k.readers }));

/** the plural of a kind that has readers */
export type ParsedKey = Exclude<RecordKey, 'documents'>;

/** one kind's reading of a file (or of one document of it) */
export type Parser = (ctx: ParseContext) => ParseResult<AnyRecord>;

/** a kind's readers as one parser: each in its declared order, seeing the records of those before it */
function readKind(readers: readonly AnyReader[]): Parser {
  return (ctx) => {
    const records: AnyRecord[] = [];
    const diagnostics: Diagnostic[] = [];
    const facts = emptyFacts();
    for (const reader of readers) {
      const r = reader.read(ctx, records);
      appendAll(records, r.records);
      appendAll(diagnostics, r.diagnostics);
      addFacts(facts, r.facts);
    }
    return { records, diagnostics, facts };
  };
}

/**
 * Each kind's parser, keyed by plural in read order. A mutable table on purpose: the
 * failure tests swap one parser for one that throws on a chosen document.
 */
export const PARSERS = Object.fromEntries(READ_ORDER.map((k) => [k.key, readKind(k.readers)])) as Record<
  ParsedKey,
  Parser
>;
