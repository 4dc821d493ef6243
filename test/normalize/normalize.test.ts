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

describe('SourceText.offsetsOf', () => {
  it('gives every offset of a word, overlapping ones too, and none for an empty word', () => {
    const src = new SourceText('f', '阶段甲\n乙阶段阶段\n啊啊啊');
    expect(src.offsetsOf('阶段')).toEqual([0, 5, 7]);
    expect(src.offsetsOf('啊啊')).toEqual([10, 11]);
    expect(src.offsetsOf('无')).toEqual([]);
    expect(src.offsetsOf('')).toEqual([]);
    // kept: the same list on the second ask
    expect(src.offsetsOf('阶段')).toBe(src.offsetsOf('阶段'));
  });
});

describe('normalize: white space', () => {
  const spans = (original: string) => {
    const n = normalize(original);
    return { n, back: (s: number, e: number) => original.slice(...toOriginal(n, s, e)) };
  };

  it('drops blanks and tabs at the end of lines, and of the text', () => {
    expect(normalize('甲  \n乙\t\n丙 \t').text).toBe('甲\n乙\n丙');
    expect(normalize('甲 \r\n乙\t\r\n').text).toBe('甲\n乙\n');
  });

  it('makes blank-only lines of invisible characters empty', () => {
    expect(normalize('甲\n\u200b \u3000\u00a0\n乙').text).toBe('甲\n\n乙');
    expect(normalize('\ufeff  \n甲').text).toBe('\n甲');
  });

  it('turns no-break and ideographic spaces used as indentation into blanks', () => {
    expect(normalize('\u3000\u3000一、总则\n\u00a0二、分则').text).toBe('  一、总则\n 二、分则');
  });

  it('keeps a tab only where a cell follows it', () => {
    expect(normalize('序号\t名称\t\t\n1\t甲\t\t\n\t\t\n').text).toBe('序号\t名称\n1\t甲\n\n');
    expect(normalize('\t乙\t丙').text).toBe('\t乙\t丙');
  });

  it('maps every character after dropped blanks back to the original', () => {
    const original = '甲\u00a0 \u200b\r\n乙 \u3000\n丙\t';
    const { n, back } = spans(original);
    expect(n.text).toBe('甲\n乙\n丙');
    for (const w of ['甲', '乙', '丙']) {
      const i = n.text.indexOf(w);
      expect(back(i, i + 1)).toBe(w);
    }
    expect(back(1, 2)).toBe('\r\n');
    expect(back(0, n.text.length)).toBe(original.replace(/[\t]$/, ''));
  });

  it('keeps line numbers and sources whatever the trailing blanks', () => {
    const original = '一、甲 \t\n\n二、乙\u3000\n';
    const src = new SourceText('f', original);
    expect(src.lines.map((l) => l.text)).toEqual(['一、甲', '', '二、乙', '']);
    const s = src.source(src.lines[2].start, src.lines[2].end);
    expect(original.slice(s.startOffset, s.endOffset)).toBe('二、乙');
    expect(s.startLine).toBe(3);
  });
});
