import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { applyRules } from '../../src/config/rules.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import type { Diagnostic } from '../../src/schema/index.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'qh-conf-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

describe('config file', () => {
  it('is found upward from the working folder, with inputs made relative to it', async () => {
    const root = tree({ 'qhdocs.config.json': '{"inputs":["archive/"],"glob":"*.txt"}', 'a/b/.keep': '' });
    const { config, path } = await loadConfig(undefined, join(root, 'a/b'));
    expect(path).toBe(join('..', '..', 'qhdocs.config.json'));
    expect(config).toEqual({ inputs: [join('..', '..', 'archive')], glob: '*.txt' });
  });

  it('may be the qhdocs key of package.json; a package.json without one is passed over', async () => {
    const root = tree({
      'package.json': '{"name":"x","qhdocs":{"maxWarnings":3}}',
      'sub/package.json': '{"name":"y"}',
    });
    expect((await loadConfig(undefined, join(root, 'sub'))).config).toEqual({ maxWarnings: 3 });
  });

  it('names an unknown key, and a bad value, in one line', async () => {
    const root = tree({ 'qhdocs.config.json': '{"glob":"*.txt","maxWarning":3}' });
    await expect(loadConfig(undefined, root)).rejects.toThrow(/qhdocs.config.json: unknown key "maxWarning"/);
    const bad = tree({ 'c.json': '{"rules":{"phone-shared":"loud"}}' });
    await expect(loadConfig('c.json', bad)).rejects.toThrow(/c.json: rules.phone-shared: /);
  });

  it('rejects a rule that names no diagnostic code, suggesting the nearest one', async () => {
    const typo = tree({ 'qhdocs.config.json': '{"rules":{"phone-shard":"off"}}' });
    await expect(loadConfig(undefined, typo)).rejects.toThrow(
      'qhdocs.config.json: rules: unknown diagnostic code "phone-shard" (did you mean "phone-shared"? qhdocs codes lists every code)',
    );
    const far = tree({ 'qhdocs.config.json': '{"rules":{"no-such-thing-at-all":"off"}}' });
    await expect(loadConfig(undefined, far)).rejects.toThrow(
      /unknown diagnostic code "no-such-thing-at-all" \(qhdocs codes/,
    );
    const check = tree({ 'qhdocs.config.json': '{"rules":{"task-numbering":"off"}}' });
    await expect(loadConfig(undefined, check)).rejects.toThrow(
      /"task-numbering" is a check, not a diagnostic code; set its codes: task-seq-/,
    );
  });

  it('an unknown rule is one line on stderr and exit 2, with no stack trace', async () => {
    const root = tree({ 'c.json': '{"rules":{"published-before-signd":"error"}}' });
    const r = await runCli(['validate', FIXTURES, '--config', join(root, 'c.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^qhdocs: .*c\.json: rules: unknown diagnostic code "published-before-signd" \(did you mean "published-before-signed"\?/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('turns rules off or changes their severity by code', () => {
    const d = (code: string): Diagnostic => ({ severity: 'warning', code, message: '', file: 'f', line: 1 });
    const out = applyRules([d('a'), d('b'), d('c')], { a: 'off', b: 'error' });
    expect(out.map((x) => `${x.code}:${x.severity}`)).toEqual(['b:error', 'c:warning']);
  });

  it('drives validate: inputs, rules and maxWarnings', async () => {
    const root = tree({
      'qhdocs.config.json': JSON.stringify({
        inputs: [FIXTURES],
        rules: { 'project-duplicate': 'off', 'published-before-signed': 'error' },
        maxWarnings: -1,
      }),
    });
    const r = await runCli(['validate', '--config', join(root, 'qhdocs.config.json'), '--report', 'json', '--quiet']);
    const rep = JSON.parse(r.stdout);
    expect(rep.files.map((f: { path: string }) => f.path)).toContain('fixtures/000_35fb21c491f32646.txt');
    expect(rep.diagnostics.some((x: Diagnostic) => x.code === 'project-duplicate')).toBe(false);
    expect(rep.diagnostics.find((x: Diagnostic) => x.code === 'published-before-signed').severity).toBe('error');
    expect(r.code).toBe(1);
    const missing = await runCli(['validate', FIXTURES, '--config', join(root, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^qhdocs: config file not found: /);
  });
});
