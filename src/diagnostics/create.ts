import type { Diagnostic, SeverityLevel } from '../schema/diagnostic.js';
import { severityOf, type DiagnosticCode } from './codes.js';

/**
 * A finding before it is placed in a file: what readers inside a parser return (a row's
 * notes, a roster's notes), for the record parser to place with `ParseContext.note`.
 */
export interface DiagnosticNote {
  code: DiagnosticCode;
  message: string;
  line: number;
  /** only where the code's meaning allows a lower level than the declared one */
  severity?: SeverityLevel;
}

/** where a diagnostic points */
export interface DiagnosticPlace {
  file: string;
  line: number;
  endLine?: number;
  recordId?: string;
  /** only where the code's meaning allows a lower level than the declared one */
  severity?: SeverityLevel;
}

/**
 * The one way to make a diagnostic: the severity comes from the code's declaration. Keys
 * are written in one order and optional ones only when set, so the output is the same
 * bytes whichever stage made it.
 */
export function diagnostic(code: DiagnosticCode, message: string, at: DiagnosticPlace): Diagnostic {
  const d: Diagnostic = { severity: at.severity ?? severityOf(code), code, message, file: at.file, line: at.line };
  if (at.endLine !== undefined) d.endLine = at.endLine;
  if (at.recordId !== undefined) d.recordId = at.recordId;
  return d;
}

/** a note placed in a file, optionally on a record */
export function placeNote(note: DiagnosticNote, file: string, recordId?: string): Diagnostic {
  return diagnostic(note.code, note.message, { file, line: note.line, recordId, severity: note.severity });
}
