import type { z } from 'zod';
import type { ParseContext, ParseResult } from '../parse/context.js';
import type { CrossCheck } from '../validate/checks/types.js';
import type { Column } from './columns.js';

/**
 * one reader of a record kind: a named pass over the parse context. It also sees the
 * records its kind's earlier readers made (meetings in prose are read only for documents
 * no programme gave an event); most readers ignore them.
 */
export interface Reader<R> {
  name: string;
  read: (ctx: ParseContext, earlier: R[]) => ParseResult<R>;
}

/**
 * Everything qhdocs knows about one record kind, in one place. The record types, the
 * record set and the plural map are derived from the list of these (kinds/index.ts).
 */
export interface RecordKind<T extends string = string, P extends string = string, S extends z.ZodType = z.ZodType> {
  /** the `type` field of its records and the name `--types` and `qhdocs schema` take */
  type: T;
  /** its key under `records` in the output, its CSV file name and `--types` plural */
  plural: P;
  schema: S;
  /** the readers in the order they run; their records are concatenated in that order */
  readers: ReadonlyArray<Reader<z.infer<S>>>;
  /**
   * read before the kinds listed ahead of it: generic tables restate the tree's tables, so
   * what they report about a table comes before what any reader that claims it reports
   */
  readFirst?: boolean;
  /** cross-record checks over its records, in the order they run */
  checks: readonly CrossCheck[];
  /**
   * Columns of its CSV file and XLSX sheet, typed, in the order a reader of the printed
   * table expects (Chinese names for --header zh); a Table Schema field comes from each
   */
  columns: readonly Column[];
  /** record fields that its tabular form leaves to files of their own (a table's rows) */
  indexedElsewhere?: readonly string[];
  /** its name as a sheet or file title under --header zh */
  titleZh?: string;
  /** what its records are, in one line of `qhdocs extract --help` (the kind list there comes from the registry) */
  summary: string;
}

/** declare a record kind; keeps `type` and `plural` as literal types so the registry can derive from them */
export function defineKind<const T extends string, const P extends string, S extends z.ZodType>(
  kind: RecordKind<T, P, S>,
): RecordKind<T, P, S> {
  return kind;
}
