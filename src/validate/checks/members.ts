import { diagnostic } from '../../diagnostics/index.js';
import type { Diagnostic } from '../../schema/index.js';
import type { CrossCheck } from './types.js';

const NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}(·[\u4e00-\u9fff]{1,8})+$/;

/** names that do not look like names, posts missing from appointments, people listed twice */
export const memberChecks: CrossCheck = {
  name: 'members',
  codes: ['member-name-suspect', 'appointment-without-position', 'member-duplicate'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const file = parsed.file;
    const seen = new Set<string>();
    for (const m of parsed.records.members) {
      const line = m.source.startLine;
      if (!NAME.test(m.name))
        out.push(
          diagnostic('member-name-suspect', `"${m.name}" does not look like a person's name (2–4 characters)`, {
            file,
            line,
            recordId: m.id,
          }),
        );
      if (m.action && !m.position)
        out.push(
          diagnostic('appointment-without-position', `${m.action} ${m.name}: no post read`, {
            file,
            line,
            recordId: m.id,
          }),
        );
      const key = `${m.docId} ${m.body} ${m.role} ${m.action} ${m.name}`;
      if (seen.has(key))
        out.push(
          diagnostic(
            'member-duplicate',
            `${m.name} is listed twice as ${m.role ?? m.action} of ${m.body ?? 'the same body'}`,
            { file, line, recordId: m.id },
          ),
        );
      seen.add(key);
    }
    return out;
  },
};
