import { listDiagnosticCodes } from './codes.js';

/** `|` would end a cell early */
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** the table of every diagnostic code, as written to docs/diagnostics.md */
export function codesMarkdown(): string {
  const rows = listDiagnosticCodes().map((c) => `| \`${c.code}\` | ${c.severity} | ${cell(c.meaning)} |`);
  return [
    '# Diagnostic codes',
    '',
    '<!-- generated from src/diagnostics/codes.ts by `npm run codes`; do not edit by hand -->',
    '',
    'Every diagnostic qhdocs writes carries one of these codes. The severity is the level the',
    'code has as a rule; where the meaning says so, a finding is reported one level lower.',
    '',
    '| code | severity | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
