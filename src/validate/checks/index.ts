import type { CrossCheck } from './types.js';
import { documentChecks } from './documents.js';

/** every cross-record check `validate` runs, in order */
export const CROSS_CHECKS: CrossCheck[] = [documentChecks];
export type { CrossCheck };
