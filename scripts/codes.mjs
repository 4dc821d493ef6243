#!/usr/bin/env node
// Writes docs/diagnostics.md from the code registry (src/diagnostics/codes.ts); run by
// `npm run codes` under tsx. test/diagnostics/markdown.test.ts fails when the file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codesMarkdown } from '../src/diagnostics/markdown.ts';

const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'docs', 'diagnostics.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, codesMarkdown());
console.log(`wrote ${out}`);
