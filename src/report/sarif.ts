import { createHash } from 'node:crypto';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, SeverityLevel } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import { TOOL, VERSION } from '../emit/records.js';
import { findingKey } from './baseline.js';
import type { RuleInfo } from './rules.js';

const LEVEL: Record<SeverityLevel, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** relative paths are relative to the checkout, which code-scanning services call %SRCROOT% */
const SRCROOT = '%SRCROOT%';

/** a path as a SARIF artifact location: relative paths percent-encoded per segment, others as file: URLs */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** a stable identity for code-scanning services to follow a finding across runs (not its line) */
function fingerprint(d: Diagnostic, nth: number): string {
  return createHash('sha256')
    .update(`${findingKey(d)}\u0000${nth}`)
    .digest('hex')
    .slice(0, 32);
}

function result(d: Diagnostic, ruleIndex: number, nth: number, baselined: boolean): object {
  const physicalLocation: Record<string, unknown> = { artifactLocation: artifactLocation(d.file) };
  if (d.line > 0) {
    const end = (d as { endLine?: number }).endLine;
    physicalLocation.region = { startLine: d.line, endLine: end && end >= d.line ? end : d.line };
  }
  const location: Record<string, unknown> = { physicalLocation };
  if (d.recordId) location.logicalLocations = [{ name: d.recordId, fullyQualifiedName: d.recordId, kind: 'object' }];
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location],
    partialFingerprints: { 'qhdocsFinding/v1': fingerprint(d, nth) },
    ...(baselined ? { baselineState: 'new' } : {}),
  };
}

/**
 * `validate --report sarif`: a SARIF 2.1.0 log with one run, the tool's rules (one per
 * diagnostic code, with its meaning and default level) and one result per diagnostic,
 * located by file and lines and by record id. With a baseline the results are the new
 * findings only, marked so.
 */
export function toSarif(
  diags: Diagnostic[],
  rules: RuleInfo[],
  files: FileInfo[],
  opts: { baselined: boolean },
): object {
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const seen = new Map<string, number>();
  const results = diags.map((d) => {
    const k = findingKey(d);
    const nth = seen.get(k) ?? 0;
    seen.set(k, nth + 1);
    return result(d, index.get(d.code) ?? -1, nth, opts.baselined);
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL,
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map((r) => ({
              id: r.code,
              shortDescription: { text: r.meaning },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        artifacts: files.map((f) => ({
          location: artifactLocation(f.path),
          length: f.bytes,
          encoding: f.encoding,
          hashes: { 'sha-256': f.sha256 },
        })),
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
}
