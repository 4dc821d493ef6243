import type { ActivityRecord } from '../../src/schema/index.js';

/** an activity record with every field empty, for tests that set only what they look at */
export function activity(over: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    type: 'activity',
    id: 'x#d1/activity1',
    docId: 'x#d1',
    source: { file: 'x', startLine: 1, endLine: 1, startOffset: 0, endOffset: 1 },
    kind: 'event',
    seq: null,
    name: 'n',
    start: null,
    end: null,
    timeText: null,
    venue: null,
    route: null,
    lead: [],
    cooperating: [],
    hosts: [],
    participants: [],
    text: '',
    ...over,
  };
}
