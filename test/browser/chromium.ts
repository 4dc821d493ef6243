import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Chromium from the system (Debian's `chromium` package): QHDOCS_CHROMIUM when set, else
 * the first chromium on PATH. playwright-core downloads no browser; without one the
 * browser tests skip.
 */
export function findChromium(): string | null {
  const env = process.env.QHDOCS_CHROMIUM;
  if (env) return existsSync(env) ? env : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser'])
    for (const dir of ['/usr/bin', ...dirs]) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** flags for a quiet, offline, throwaway browser: no network of its own, no first-run work */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** a browser with a fresh profile, removed again on close */
export async function launch(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'qhdocs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
