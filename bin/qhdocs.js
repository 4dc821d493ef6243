#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/); tsx is for development only.
// npm run build also writes a one-file bundle with V8's compiled code beside it
// (scripts/bundle.mjs), which starts several times faster than the module tree. It is
// used only when it is at least as new as the tsc output, so a build that skipped the
// bundle step never runs stale code; anything wrong with it falls back to the modules.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// A run is short and mostly cold: much of its CPU goes to TurboFan compiling the readers'
// hot functions, on a thread that competes with the run itself on a small machine. Inlining,
// loop peeling and escape analysis make each of those compiles several times larger; without
// them the compiled code is a little slower but ready sooner, and the CLI over an archive of
// 300 notices measured about 8% faster (20% less CPU). Output is the same: these passes only
// change how fast the code runs. QHDOCS_V8_DEFAULTS=1 keeps V8's defaults (for comparisons).
if (!process.env.QHDOCS_V8_DEFAULTS)
  setFlagsFromString('--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape');

const dist = new URL('../dist/', import.meta.url);

function loadBundle() {
  const file = fileURLToPath(new URL('qhdocs.bundle.cjs', dist));
  if (statSync(file).mtimeMs < statSync(new URL('cli/main.js', dist)).mtimeMs) return null;
  const cacheFile = fileURLToPath(new URL('qhdocs.bundle.cache', dist));
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    /* no cache: compile */
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const writeCache = process.env.QHDOCS_WRITE_CODE_CACHE;
  if (writeCache) process.once('beforeExit', () => writeFileSync(writeCache, script.createCachedData()));
  return module.exports;
}

let cli = null;
try {
  cli = loadBundle();
} catch {
  /* no bundle, or a broken one: run the modules */
}
const { main } = cli ?? (await import(new URL('cli/main.js', dist).href));

process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
