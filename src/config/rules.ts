import type { Diagnostic } from '../schema/index.js';
import type { RuleSettingValue } from './config.js';

/** the run's findings with the config's rules applied: codes turned off dropped, others re-levelled */
export function applyRules(diags: Diagnostic[], rules: Record<string, RuleSettingValue> | undefined): Diagnostic[] {
  if (!rules || Object.keys(rules).length === 0) return diags;
  const out: Diagnostic[] = [];
  for (const d of diags) {
    const setting = rules[d.code];
    if (setting === 'off') continue;
    out.push(setting && setting !== d.severity ? { ...d, severity: setting } : d);
  }
  return out;
}
