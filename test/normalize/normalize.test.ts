import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/normalize/normalize.js';
import { SourceText } from '../../src/normalize/source-text.js';

describe('normalize', () => {
  it('folds CRLF to LF and keeps line numbers', () => {
    const n = normalize('一、甲\r\n二、乙\r\n');
    expect(n.text).toBe('一、甲\n二、乙\n');
    const src = new SourceText('f', '一、甲\r\n二、乙\r\n');
    expect(src.lines[1].text).toBe('二、乙');
    const s = src.source(src.lines[1].start, src.lines[1].end);
    expect(src.original.slice(s.startOffset, s.endOffset)).toBe('二、乙');
    expect(s.startLine).toBe(2);
  });

  it('makes punctuation Chinese next to CJK but keeps times, numbers and URLs', () => {
    expect(normalize('牵头单位:省商务厅(办公室),省财政厅;').text).toBe(
      '牵头单位：省商务厅（办公室）,省财政厅；'.replace(',', '，'),
    );
    expect(normalize('时间:7月21日17∶00—19:00').text).toBe('时间：7月21日17:00—19:00');
    expect(normalize('见 http://www.ciie.org 与 1,000').text).toBe('见 http://www.ciie.org 与 1,000');
  });

  it('folds full-width letters and digits, NBSP and ideographic spaces, drops zero-width and bold marks', () => {
    const n = normalize('**一要坚持**\u00a0第１６期\u3000ＡＢ\u200b');
    expect(n.text).toBe('一要坚持 第16期 AB');
  });

  it('maps every normalized span back to the original passage', () => {
    const original = '\r\n**标题**：（一）省教育厅。\r\n';
    const n = normalize(original);
    const i = n.text.indexOf('省教育厅');
    const [s, e] = toOriginal(n, i, i + 4);
    expect(original.slice(s, e)).toBe('省教育厅');
  });

  it('keeps a start and end in the original for every normalized character, across dropped ones', () => {
    // a CRLF is one character spanning two; bold marks and zero-width characters leave no character
    const n = normalize('a\r\nb**c\u200bd');
    expect(n.text).toBe('a\nbcd');
    expect(Array.from(n.origStart)).toEqual([0, 1, 3, 6, 8, 9]);
    expect(Array.from(n.origEnd)).toEqual([1, 3, 4, 7, 9, 9]);
    expect(toOriginal(n, 1, 2)).toEqual([1, 3]);
    expect(toOriginal(n, 3, 3)).toEqual([6, 6]);
    expect(toOriginal(n, 2, 5)).toEqual([3, 9]);
  });

  it('returns the text itself when nothing needs a change', () => {
    const original = '一、总体要求（一）指导思想。\n各单位：';
    const n = normalize(original);
    expect(n.text).toBe(original);
    expect(toOriginal(n, 3, 7)).toEqual([3, 7]);
  });
});

describe('SourceText.lineWith', () => {
  it('finds the next line holding a mark, or one past the last line', () => {
    const src = new SourceText('f', '甲\n乙日\n丙\n丁日');
    expect(src.lineWith('日', 1)).toBe(2);
    expect(src.lineWith('日', 2)).toBe(2);
    expect(src.lineWith('日', 3)).toBe(4);
    expect(src.lineWith('号', 1)).toBe(5);
    expect(src.lineWith('日', 9)).toBe(5);
  });
});
