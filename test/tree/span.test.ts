import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/normalize/source-text.js';
import { TextView, joinPieces } from '../../src/tree/span.js';

describe('TextView', () => {
  it('joins wrapped lines across page breaks: CJK directly, Latin words with a space', () => {
    const src = new SourceText('f', '各单位要加强\n\n组织领导，推进 ABC\nDEF 项目。');
    const v = TextView.ofLines(src, 1, 4);
    expect(v.text).toBe('各单位要加强组织领导，推进 ABC DEF 项目。');
    expect(joinPieces('甲', '乙')).toBe('甲乙');
    expect(joinPieces('2022', 'GDP')).toBe('2022 GDP');
  });

  it('maps every span of the view back to its passage in the original', () => {
    const original = '\u3000\u3000一、各单位要加强  \r\n\r\n组织**领导**，推进工作。\t\r\n';
    const src = new SourceText('f', original);
    const v = TextView.ofLines(src, 1, 3, 4);
    expect(v.text).toBe('各单位要加强组织领导，推进工作。');
    const at = (w: string) => {
      const i = v.text.indexOf(w);
      const s = v.source(i, i + w.length);
      return original.slice(s.startOffset, s.endOffset);
    };
    expect(at('各单位')).toBe('各单位');
    expect(at('组织领导')).toBe('组织**领导');
    expect(at('加强组织')).toBe('加强  \r\n\r\n组织');
    expect(v.source().startLine).toBe(1);
    expect(v.source().endLine).toBe(3);
    expect(v.lineAt(v.text.indexOf('推进'))).toBe(3);
  });

  it('gives positions in normalized offsets and lines', () => {
    const src = new SourceText('f', '甲乙\n丙丁');
    const v = TextView.ofLines(src, 1, 2);
    expect(v.position(1, 3)).toEqual({ startLine: 1, endLine: 2, start: 1, end: 4 });
  });
});

describe('an empty view', () => {
  it('still points at its place in the text (a bare bullet gives a one-character passage)', () => {
    const src = new SourceText('f.txt', '大事记\n●\n●8月2日 某事。\n');
    const v = TextView.ofLines(src, 2, 2, 1);
    expect(src.original.slice(v.source().startOffset, v.source().endOffset)).toBe('●');
    expect(v.text).toBe('');
    const s = v.source();
    expect(s.startLine).toBe(2);
    expect(s.endOffset).toBeGreaterThan(s.startOffset);
  });
});

describe('the pieces of a view', () => {
  it('gives each wrapped line as it was added, without the space a join put between Latin words', () => {
    const src = new SourceText('f', '推进 ABC\n\nDEF 项目\n建设。');
    const v = TextView.ofLines(src, 1, 4);
    expect(v.text).toBe('推进 ABC DEF 项目建设。');
    expect([0, 1, 2].map((k) => v.piece(k))).toEqual(['推进 ABC', 'DEF 项目', '建设。']);
  });
});
