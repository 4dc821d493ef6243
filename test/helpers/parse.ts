import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseText, type ParsedFile } from '../../src/pipeline/parse-file.js';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', '..', 'fixtures');

const SEEDS: Record<string, string> = {
  '000': '000_35fb21c491f32646.txt',
  '001': '001_9f78a3f0e029c928.txt',
  '002': '002_6bc5adcb762922b6.txt',
  '003': '003_acdd827c104e1396.txt',
  '004': '004_64a2121f8be4c313.txt',
};

const cache = new Map<string, ParsedFile>();

/** parse a bundled fixture (by its seed number, e.g. '002') once per test run */
export function fixture(seed: string): ParsedFile {
  const name = SEEDS[seed] ?? seed;
  if (!cache.has(name)) cache.set(name, parseText(name, readFileSync(join(FIXTURES, name), 'utf8'), seed));
  return cache.get(name)!;
}

/** parse a hand-made text */
export function parseSnippet(text: string, key = 't'): ParsedFile {
  return parseText(`${key}.txt`, text, key);
}

/** the document of a fixture with this number */
export function docByNumber(p: ParsedFile, docNumber: string) {
  return p.records.documents.find((d) => d.docNumber === docNumber);
}
