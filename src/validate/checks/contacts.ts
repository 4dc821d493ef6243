import { diagnostic } from '../../diagnostics/index.js';
import type { ContactRecord, Diagnostic } from '../../schema/index.js';
import { isEmail, phoneProblem } from '../../text/phones.js';
import type { CrossCheck } from './types.js';

const who = (c: ContactRecord) => c.name ?? c.role ?? 'contact';

/** numbers and addresses a caller would trip over: wrong length, area code of the wrong form, bad e-mail */
const malformedNumbers: CrossCheck = {
  name: 'contact-numbers',
  codes: ['phone-malformed', 'email-malformed'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const file = parsed.file;
    for (const c of parsed.records.contacts) {
      const at = { file, line: c.source.startLine, recordId: c.id };
      for (const [field, list] of [
        ['phone', c.phones],
        ['fax', c.fax],
      ] as const) {
        for (const p of list) {
          const problem = phoneProblem(p);
          if (problem) out.push(diagnostic('phone-malformed', `${who(c)}: ${field} ${p}: ${problem}`, at));
        }
      }
      for (const e of c.emails)
        if (!isEmail(e)) out.push(diagnostic('email-malformed', `${who(c)}: e-mail ${e} is not a valid address`, at));
    }
    return out;
  },
};

/** how many numbers of the file no one owns (kept in contacts without a name) */
const unassignedNumbers: CrossCheck = {
  name: 'contact-numbers-unassigned',
  codes: ['contact-numbers-unassigned'],
  run(parsed) {
    let unassigned = 0;
    let firstUnassigned = 0;
    for (const c of parsed.records.contacts) {
      if (c.kind !== 'person' || c.name !== null) continue;
      unassigned += c.phones.length + c.fax.length;
      if (!firstUnassigned) firstUnassigned = c.source.startLine;
    }
    if (!unassigned) return [];
    return [
      diagnostic(
        'contact-numbers-unassigned',
        `${unassigned} phone/fax number(s) are kept without a person: the layout does not say whose they are`,
        { file: parsed.file, line: firstUnassigned },
      ),
    ];
  },
};

/** one phone number given to several people of one document */
const sharedPhones: CrossCheck = {
  name: 'phone-shared',
  codes: ['phone-shared'],
  run(parsed) {
    const out: Diagnostic[] = [];
    const contacts = parsed.records.contacts;
    const owners = new Map<string, Set<string>>();
    for (const c of contacts) {
      if (!c.name) continue;
      for (const p of c.phones) {
        const set = owners.get(`${c.docId} ${p}`) ?? new Set<string>();
        set.add(c.name);
        owners.set(`${c.docId} ${p}`, set);
      }
    }
    for (const [key, names] of owners) {
      if (names.size < 2) continue;
      const line = contacts.find((c) => c.name && names.has(c.name))?.source.startLine ?? 0;
      out.push(
        diagnostic(
          'phone-shared',
          `${key.split(' ')[1]} is given to ${[...names].join('、')} (a shared office line?)`,
          {
            file: parsed.file,
            line,
          },
        ),
      );
    }
    return out;
  },
};

/** the contact checks, in the order they report */
export const contactChecks: readonly CrossCheck[] = [malformedNumbers, unassignedNumbers, sharedPhones];
