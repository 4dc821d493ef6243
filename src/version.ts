import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version in package.json, so a release bumps one place. The file is found by walking
 * up from this module: dist/version.js, dist/qhdocs.bundle.cjs (the one-file build) and
 * src/version.ts under tsx sit at different depths below it.
 */
function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'qhdocs' && pkg.version) return pkg.version;
  }
  return '0.0.0-unknown';
}

export const VERSION = readVersion();
