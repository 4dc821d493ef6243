import type { CrossCheck } from './types.js';
import { documentChecks } from './documents.js';
import { headerChecks } from './headers.js';
import { projectChecks } from './projects.js';
import { activityChecks } from './activities.js';
import { taskChecks } from './tasks.js';
import { contactChecks } from './contacts.js';
import { memberChecks } from './members.js';

/** every cross-record check `validate` runs, in order */
export const CROSS_CHECKS: CrossCheck[] = [
  documentChecks,
  headerChecks,
  projectChecks,
  activityChecks,
  taskChecks,
  contactChecks,
  memberChecks,
];
export type { CrossCheck };
