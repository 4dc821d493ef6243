/**
 * The record-kind registry: every kind qhdocs extracts, in output order (the order of
 * `records` in JSON, of lines in JSONL, of `--types` in help). The record types, the record
 * set, the plural map and the schemas below are all derived from this list, so adding a
 * kind is one descriptor (kinds/<kind>.ts) and one line here.
 */
import type { z } from 'zod';
import { documentKind } from './document.js';
import { projectKind } from './project.js';
import { taskKind } from './task.js';
import { activityKind } from './activity.js';
import { contactKind } from './contact.js';
import { memberKind } from './member.js';
import { tableKind } from './table.js';
import type { RecordKind } from './kind.js';

export const RECORD_KINDS = [
  documentKind,
  projectKind,
  taskKind,
  activityKind,
  contactKind,
  memberKind,
  tableKind,
] as const;

type Kind = (typeof RECORD_KINDS)[number];

/** a record type: document, project, task … */
export type RecordType = Kind['type'];
/** the plural of a record type, its key under `records`: documents, projects, tasks … */
export type RecordKey = Kind['plural'];
/** the kind descriptor of a record type */
export type KindOf<T extends RecordType> = Extract<Kind, { type: T }>;
/** the record of a type, as its schema describes it */
export type RecordOf<T extends RecordType> = z.infer<KindOf<T>['schema']>;
/** the plural of a type */
export type PluralOf<T extends RecordType> = KindOf<T>['plural'];
/** any record of any kind */
export type AnyRecord = RecordOf<RecordType>;
/** the records of one file or run, one list per kind under its plural */
export type RecordSet = { [K in Kind as K['plural']]: Array<z.infer<K['schema']>> };

/** record types in output order */
export const RECORD_TYPES: readonly RecordType[] = RECORD_KINDS.map((k) => k.type);

/** type → plural */
export const PLURAL = Object.fromEntries(RECORD_KINDS.map((k) => [k.type, k.plural])) as {
  [T in RecordType]: PluralOf<T>;
};

/** type → schema */
export const RECORD_SCHEMAS = Object.fromEntries(RECORD_KINDS.map((k) => [k.type, k.schema])) as {
  [T in RecordType]: KindOf<T>['schema'];
};

/** the descriptor of a record type */
export function kindOf<T extends RecordType>(type: T): KindOf<T> {
  return RECORD_KINDS.find((k) => k.type === type) as KindOf<T>;
}

/** the records of one type in a set */
export function recordsOf<T extends RecordType>(set: RecordSet, type: T): Array<RecordOf<T>> {
  return set[PLURAL[type]] as Array<RecordOf<T>>;
}

/** every record of a set, kind by kind in output order (for checks that look at all records alike) */
export function allRecords(set: RecordSet): Array<{ type: RecordType; records: AnyRecord[] }> {
  return RECORD_KINDS.map((k) => ({ type: k.type, records: set[k.plural] }));
}

/** a record set with one list per kind, each made by `make` */
export function buildRecordSet(make: (type: RecordType) => AnyRecord[]): RecordSet {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k.plural, make(k.type)])) as RecordSet;
}

/** a record set with every list empty */
export function emptyRecordSet(): RecordSet {
  return buildRecordSet(() => []);
}

export type { RecordKind, Reader } from './kind.js';
export type { Column } from './columns.js';
// every kind is a RecordKind: a descriptor missing a field fails here, not at its use
RECORD_KINDS satisfies readonly RecordKind[];
