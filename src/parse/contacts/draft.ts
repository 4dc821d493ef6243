import type { ContactRecord } from '../../schema/index.js';
import type { DiagnosticNote } from '../../diagnostics/index.js';

/** a contact as read, before it has an id: its span in the normalized text and its note, if any */
export type Draft = Omit<ContactRecord, 'id' | 'type' | 'source' | 'docId'> & {
  start: number;
  end: number;
  diag?: DiagnosticNote;
};
