import type { TaskRecord } from '../schema/index.js';

/**
 * A unit's name in a comparable form: 青海省发展改革委 and 省发展改革委 are the same
 * unit when a user filters, though each record keeps the name as printed.
 */
export function normalizeUnit(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/^青海省(?=.)/, '省').replace(/^中共青海省委/, '省委').replace(/人民政府$/, '政府');
}

/** the tasks in which `unit` appears in any role */
export function filterByUnit(tasks: TaskRecord[], unit: string): TaskRecord[] {
  const want = normalizeUnit(unit);
  return tasks.filter((t) => [...t.lead, ...t.responsible, ...t.guidance, ...t.cooperating].some((u) => normalizeUnit(u) === want));
}
