/**
 * The pieces a contact block is made of, found on one line: a 联系人 label with its role,
 * names (with their organization in brackets), field labels (电话/传真/邮箱), numbers,
 * e-mail addresses and office addresses with a postcode.
 */
import { allMatches } from '../../text/regex-scan.js';
import { organisationEndingPattern } from '../../lexicon/organisations.js';
import { LIST_ITEM_MARKER } from '../../lexicon/numbering.js';
import { EMAIL_RE, LOOSE_DIGITS_RE, PHONE_RE, normalizePhone, type PhoneKind } from '../../text/phones.js';

/** what an address is made of: roads, numbers, buildings, places */
const ADDRESS_PART = /[路街号道巷楼厦区市县镇村室层座栋院园]/;

/**
 * How much of the text after 地址： is the address: it ends with its sentence (。；) and at
 * a comma after which no address part follows (`…1号，请注明字样` ends at 1号).
 */
function addressLength(text: string): number {
  const sentence = /[。；]/.exec(text);
  const end = sentence ? sentence.index : text.length;
  let keep = 0;
  for (const m of text.slice(0, end).matchAll(/[^，,]+[，,]?/g)) {
    const part = m[0].replace(/[（(]?\s*邮\s?编\s?[：:]?\s?\d{6}\s*[）)]?/, '');
    if (keep > 0 && part.replace(/[，,\s]/g, '') && !ADDRESS_PART.test(part)) break;
    keep = m.index! + m[0].length;
  }
  return keep;
}

export type FieldKind = 'phone' | 'fax' | 'email' | 'address';

interface Span {
  start: number;
  end: number;
}

export type Token =
  | (Span & { kind: 'role'; role: string | null })
  | (Span & { kind: 'names'; names: Array<Span & { name: string }>; org: string | null })
  | (Span & { kind: 'label'; field: FieldKind })
  | (Span & { kind: 'num'; value: string; phoneKind: PhoneKind; problem: string | null })
  | (Span & { kind: 'email'; value: string })
  | (Span & { kind: 'office'; org: string; address: string; postcode: string | null })
  | (Span & { kind: 'address'; address: string; postcode: string | null });

const LABEL_RE =
  /(联系电话|办公电话|固定电话|移动电话|联系方式|联系手机|电\s{0,2}话|手\s{0,2}机|座机|传\s{0,2}真|电子邮箱|电子信箱|邮\s{0,2}箱|E-?mail|email|(?:通讯|通信|办公)?地\s{0,2}址)\s*[：:]/gi;
