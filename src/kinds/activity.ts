import { ActivitySchema } from '../schema/activity.js';
import { parseEvents } from '../parse/activities/events.js';
import { parseScheduleTables } from '../parse/activities/schedule-tables.js';
import { parseExhibits } from '../parse/activities/exhibits.js';
import { parseChronicle } from '../parse/activities/chronicle.js';
import { parsePhases } from '../parse/activities/phases.js';
import { parseMeetings } from '../parse/activities/meetings.js';
import { activityChecks } from '../validate/checks/activities.js';
import { ID_COLUMNS, SOURCE_COLUMNS, s, list, date } from './columns.js';
import { defineKind } from './kind.js';

/** Activities of four kinds: programme events (numbered items or schedule tables), exhibition zones, chronicle entries and schedule phases; records keep document order within each reader. */
export const activityKind = defineKind({
  type: 'activity',
  plural: 'activities',
  titleZh: '活动',
  summary: 'events, exhibition zones, 大事记 entries, phases: dates, places',
  schema: ActivitySchema,
  readers: [
    { name: 'programme events', read: parseEvents },
    { name: 'schedule tables', read: parseScheduleTables },
    { name: 'exhibition zones', read: parseExhibits },
    { name: 'chronicle entries', read: parseChronicle },
    { name: 'schedule phases', read: parsePhases },
    { name: 'meetings in prose', read: parseMeetings },
  ],
  checks: [activityChecks],
  columns: [
    s('kind', '类别'),
    s('seq', '序号'),
    s('name', '名称'),
    date('start', '开始'),
    date('end', '结束'),
    s('timeText', '时间(原文)'),
    s('venue', '地点'),
    s('route', '路线'),
    list('lead', '牵头单位'),
    list('cooperating', '配合单位'),
    list('hosts', '承办单位'),
    list('participants', '参加单位'),
    s('text', '内容'),
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
