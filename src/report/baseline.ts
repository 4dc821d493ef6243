import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Diagnostic } from '../schema/index.js';
import { UsageError } from '../emit/records.js';

/**
 * What identifies a finding across runs: file, code and record, not the line, so an edit
 * above a known defect does not make it new. Findings outside any record share the key
 * of their file and code; counting them keeps a second one new.
 */
export function findingKey(d: Pick<Diagnostic, 'file' | 'code' | 'recordId'>): string {
  return `${d.file}\u0000${d.code}\u0000${d.recordId ?? ''}`;
}

/** an earlier `validate --report json`, read only for what matching needs */
const BaselineFile = z.looseObject({
  diagnostics: z.array(z.looseObject({ file: z.string(), code: z.string(), recordId: z.string().optional() })),
});

/** how many findings of each key a baseline accepts */
export type Baseline = Map<string, number>;

export function baselineOf(diags: Array<Pick<Diagnostic, 'file' | 'code' | 'recordId'>>): Baseline {
  const counts: Baseline = new Map();
  for (const d of diags) counts.set(findingKey(d), (counts.get(findingKey(d)) ?? 0) + 1);
  return counts;
}

export async function readBaseline(path: string): Promise<Baseline> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${path} is not JSON (write one with --write-baseline)`);
  }
  const parsed = BaselineFile.safeParse(json);
  if (!parsed.success)
    throw new UsageError(`baseline ${path} is not a validate --report json file (write one with --write-baseline)`);
  return baselineOf(parsed.data.diagnostics);
}

/**
 * Split a run's findings into those the baseline accepts and the new ones. Each baseline
 * entry accepts one finding: a key seen twice before and three times now leaves one new
 * (the last in report order).
 */
export function splitByBaseline(diags: Diagnostic[], baseline: Baseline): { fresh: Diagnostic[]; known: Diagnostic[] } {
  const left = new Map(baseline);
  const fresh: Diagnostic[] = [];
  const known: Diagnostic[] = [];
  for (const d of diags) {
    const k = findingKey(d);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      known.push(d);
    } else fresh.push(d);
  }
  return { fresh, known };
}
