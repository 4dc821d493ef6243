import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codesMarkdown,
  diagnostic,
  isDiagnosticCode,
  listDiagnosticCodes,
  placeNote,
} from '../../src/diagnostics/index.js';

describe('diagnostic code registry', () => {
  it('declares each code once, in kebab-case, with a severity and a sentence of meaning', () => {
    const codes = listDiagnosticCodes();
    expect(codes.length).toBeGreaterThan(50);
    for (const c of codes) {
      expect(c.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(c.severity);
      expect(c.meaning).toMatch(/^[A-Z].*[.)]$/);
    }
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(Object.keys(codes[0])).toEqual(['code', 'severity', 'meaning']);
  });

  it('tells declared codes from others', () => {
    expect(isDiagnosticCode('empty-file')).toBe(true);
    expect(isDiagnosticCode('no-such-code')).toBe(false);
    expect(isDiagnosticCode('toString')).toBe(false);
  });

  it('docs/diagnostics.md is the table generated from the registry (run `npm run codes` after a change)', () => {
    expect(readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8')).toBe(codesMarkdown());
  });
});

describe('diagnostic factory', () => {
  it('takes the severity from the declaration and writes keys in one order, optional ones only when set', () => {
    const d = diagnostic('empty-file', 'the file has no text', { file: 'a.txt', line: 1 });
    expect(JSON.stringify(d)).toBe(
      '{"severity":"warning","code":"empty-file","message":"the file has no text","file":"a.txt","line":1}',
    );
    const r = diagnostic('outside-documents', 'm', { file: 'a.txt', line: 2, endLine: 4, recordId: 'x' });
    expect(Object.keys(r)).toEqual(['severity', 'code', 'message', 'file', 'line', 'endLine', 'recordId']);
  });

  it('lowers the severity only where the call says so', () => {
    expect(diagnostic('project-table-total-mismatch', 'm', { file: 'f', line: 1 }).severity).toBe('error');
    expect(diagnostic('project-table-total-mismatch', 'm', { file: 'f', line: 1, severity: 'warning' }).severity).toBe(
      'warning',
    );
  });

  it('places a reader note in a file', () => {
    expect(placeNote({ code: 'roster-without-body', message: 'm', line: 3 }, 'f', 'doc/member1')).toEqual({
      severity: 'info',
      code: 'roster-without-body',
      message: 'm',
      file: 'f',
      line: 3,
      recordId: 'doc/member1',
    });
  });
});
