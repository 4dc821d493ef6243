import { describe, expect, it } from 'vitest';
import {
  DOC_NUMBER_ANY,
  docNumberOf,
  isDocNumberLine,
  isLeftOutLine,
  isRedactedNumberLine,
} from '../../src/lexicon/doc-number.js';

describe('the 发文字号 grammar', () => {
  it.each([
    '青政办〔2017〕134号',
    '青政办函〔2020〕138号',
    '青政〔2020〕67 号',
    '（某政[2021]3号）',
    '某政发【2019】1号',
  ])('a whole number line: %s', (line) => expect(isDocNumberLine(line)).toBe(true));

  it('a report keeps its 签发人 beside the number', () =>
    expect(isDocNumberLine('某政〔2021〕3号    签发人：某某某')).toBe(true));

  it('spells every bracket style as 〔〕 with the parts', () => {
    expect(docNumberOf(DOC_NUMBER_ANY.exec('某政办[2019]27号文件')!)).toEqual({
      docNumber: '某政办〔2019〕27号',
      docNumberParts: { prefix: '某政办', year: 2019, serial: 27 },
    });
  });

  it('a redacted number keeps its code and leaves the year or the serial out', () => {
    expect(isRedactedNumberLine('青政办〔略〕号')).toBe(true);
    expect(isRedactedNumberLine('某政函〔2020〕（略）号')).toBe(true);
    expect(isRedactedNumberLine('某政〔（略）〕12号')).toBe(true);
    expect(isRedactedNumberLine('青政办〔2017〕134号')).toBe(false);
    expect(isRedactedNumberLine('同意将（略）村与（略）村合并')).toBe(false);
  });

  it('a line of nothing but （略）', () => {
    expect(isLeftOutLine('（略）')).toBe(true);
    expect(isLeftOutLine('  [略]  ')).toBe(true);
    expect(isLeftOutLine('（略）号')).toBe(false);
  });
});
