import type { ActivityRecord } from '../schema/index.js';

/** RFC 5545 calendar of the dated activities (filled in by the activities work) */
export function toIcs(activities: ActivityRecord[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//qhdocs//activities//ZH', 'CALSCALE:GREGORIAN'];
  void activities;
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
