import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/normalize/source-text.js';
import { AppointmentVerbs } from '../../../src/lexicon/committees.js';
import { holdsAppointments } from '../../../src/parse/members/appointments.js';

const holds = (text: string) => {
  const src = new SourceText('a.txt', text);
  return holdsAppointments(src, 1, src.lines.length, new AppointmentVerbs(src.text));
};

describe('which bodies hold appointments', () => {
  it('says yes for a label line or a verb straight before names of 同志', () => {
    expect(holds('根据工作需要，经研究：\n任命：\n某甲同志为某局局长。')).toBe(true);
    expect(holds('经研究，决定免去某乙同志某局副局长职务。')).toBe(true);
  });
  it('says no where every verb is in prose, so no blocks are cut for it', () => {
    expect(holds('本方案经省政府批准后实施。\n各单位要做好任命制度的宣传。')).toBe(false);
    expect(holds('没有动词的正文。')).toBe(false);
  });
});
