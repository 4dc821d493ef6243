import { describe, expect, it } from 'vitest';
import { isRedactedNumber, numberOf, numberOnAddresseeLine, NO_NUMBER } from '../../../src/segment/header/number.js';
import type { HeaderDiag } from '../../../src/segment/header/notes.js';

describe('the 发文字号 in the header', () => {
  it('reads a whole number line in any bracket style into its canonical spelling and parts', () => {
    expect(numberOf('青政办〔2017〕134号')).toEqual({
      docNumber: '青政办〔2017〕134号',
      docNumberParts: { prefix: '青政办', year: 2017, serial: 134 },
    });
    expect(numberOf('（某政函[2020]8号）')?.docNumber).toBe('某政函〔2020〕8号');
    expect(numberOf('关于印发方案的通知')).toBeNull();
  });

  it.each([
    '青政办〔略〕号',
    '某政函〔2020〕（略）号',
    '某政办〔2020〕略号',
    '某政（略）号',
    '（略）',
    '(略)',
    '〔略〕',
  ])('knows %s for a number the copy left out', (line) => expect(isRedactedNumber(line)).toBe(true));

  it.each(['青政办〔2017〕134号', '略', '（略）村与（略）村合并', '附件：（略）', '2020年（略）月（略）日'])(
    'does not take %s for a redacted number',
    (line) => expect(isRedactedNumber(line)).toBe(false),
  );

  it('takes a number on the addressee line when the header has none, and reports one that differs', () => {
    const diagnostics: HeaderDiag[] = [];
    const place = { file: 'x.txt', line: 3 };
    expect(numberOnAddresseeLine('某政〔2022〕18号', 'opens', NO_NUMBER, null, diagnostics, place).docNumber).toBe(
      '某政〔2022〕18号',
    );
    const known = numberOf('某政〔2022〕19号')!;
    expect(numberOnAddresseeLine('某政〔2022〕18号', 'ends', known, known.docNumber, diagnostics, place)).toBe(known);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['doc-number-disagrees', 3]]);
    expect(diagnostics[0].message).toContain('ends with 发文字号 某政〔2022〕18号, the index block gives');
  });
});
