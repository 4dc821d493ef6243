/**
 * The tokens of a contact passage, line by line, gathered into departments (a 联系人 label
 * opens one) and groups of names with the numbers, e-mails and addresses printed after
 * them. Office lines become drafts at once; the rest is resolved per department
 * (contacts/resolve.ts), which decides whose each number is.
 */
import type { Token } from './tokens.js';
import type { AddressRef, Dept, EmailRef, Group, NumRef } from './assign.js';
import type { Draft } from './draft.js';

type Field = 'phone' | 'fax' | 'email' | 'address';

export class PassageReader {
  readonly drafts: Draft[] = [];
  readonly depts: Dept[] = [];
  private dept: Dept | null = null;
  private group: Group | null = null;
  /** the line being read, and what it has shown so far */
  private no = 0;
  private field: Field = 'phone';
  private bound = false;
  /** unbound numbers on this line so far, and how many of them the current group holds */
  private unboundOnLine = 0;
  private groupUnboundOnLine = 0;

  /** a gap without contact pieces ends the passage: what follows starts afresh */
  breakPassage(): void {
    this.dept = null;
    this.group = null;
  }

  /** the tokens of line `no`, in order */
  readLine(no: number, toks: Token[]): void {
    this.no = no;
    this.field = 'phone';
    this.bound = false;
    this.unboundOnLine = 0;
    this.groupUnboundOnLine = 0;
    let prev: Token | null = null;
    for (const t of toks) {
      this.read(t, prev);
      prev = t;
    }
  }

  private read(t: Token, prev: Token | null): void {
    switch (t.kind) {
      case 'office':
        this.drafts.push(officeDraft(t.org, t.address, t.postcode, t.start, t.end));
        break;
      case 'role':
        this.dept = newDept(t.role, this.no);
        this.depts.push(this.dept);
        this.group = null;
        this.groupUnboundOnLine = 0;
        break;
      case 'names':
        this.names(t.names, t.org);
        break;
      case 'label':
        this.field = t.field;
        this.bound = prev?.kind === 'names';
        if (this.bound && this.group) this.group.explicit = true;
        break;
      case 'num':
        this.num(t);
        break;
      case 'address': {
        const ref: AddressRef = { address: t.address, postcode: t.postcode, start: t.start, end: t.end, line: this.no };
        if (this.group) this.group.addresses.push(ref);
        else this.currentDept().addresses.push(ref);
        break;
      }
      case 'email': {
        const ref: EmailRef = { value: t.value, start: t.start, end: t.end, line: this.no };
        if (this.group) this.group.emails.push(ref);
        else this.currentDept().looseEmails.push(ref);
        break;
      }
    }
  }

  /** the department being read, or a new one without a role for pieces printed before any 联系人 */
  private currentDept(): Dept {
    if (!this.dept) {
      this.dept = newDept(null, this.no);
      this.depts.push(this.dept);
    }
    return this.dept;
  }

  private names(names: Group['names'], org: string | null): void {
    const dept = this.currentDept();
    const no = this.no;
    if (this.group && this.groupUnboundOnLine > 0) this.group.unclean.add(no);
    this.group = {
      names,
      org,
      line: no,
      contaminated: this.unboundOnLine > 0,
      explicit: false,
      buckets: new Map(),
      unclean: new Set(),
      fax: [],
      emails: [],
      addresses: [],
    };
    this.groupUnboundOnLine = 0;
    dept.groups.push(this.group);
    this.bound = false;
  }

  private num(t: Extract<Token, { kind: 'num' }>): void {
    const no = this.no;
    const ref: NumRef = {
      value: t.value,
      phoneKind: t.phoneKind,
      problem: t.problem,
      start: t.start,
      end: t.end,
      line: no,
      field: this.field === 'fax' ? 'fax' : 'phone',
      bound: this.bound,
    };
    const group = this.group;
    if (!this.bound) {
      this.unboundOnLine++;
      if (group && ref.field === 'phone') this.groupUnboundOnLine++;
    }
    const dept = this.currentDept();
    if (!group) dept.loose.push(ref);
    else if (ref.field === 'fax') group.fax.push(ref);
    else {
      const b = group.buckets.get(no);
      if (b) b.push(ref);
      else group.buckets.set(no, [ref]);
    }
  }
}

function newDept(role: string | null, line: number): Dept {
  return { role, line, groups: [], loose: [], looseEmails: [], addresses: [] };
}

/** an office: an organization's (or department's) address with no person */
export function officeDraft(
  org: string | null,
  address: string,
  postcode: string | null,
  start: number,
  end: number,
  role: string | null = null,
): Draft {
  return {
    kind: 'office',
    role,
    name: null,
    organization: org,
    phones: [],
    fax: [],
    emails: [],
    address,
    postcode,
    start,
    end,
  };
}
