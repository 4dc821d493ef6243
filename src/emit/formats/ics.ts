import type { ActivityRecord } from '../../schema/index.js';
import type { Emitter } from '../emitter.js';
import { writeWhole } from '../target.js';
import { toIcs } from '../ics.js';

/** `--format ics`: the dated activities as one calendar */
export const ics: Emitter = {
  name: 'ics',
  summary: 'the dated activities as an iCalendar file (activities.ics)',
  file: 'activities.ics',
  types: ['activity'],
  streaming: false,
  async start(target) {
    const activities: ActivityRecord[] = [];
    return {
      async file(out) {
        for (const a of out.records.activities) activities.push(a);
      },
      async end() {
        await writeWhole(target, 'activities.ics', toIcs(activities));
      },
      async abort() {},
    };
  },
};
