import { diagnostic } from '../../diagnostics/index.js';
import type { Diagnostic } from '../../schema/index.js';
import { isEmail, phoneProblem } from '../../text/phones.js';
import type { CrossCheck } from './types.js';

/**
 * Numbers and addresses a caller would trip over: malformed phone numbers (wrong length,
 * area code of the wrong form), malformed e-mails, and how many numbers no one owns.
 */
export const contactChecks: CrossCheck = {
  name: 'contacts',
  codes: ['phone-malformed', 'email-malformed', 'contact-numbers-unassigned', 'phone-shared'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const file = parsed.file;
    let unassigned = 0;
    let firstUnassigned = 0;
    const owners = new Map<string, Set<string>>();
    for (const c of parsed.records.contacts) {
      const line = c.source.startLine;
      for (const [field, list] of [
        ['phone', c.phones],
        ['fax', c.fax],
      ] as const) {
        for (const p of list) {
          const problem = phoneProblem(p);
          if (problem)
            out.push(
              diagnostic('phone-malformed', `${c.name ?? c.role ?? 'contact'}: ${field} ${p}: ${problem}`, {
                file,
                line,
                recordId: c.id,
              }),
            );
        }
      }
      for (const e of c.emails) {
        if (!isEmail(e))
          out.push(
            diagnostic('email-malformed', `${c.name ?? c.role ?? 'contact'}: e-mail ${e} is not a valid address`, {
              file,
              line,
              recordId: c.id,
            }),
          );
      }
      if (c.kind === 'person' && c.name === null) {
        unassigned += c.phones.length + c.fax.length;
        if (!firstUnassigned) firstUnassigned = line;
      } else if (c.name) {
        for (const p of c.phones) {
          const set = owners.get(`${c.docId} ${p}`) ?? new Set<string>();
          set.add(c.name);
          owners.set(`${c.docId} ${p}`, set);
        }
      }
    }
    if (unassigned) {
      out.push(
        diagnostic(
          'contact-numbers-unassigned',
          `${unassigned} phone/fax number(s) are kept without a person: the layout does not say whose they are`,
          { file, line: firstUnassigned },
        ),
      );
    }
    for (const [key, names] of owners) {
      if (names.size > 1) {
        const line = parsed.records.contacts.find((c) => c.name && names.has(c.name))?.source.startLine ?? 0;
        out.push(
          diagnostic(
            'phone-shared',
            `${key.split(' ')[1]} is given to ${[...names].join('、')} (a shared office line?)`,
            { file, line },
          ),
        );
      }
    }
    return out;
  },
};
