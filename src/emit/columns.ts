import { RECORD_KINDS, type Column, type RecordType } from '../kinds/index.js';

export type { Column };

/**
 * CSV columns per record type, as each kind declares them (kinds/<kind>.ts) in the order
 * a reader of the printed table expects; projects follow the columns of a 签约项目 table.
 */
export const COLUMNS = Object.fromEntries(RECORD_KINDS.map((k) => [k.type, k.columns])) as Record<
  RecordType,
  readonly Column[]
>;
