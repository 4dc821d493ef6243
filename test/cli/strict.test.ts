import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

// the seeds have no errors: one made-up run-wide error stands in for any
vi.mock('../../src/validate/validate.js', async (original) => {
  const real = await original<typeof import('../../src/validate/validate.js')>();
  class IdRegistry extends real.IdRegistry {
    override check() {
      return [{ severity: 'error' as const, code: 'duplicate-id', message: 'id x used twice', file: 'f', line: 1 }];
    }
  }
  return { ...real, IdRegistry };
});

describe('extract --strict', () => {
  it.each([
    ['stdout', [] as string[]],
    ['--out', ['--out', join(mkdtempSync(join(tmpdir(), 'qh-strict-')), 'out')]],
  ])('with errors, writing to %s, exits 1 and says why on stderr', async (_to, extra) => {
    const r = await runCli(['extract', join(FIXTURES, '001_9f78a3f0e029c928.txt'), '--strict', '--quiet', ...extra]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qhdocs: 1 validation error.*--strict/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
