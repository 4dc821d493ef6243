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
import { v8Flags } from './v8-flags.js';

// before any code runs hot, so that V8 compiles it with these settings (see v8-flags.js)
setFlagsFromString(v8Flags().join(' '));

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
