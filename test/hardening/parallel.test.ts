import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURES } from '../helpers/parse.js';
import { processFiles, workerEntry } from '../../src/pipeline/parallel.js';
import { fileKeys, type FileResult } from '../../src/pipeline/run.js';
import { jobCount } from '../../src/cli/run-inputs.js';
import type { InputFile } from '../../src/read/inputs.js';
import { RECORD_TYPES } from '../../src/schema/index.js';

/**
 * Worker threads run compiled JavaScript, so this suite compiles src/ into a private
 * folder inside the project (node_modules resolve from there) and drives that build.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, `.tmp-dist-${process.pid}`);
let inputs: string;
let files: InputFile[];

const SEEDS = readdirSync(FIXTURES)
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .sort();

beforeAll(() => {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  // type errors elsewhere in a tree under construction still emit JavaScript
  spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json'), '--outDir', BUILD], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  inputs = mkdtempSync(join(tmpdir(), 'qh-par-'));
  for (let k = 0; k < 3; k++) for (const s of SEEDS) copyFileSync(join(FIXTURES, s), join(inputs, `${k}-${s}`));
  writeFileSync(join(inputs, '1-bad-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
  writeFileSync(join(inputs, '2-empty.txt'), '');
  mkdirSync(join(inputs, 'sub'));
  copyFileSync(join(FIXTURES, SEEDS[1]), join(inputs, 'sub', SEEDS[1])); // same base name: a ~2 key
  files = [
    ...readdirSync(inputs)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(inputs, f)),
    join(inputs, 'sub', SEEDS[1]),
  ].map((p) => ({ path: p, absolute: p }));
}, 120_000);

afterAll(() => {
  rmSync(BUILD, { recursive: true, force: true });
});

async function collect(mod: { processFiles: typeof processFiles }, jobs: number) {
  const order: number[] = [];
  const out: string[] = [];
  const keys = fileKeys(files);
  await mod.processFiles(files, keys, {}, jobs, async (r: FileResult, i: number) => {
    order.push(i);
    // a worker keeps the normalized text to itself; everything a command reads must agree
    out.push(
      JSON.stringify({
        info: r.info,
        failure: r.failure,
        records: r.parsed?.records ?? null,
        diagnostics: r.diagnostics,
        docs: r.parsed?.docs.map((d) => [d.firstLine, d.lastLine, d.record.id]) ?? null,
      }),
    );
    if (i % 3 === 0) await new Promise((res) => setTimeout(res, 5)); // a slow consumer
  });
  return { order, out };
}

describe('parallel extraction', () => {
  it('falls back to in-process under vitest (TypeScript sources) with the same results', async () => {
    expect(workerEntry()).toBeNull();
    const a = await collect({ processFiles }, 2);
    const b = await collect({ processFiles }, 1);
    expect(a).toEqual(b);
  });

  it('worker threads deliver in input order with output identical to one thread', async () => {
    const built = join(BUILD, 'pipeline', 'parallel.js');
    expect(existsSync(built), 'the private build failed').toBe(true);
    const mod = (await import(pathToFileURL(built).href)) as {
      processFiles: typeof processFiles;
      workerEntry: typeof workerEntry;
    };
    expect(mod.workerEntry()).not.toBeNull();
    const one = await collect(mod, 1);
    const three = await collect(mod, 3);
    expect(three.order).toEqual(files.map((_, i) => i));
    expect(three.out).toEqual(one.out);
    expect(three.out.filter((s) => JSON.parse(s).failure)).toHaveLength(1);
  }, 120_000);

  it('JSONL rendered in worker threads is byte-identical to JSONL rendered in one thread', async () => {
    const mod = (await import(pathToFileURL(join(BUILD, 'pipeline', 'parallel.js')).href)) as {
      processFiles: typeof processFiles;
    };
    const keys = fileKeys(files);
    const render = async (jobs: number) => {
      const parts: Buffer[] = [];
      let records = 0;
      await mod.processFiles(files, keys, { jsonl: { types: [...RECORD_TYPES] } }, jobs, (r: FileResult) => {
        parts.push(Buffer.from(r.jsonl ?? ''));
        if (r.parsed) records++;
      });
      return { bytes: Buffer.concat(parts), records };
    };
    const one = await render(1);
    const two = await render(2);
    expect(one.bytes.length).toBeGreaterThan(1000);
    expect(two.bytes.equals(one.bytes)).toBe(true);
    // a worker sends the rendered text only: the records stay in the worker
    expect(two.records).toBe(0);
  }, 120_000);

  it('a long JSONL run into a pipe waits for drain without piling up listeners', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { main } from ${JSON.stringify(pathToFileURL(join(BUILD, 'cli', 'main.js')).href)}; main(${JSON.stringify(['extract', inputs, '--format', 'jsonl', '--jobs', '1', '--quiet'])}).then((c) => { process.exitCode = c; });`,
      ],
      { cwd: ROOT, maxBuffer: 256 << 20 },
    );
    expect(r.stdout.length).toBeGreaterThan(100_000);
    expect(String(r.stderr)).not.toMatch(/MaxListenersExceeded/);
  }, 120_000);

  it('the CLI prints byte-identical JSON, JSONL and HTML with --jobs 1 and --jobs 2', () => {
    const cli = (args: string[]) =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { main } from ${JSON.stringify(pathToFileURL(join(BUILD, 'cli', 'main.js')).href)}; main(${JSON.stringify(args)}).then((c) => { process.exitCode = c; });`,
        ],
        { cwd: ROOT, maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] },
      ).toString();
    for (const format of ['json', 'jsonl', 'html']) {
      let a: string, b: string;
      // exit 2 (the binary file) makes execFileSync throw; the output is still there
      try {
        a = cli(['extract', inputs, '--format', format, '--jobs', '1', '--quiet']);
      } catch (e) {
        a = String((e as { stdout: Buffer }).stdout);
      }
      try {
        b = cli(['extract', inputs, '--format', format, '--jobs', '2', '--quiet']);
      } catch (e) {
        b = String((e as { stdout: Buffer }).stdout);
      }
      expect(a.length).toBeGreaterThan(1000);
      expect(b).toBe(a);
    }
  }, 120_000);
});

describe('--jobs', () => {
  it('defaults to one thread for small runs and refuses nonsense', async () => {
    const small = files.slice(0, 2);
    expect(await jobCount(undefined, small.slice(0, 1))).toBe(1);
    expect(await jobCount(undefined, [{ path: '-', absolute: null }, ...small])).toBe(1);
    expect(await jobCount('3', small)).toBe(2);
    expect(await jobCount('1', files)).toBe(1);
    await expect(jobCount('0', files)).rejects.toThrow(/--jobs/);
    await expect(jobCount('two', files)).rejects.toThrow(/--jobs/);
    expect(await jobCount(undefined, files)).toBeGreaterThanOrEqual(1);
  });
});
