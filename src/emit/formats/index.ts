import type { Emitter } from '../emitter.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { csv } from './csv.js';
import { ics } from './ics.js';
import { xlsx } from './xlsx.js';
import { html } from './html.js';

/**
 * The output formats, in the order --help lists them; the first is the default. Adding a
 * format is one module beside these and one line here.
 */
export const EMITTERS: readonly Emitter[] = [json, jsonl, csv, xlsx, ics, html];

export const FORMAT_NAMES = EMITTERS.map((e) => e.name);

export function emitterNamed(name: string): Emitter | undefined {
  return EMITTERS.find((e) => e.name === name);
}
