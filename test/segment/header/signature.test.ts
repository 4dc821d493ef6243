import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/normalize/source-text.js';
import { readSignature, redactedDateLine, releasedPublicly } from '../../../src/segment/header/signature.js';

const src = (lines: string[]) => new SourceText('t.txt', lines.join('\n'));

describe('the signature and 成文日期', () => {
  it('organs on the lines above a date line, a date in Chinese numerals', () => {
    const s = src([
      '各县人民政府：',
      '现予印发。',
      '某某县人民政府',
      '某某县财政局',
      '二〇二三年三月一日',
      '（此件公开发布）',
    ]);
    expect(readSignature(s, 1, 6)).toEqual({
      date: '2023-03-01',
      issuers: ['某某县人民政府', '某某县财政局'],
      line: 5,
      inline: false,
    });
    expect(releasedPublicly(s, 5, 6)).toBe(true);
  });

  it('organ and date on one line, apart by spaces; a signature run into the paragraph after the addressees', () => {
    expect(
      readSignature(src(['各单位：', '现予印发。', '请遵照执行。', '某某县人民政府办公室  2023年6月30日']), 1, 4),
    ).toMatchObject({
      date: '2023-06-30',
      issuers: ['某某县人民政府办公室'],
      inline: false,
    });
    expect(readSignature(src(['各单位：现予印发，请遵照执行。某某县人民政府2023年6月30日']), 1, 1)).toMatchObject({
      date: '2023-06-30',
      issuers: ['某某县人民政府'],
      inline: true,
    });
  });

  it('a date the copy left out is found for its diagnostic', () => {
    const s = src(['某某镇人民政府：', '同意（略）村合并。', '某某县人民政府', '2020年（略）月（略）日']);
    expect(readSignature(s, 1, 4)).toBeNull();
    expect(redactedDateLine(s, 1, 4)).toBe(4);
  });
});
