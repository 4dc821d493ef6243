import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../emit/records.js';
import { isDiagnosticCode, listDiagnosticCodes } from '../diagnostics/codes.js';
import { CROSS_CHECKS } from '../validate/checks/index.js';
import { nearest } from './suggest.js';

/** what a rule may be set to: off, or a severity that replaces the code's own */
export const RuleSetting = z.enum(['off', 'info', 'warning', 'error']);
export type RuleSettingValue = z.infer<typeof RuleSetting>;

/** `qhdocs.config.json`, or the `qhdocs` key of package.json; unknown keys are errors */
export const ConfigSchema = z.strictObject({
  /** inputs used when the command line gives none, relative to the config file's folder */
  inputs: z.array(z.string().min(1)).min(1).optional(),
  /** files to take from folders (the --glob default) */
  glob: z.string().min(1).optional(),
  /** diagnostic code → off, info, warning or error */
  rules: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'codes are kebab-case'), RuleSetting).optional(),
  /** validate fails with more warnings than this; -1 for no limit */
  maxWarnings: z.number().int().min(-1).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  config: Config;
  /** the file it came from, as given or found; null when there is none */
  path: string | null;
}

export const CONFIG_FILE = 'qhdocs.config.json';
const KEYS = Object.keys(ConfigSchema.shape).join(', ');

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() ?? false;
}

/** one issue of a config as a line that names the key at fault */
function describeIssue(where: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const at = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `${where}: unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}${at} (known: ${KEYS})`;
  }
  return `${where}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
}

function parseConfig(value: unknown, where: string): Config {
  const r = ConfigSchema.safeParse(value);
  if (!r.success) throw new UsageError(describeIssue(where, r.error.issues[0]));
  for (const name of Object.keys(r.data.rules ?? {}))
    if (!isDiagnosticCode(name)) throw new UsageError(`${where}: rules: ${unknownRule(name)}`);
  return r.data;
}

/**
 * Why a `rules` key is no code: a check's name (rules are set per code, and a check may
 * report several), else the nearest declared code, so a typo does not silently keep a
 * rule on.
 */
function unknownRule(name: string): string {
  const check = CROSS_CHECKS.find((c) => c.name === name);
  if (check) return `"${name}" is a check, not a diagnostic code; set its codes: ${check.codes.join(', ')}`;
  const near = nearest(
    name,
    listDiagnosticCodes().map((c) => c.code),
  );
  const hint = near ? `did you mean "${near}"? ` : '';
  return `unknown diagnostic code "${name}" (${hint}qhdocs codes lists every code)`;
}

async function readJson(path: string, shown: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${shown} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * The configuration for a run: the file `--config` names, else the nearest
 * `qhdocs.config.json` or package.json with a `qhdocs` key, looking from the working
 * folder up to the root. Inputs in it are made relative to the working folder.
 */
export async function loadConfig(explicit: string | undefined, cwd = process.cwd()): Promise<LoadedConfig> {
  if (explicit) {
    const abs = resolve(cwd, explicit);
    if (!(await isFile(abs))) throw new UsageError(`config file not found: ${explicit}`);
    const json = await readJson(abs, explicit);
    const value = abs.endsWith('package.json') ? (json as Record<string, unknown>).qhdocs : json;
    return { config: anchor(parseConfig(value ?? {}, explicit), dirname(abs), cwd), path: explicit };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const own = join(dir, CONFIG_FILE);
    const shown = (p: string) => relative(cwd, p) || p;
    if (await isFile(own))
      return { config: anchor(parseConfig(await readJson(own, shown(own)), shown(own)), dir, cwd), path: shown(own) };
    const pkg = join(dir, 'package.json');
    if (await isFile(pkg)) {
      const json = (await readJson(pkg, shown(pkg))) as Record<string, unknown> | null;
      if (json && typeof json === 'object' && 'qhdocs' in json)
        return {
          config: anchor(parseConfig(json.qhdocs, `${shown(pkg)} (key "qhdocs")`), dir, cwd),
          path: shown(pkg),
        };
    }
    if (dirname(dir) === dir) return { config: {}, path: null };
  }
}

/** inputs in a config are relative to its folder; the command line's are relative to the working folder */
function anchor(config: Config, dir: string, cwd: string): Config {
  if (!config.inputs) return config;
  const inputs = config.inputs.map((i) => (isAbsolute(i) ? i : relative(cwd, resolve(dir, i)) || '.'));
  return { ...config, inputs };
}
