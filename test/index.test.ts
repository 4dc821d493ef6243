import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  main: string;
  types: string;
  exports: { '.': { default: string; types: string } };
};

describe('library entry', () => {
  it('package.json points main, types and exports at the build of src/index.ts', () => {
    expect(pkg.main).toBe('dist/index.js');
    expect(pkg.exports['.'].default).toBe('./dist/index.js');
    expect(pkg.types).toBe('dist/index.d.ts');
  });

  it('parses, validates and emits a text', () => {
    const parsed = lib.parseText(
      'a.txt',
      '关于做好工作的通知\n\n各有关单位：\n一、工作任务\n牵头单位：省商务厅\n',
      'a',
    );
    expect(parsed.records.tasks).toHaveLength(1);
    expect(lib.validateFile(parsed).filter((d) => d.severity === 'error')).toEqual([]);
    const jsonl = lib.renderJsonl(parsed.records, [], { types: [...lib.RECORD_TYPES] });
    expect(jsonl.split('\n')[0]).toContain('"type":"document"');
    expect(lib.listDiagnosticCodes().length).toBeGreaterThan(50);
  });

  it('reads its version from package.json', () => {
    expect(lib.VERSION).toBe(pkg.version);
  });

  it.runIf(existsSync(new URL('../dist/index.js', import.meta.url)))('imports by package name once built', async () => {
    const built = await import('qhdocs');
    expect(Object.keys(built).sort()).toEqual(Object.keys(lib).sort());
  });
});

describe('npm run dev', () => {
  it('runs the CLI from the sources (it printed nothing when main.ts was the entry)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dev.ts', '--version'], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.status).toBe(0);
  });
});
