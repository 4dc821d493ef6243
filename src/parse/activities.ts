import type { ActivityRecord, Diagnostic } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { parseEvents } from './activities/events.js';
import { parseExhibits } from './activities/exhibits.js';
import { parseChronicle } from './activities/chronicle.js';
import { parsePhases } from './activities/phases.js';
import { parseScheduleTables } from './activities/schedule-tables.js';
import { appendAll } from '../text/arrays.js';
import { parseMeetings } from './activities/meetings.js';

/**
 * Activities of four kinds: programme events (numbered items or schedule tables),
 * exhibition zones, chronicle entries and schedule phases. Each kind reads its own structure; records keep document order within a kind.
 */
export function parseActivities(ctx: ParseContext): ParseResult<ActivityRecord> {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const kind of [parseEvents, parseScheduleTables, parseExhibits, parseChronicle, parsePhases]) {
    const r = kind(ctx);
    appendAll(records, r.records);
    appendAll(diagnostics, r.diagnostics);
  }
  // meetings announced in prose, for documents no programme gave an event
  const m = parseMeetings(ctx, records);
  appendAll(records, m.records);
  appendAll(diagnostics, m.diagnostics);
  return { records, diagnostics };
}
