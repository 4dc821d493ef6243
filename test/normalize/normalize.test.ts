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
    expect(normalize('牵头单位:省商务厅(办公室),省财政厅;').text).toBe('牵头单位：省商务厅（办公室）,省财政厅；'.replace(',', '，'));
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
});
