#!/usr/bin/env node
// After tsc: bundle the CLI into one CommonJS file and record V8's compiled code for it,
// so start-up reads two files and compiles almost nothing instead of loading a hundred
// modules. bin/qhdocs.js uses the bundle only when it is newer than dist/cli/main.js, so
// a plain `tsc` never runs stale code, and V8 ignores a code cache that does not match.
// Without esbuild (a production install) this step is skipped: the CLI runs from dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle: esbuild not installed; the CLI runs from dist/ unbundled');
  process.exit(0);
}
for (const f of ['qhdocs.bundle.cjs', 'qhdocs.bundle.cache', 'qhdocs.worker.mjs'])
  rmSync(join(DIST, f), { force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // keep names readable in --debug stack traces; drop only what costs parse time
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'error',
};
if (!existsSync(join(DIST, 'cli', 'main.js'))) {
  console.error('bundle: dist/cli/main.js is missing; run tsc first');
  process.exit(1);
}
await esbuild.build({
  ...common,
  entryPoints: [join(DIST, 'cli', 'main.js')],
  outfile: join(DIST, 'qhdocs.bundle.cjs'),
  format: 'cjs',
  // loaded only by --format xlsx, from node_modules: bundled it would slow every start-up
  external: ['exceljs'],
  // the modules ask import.meta.url where they are (the worker entry sits beside them)
  define: { 'import.meta.url': '__qhdocsUrl' },
  banner: { js: "const __qhdocsUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await esbuild.build({
  ...common,
  entryPoints: [join(DIST, 'pipeline', 'worker.js')],
  outfile: join(DIST, 'qhdocs.worker.mjs'),
  format: 'esm',
  // CommonJS dependencies call require() for node built-ins
  banner: {
    js: "import { createRequire as __qhdocsRequire } from 'node:module'; const require = __qhdocsRequire(import.meta.url);",
  },
});

// the code cache: run a typical extraction once, then save what V8 compiled for it. All five
// seeds, not one: every reader and layout they hold is then compiled already when a run
// starts (measured: about 7% less CPU on 20 files, the share start-up weighs most in)
const fixtures = join(ROOT, 'fixtures');
const seeds = existsSync(fixtures)
  ? readdirSync(fixtures)
      .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
      .map((f) => join(fixtures, f))
  : [];
const r = spawnSync(
  process.execPath,
  [join(ROOT, 'bin', 'qhdocs.js'), 'extract', ...(seeds.length ? seeds : ['-']), '--format', 'jsonl', '--quiet'],
  {
    cwd: ROOT,
    input: '关于做好工作的通知\n\n各有关单位：\n一、工作任务\n牵头单位：省商务厅\n',
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, QHDOCS_WRITE_CODE_CACHE: join(DIST, 'qhdocs.bundle.cache') },
  },
);
if (r.status !== 0 || !existsSync(join(DIST, 'qhdocs.bundle.cache')))
  console.error(
    `bundle: no code cache written (${String(r.stderr).trim() || `exit ${r.status}`}); start-up is a little slower`,
  );
