import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { FIXTURES } from '../helpers/parse.js';
import { V8_FLAGS } from '../../bin/v8-flags.js';

/** the built CLI's JSONL for the seeds, with or without V8's defaults */
function extract(defaults: boolean): string {
  const env = { ...process.env };
  if (defaults) env.QHDOCS_V8_DEFAULTS = '1';
  else delete env.QHDOCS_V8_DEFAULTS;
  const p = spawnSync(process.execPath, ['bin/qhdocs.js', 'extract', FIXTURES, '--format', 'jsonl', '--quiet'], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 << 20,
  });
  expect(p.status).toBe(0);
  return p.stdout;
}

describe("the CLI's V8 settings", () => {
  it('are compiler passes only: the flags exist, and the output is the same without them', () => {
    // an unknown flag is ignored by V8 without a word: each must be one this Node knows
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const f of V8_FLAGS) expect(known).toContain(`--${f.replace(/^--no-/, '')} `);
    const tuned = extract(false);
    expect(tuned.length).toBeGreaterThan(1000);
    expect(extract(true)).toBe(tuned);
  });
});
