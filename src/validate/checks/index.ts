import { RECORD_KINDS } from '../../kinds/index.js';
import type { CrossCheck } from './types.js';

/** every cross-record check `validate` runs: each kind's checks, kinds in output order */
export const CROSS_CHECKS: readonly CrossCheck[] = RECORD_KINDS.flatMap((k) => k.checks);
export type { CrossCheck };
