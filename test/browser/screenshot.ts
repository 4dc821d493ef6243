/**
 * `npm run screenshot`: the review page of seed 000, as the README shows it, taken with
 * the browser tests' Chromium setup. Run after `npm run build`; it runs the built CLI, so
 * the picture is what a user's command gives. Chinese text needs a CJK font on the
 * machine (Debian: fonts-wqy-microhei or fonts-noto-cjk); the page itself loads none.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launch } from './chromium.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = 'fixtures/000_35fb21c491f32646.txt';
const OUT = join(ROOT, 'docs', 'review.png');

const chromium = findChromium();
if (!chromium) {
  console.log('skipped: no Chromium');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'qhdocs-shot-'));
const page = join(dir, 'review.html');
const run = spawnSync(process.execPath, ['bin/qhdocs.js', 'extract', SEED, '--format', 'html', '--out', page], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);

const browser = await launch(chromium);
try {
  const tab = await browser.context.newPage();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('body[data-ready="1"]');
  // a task selected, so the picture shows a marked passage beside its outline entry
  await tab.locator('.rec.k-task').nth(2).click();
  mkdirSync(dirname(OUT), { recursive: true });
  await tab.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
