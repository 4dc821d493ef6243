import type { ActivityRecord } from '../schema/index.js';
import type { ParseContext, ParseResult } from './context.js';
import { parseEvents } from './activities/events.js';
import { parseExhibits } from './activities/exhibits.js';
import { parseChronicle } from './activities/chronicle.js';
import { parsePhases } from './activities/phases.js';
import { parseScheduleTables } from './activities/schedule-tables.js';
import { parseMeetings } from './activities/meetings.js';

/**
 * Activities of four kinds: programme events (numbered items or schedule tables),
 * exhibition zones, chronicle entries and schedule phases. Each kind reads its own structure; records keep document order within a kind.
 */
export function parseActivities(ctx: ParseContext): ParseResult<ActivityRecord> {
  const records: ActivityRecord[] = [];
  const diagnostics = [];
  for (const kind of [parseEvents, parseScheduleTables, parseExhibits, parseChronicle, parsePhases]) {
    const r = kind(ctx);
    records.push(...r.records);
    diagnostics.push(...r.diagnostics);
  }
  // meetings announced in prose, for documents no programme gave an event
  const m = parseMeetings(ctx, records);
  for (const r of m.records) records.push(r);
  diagnostics.push(...m.diagnostics);
  return { records, diagnostics };
}
