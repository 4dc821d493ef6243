import { listDiagnosticCodes } from '../diagnostics/codes.js';

/**
 * `qhdocs codes`: every diagnostic code with its severity and meaning, one per line, so the
 * names a config's `rules` take can be found without the repository's docs/diagnostics.md.
 */
export function codesCommand(): number {
  const codes = listDiagnosticCodes();
  const width = Math.max(...codes.map((c) => c.code.length));
  const lines = codes.map((c) => `${c.code.padEnd(width)}  ${c.severity.padEnd(7)}  ${c.meaning}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