/** names, each 2–4 CJK characters (longer with a ·), with the organization in brackets */
const NAMES_ORG_RE = /([\u4e00-\u9fff·]{2,10}(?:\s?[、，,]\s?[\u4e00-\u9fff·]{2,10}){0,7})\s?（([^（）\n]{2,30})）/g;
const ROLE_RE = /联\s?系\s?人\s*(?:[：:]|$)/g;
const POSTCODE_RE = /邮\s?编\s?[：:]?\s?(\d{6})(?!\d)/;
const ORG_WORD = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,30}${organisationEndingPattern('contact')}$`);
/** words that end an organization or a field, never a person's name */
const NOT_NAME =
  /(厅|局|委|办|部|院|会|府|司|处|室|省|市|副|中心|公司|政府|单位|部门|联系|电话|传真|邮箱|地址|邮编|负责|同志|方式|担任|兼任|牵头|组成|配合)$|^(省|市|县|州|各|本|该|青海|西宁|联系|电话)/;

export function isPersonName(s: string): boolean {
  if (/·/.test(s)) return /^[\u4e00-\u9fff]{1,6}(·[\u4e00-\u9fff]{1,8})+$/.test(s);
  return /^[\u4e00-\u9fff]{2,4}$/.test(s) && !NOT_NAME.test(s);
}

function fieldOf(spaced: string): FieldKind {
  // a label spaced out to the width of the others: 电  话, 传  真
  const label = spaced.replace(/\s+/g, '');
  if (label.includes('传真')) return 'fax';
  if (label.includes('邮箱') || label.includes('信箱') || label.toLowerCase().includes('mail')) return 'email';
  if (label.includes('地址')) return 'address';
  return 'phone';
}

const NAME_ITEM = /[^、，,]+/g;

/** split `顾锡军、马小鹏` into names with their spans; null when any item is not a name */
function readNames(text: string, base: number): Array<Span & { name: string }> | null {
  const out: Array<Span & { name: string }> = [];
  for (const m of allMatches(NAME_ITEM, text)) {
    const raw = m[0];
    const name = raw.replace(/\s+/g, '');
    if (!name) continue;
    if (!isPersonName(name)) return null;
    const lead = raw.length - raw.trimStart().length;
    out.push({ name, start: base + m.index! + lead, end: base + m.index! + raw.trimEnd().length });
  }
  return out.length ? out : null;
}

/** an office address line: `青海省商务厅：青海省西宁市…（邮编：810008）。` */
function officeLine(text: string, base: number): Token | null {
  const pc = text.includes('邮') ? POSTCODE_RE.exec(text) : null;
  if (!pc) return null;
  const m = /^(\s*)([^\s：:，。；、（）]{2,30})[：:]\s*(.+)$/.exec(text);
  if (!m || /联系|电话|传真|邮箱|地址|邮编/.test(m[2])) return null;
  const address = m[3]
    .replace(/[（(]?\s*邮\s?编\s?[：:]?\s?\d{6}\s*[）)]?/, '')
    .replace(/[。；，\s]+$/, '')
    .trim();
  if (!address || !/[路街号道巷楼厦区市县镇村]/.test(address)) return null;
  const start = base + m[1].length;
  return { kind: 'office', org: m[2], address, postcode: pc[1], start, end: base + text.trimEnd().length };
}

/**
 * Tokens of one line, in order. `namesAllowed` says whether bracketed names may be read
 * (only near other contact pieces, so prose like 省商务厅（省国资委） is never a person).
 */
export function tokenizeLine(text: string, base: number, namesAllowed: boolean): Token[] {
  const office = officeLine(text, base);
  if (office) return [office];
  const toks: Token[] = [];
  // which characters of the line a piece already holds (an array, so checks stay linear)
  const used = new Uint8Array(text.length + 1);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (used[i]) return false;
    return true;
  };
  const take = (t: Token) => {
    toks.push(t);
    used.fill(1, t.start - base, t.end - base);
  };

  const labels: Array<{ index: number; end: number; field: FieldKind }> = [];
  for (const m of allMatches(LABEL_RE, text))
    labels.push({ index: m.index!, end: m.index! + m[0].length, field: fieldOf(m[1]) });
  // 办公室联系人：王利民 — the role is the words before 联系人 back to the line start or the previous piece
  const roles = text.includes('系') ? allMatches(ROLE_RE, text) : [];
  // where the next digit is, from any position (one backward pass; only roles need it)
  const nextDigit = new Int32Array(roles.length ? text.length + 1 : 0);
  if (roles.length) {
    nextDigit[text.length] = text.length;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      nextDigit[i] = c >= 48 && c <= 57 ? i : nextDigit[i + 1];
    }
  }
  let li = 0;
  let lastLabelEnd = 0;
  let prevEnd = 0;
  roles.forEach((m, ri) => {
    const idx = m.index!;
    while (li < labels.length && labels[li].end <= idx) lastLabelEnd = Math.max(lastLabelEnd, labels[li++].end);
    const from = Math.max(lastLabelEnd, prevEnd, idx - 40);
    const after = idx + m[0].length;
    prevEnd = after;
    const before = text.slice(from, idx);
    const mark = from === 0 ? LIST_ITEM_MARKER.exec(before) : null;
    let roleStart = from + (mark ? mark[0].length : 0);
    const lastNum = [...text.slice(roleStart, idx).matchAll(/[\d@）)]/g)].pop();
    if (lastNum) roleStart += lastNum.index! + 1;
    // 请于4月1日前报送名单。联系人：… — the sentence before the label is no part of its role
    const sentenceEnd = Math.max(text.lastIndexOf('。', idx - 1), text.lastIndexOf('；', idx - 1));
    if (sentenceEnd >= roleStart) roleStart = sentenceEnd + 1;
    const role = text
      .slice(roleStart, idx)
      .replace(/\s+/g, '')
      .replace(/^[：:，。；、]+/, '');
    if (role.length > 16 || /[，。；]/.test(role)) return;
    take({ kind: 'role', role: role || null, start: base + roleStart, end: base + after });
    // the names that follow the label on its line, up to the next field, number or label
    let nextLabel = text.length;
    for (let j = li; j < labels.length; j++)
      if (labels[j].index >= after) {
        nextLabel = labels[j].index;
        break;
      }
    const until = Math.min(nextLabel, nextDigit[after], roles[ri + 1]?.index ?? text.length, after + 80);
    const chunk = text.slice(after, until);
    const org = /（([^（）]{2,30})）\s*$/.exec(chunk.trimEnd());
    const namePart = (org ? chunk.trimEnd().slice(0, org.index) : chunk).replace(/[（(\s，、：；]+$/, '');
    let names = readNames(namePart, base + after);
    let orgName = org ? org[1] : null;
    if (!names && !org) {
      // 联系人：省商务厅 王利民 — an organization and names separated by spaces
      const words = [...namePart.matchAll(/[^\s、，,]+/g)];
      const orgs = words.filter((w) => ORG_WORD.test(w[0]));
      const people = words.filter((w) => !ORG_WORD.test(w[0]));
      if (orgs.length === 1 && people.length && people.every((w) => isPersonName(w[0]))) {
        names = people.map((w) => ({
          name: w[0],
          start: base + after + w.index!,
          end: base + after + w.index! + w[0].length,
        }));
        orgName = orgs[0][0];
      }
    }
    const end = org ? base + after + chunk.trimEnd().length : names ? Math.max(...names.map((n) => n.end)) : 0;
    if (names)
      take({
        kind: 'names',
        names,
        org: orgName,
        start: Math.min(
          ...names.map((n) => n.start),
          org ? Infinity : base + after + namePart.length - namePart.trimStart().length,
        ),
        end,
      });
  });
  labels.forEach((l, i) => {
    if (!free(l.index, l.end)) return;
    if (l.field !== 'address') {
      take({ kind: 'label', field: l.field, start: base + l.index, end: base + l.end });
      return;
    }
    // 地址：西宁市…（邮编：810008） — the address runs to the next field label
    const next = labels[i + 1]?.index ?? text.length;
    const to = l.end + addressLength(text.slice(l.end, next));
    const raw = text.slice(l.end, to);
    const pc = POSTCODE_RE.exec(text.slice(l.end, next));
    const address = raw
      .replace(/[（(]?\s*邮\s?编\s?[：:]?\s?\d{6}\s*[）)]?/, '')
      .replace(/[。；，、\s]+$/, '')
      .trim();
    if (address) take({ kind: 'address', address, postcode: pc ? pc[1] : null, start: base + l.index, end: base + to });
  });
  if (text.includes('@')) {
    for (const m of allMatches(EMAIL_RE, text)) {
      if (free(m.index!, m.index! + m[0].length))
        take({ kind: 'email', value: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
    }
  }
  // whatever follows an e-mail label is kept even when it is no address, so a check can flag it
  for (const l of labels) {
    if (l.field !== 'email') continue;
    const m = /^\s*([^\s，。；、（）]+)/.exec(text.slice(l.end));
    if (!m || !/[A-Za-z0-9]/.test(m[1])) continue;
    const s = l.end + m[0].length - m[1].length,
      e = l.end + m[0].length;
    const value = m[1].replace(/[.。]+$/, '');
    if (free(s, e)) take({ kind: 'email', value, start: base + s, end: base + s + value.length });
  }
  const landlines: Array<{ at: number; area: string }> = [];
  for (const m of allMatches(PHONE_RE, text)) {
    const s = m.index!,
      e = s + m[0].length;
    if (!free(s, e)) continue;
    const p = normalizePhone(m[0]);
    if (p.kind === 'landline') landlines.push({ at: s, area: p.value.split('-')[0] });
    take({ kind: 'num', value: p.value, phoneKind: p.kind, problem: p.problem, start: base + s, end: base + e });
  }
  // digits right after a phone or fax label that fit no phone form: kept so a check can flag them
  const firstPhoneLabel = labels.find((l) => l.field === 'phone' || l.field === 'fax');
  if (firstPhoneLabel) {
    let k = -1;
    for (const m of allMatches(LOOSE_DIGITS_RE, text.slice(firstPhoneLabel.end))) {
      const s = firstPhoneLabel.end + m.index!;
      const raw = m[0].trim();
      const e = s + m[0].length;
      if (!free(s, e) || /^\d{6}$/.test(raw) || /年|月|日/.test(text.slice(e, e + 1))) continue;
      while (k + 1 < landlines.length && landlines[k + 1].at < s) k++;
      // 0971-6109400、6109401: a second number printed without the area code shares the first one's
      const p = /^\d{7,8}$/.test(raw) && k >= 0 ? normalizePhone(`${landlines[k].area}-${raw}`) : normalizePhone(raw);
      take({
        kind: 'num',
        value: p.value,
        phoneKind: p.kind,
        problem: p.problem ?? 'not a phone number',
        start: base + s,
        end: base + e,
      });
    }
  }
  if (namesAllowed && text.includes('（')) {
    for (const m of allMatches(NAMES_ORG_RE, text)) {
      const s = m.index!,
        e = s + m[0].length;
      if (!free(s, e)) continue;
      const names = readNames(m[1], base + s);
      if (names) take({ kind: 'names', names, org: m[2].trim(), start: names[0].start, end: base + e });
    }
  }
  return toks.sort((a, b) => a.start - b.start);
}
