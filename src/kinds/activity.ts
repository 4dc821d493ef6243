import { ActivitySchema } from '../schema/activity.js';
import { parseEvents } from '../parse/activities/events.js';
import { parseScheduleTables } from '../parse/activities/schedule-tables.js';
import { parseExhibits } from '../parse/activities/exhibits.js';
import { parseChronicle } from '../parse/activities/chronicle.js';
import { parsePhases } from '../parse/activities/phases.js';
import { parseMeetings } from '../parse/activities/meetings.js';
import { activityChecks } from '../validate/checks/activities.js';
import { ID_COLUMNS, SOURCE_COLUMNS } from './columns.js';
import { defineKind } from './kind.js';

/** Activities of four kinds: programme events (numbered items or schedule tables), exhibition zones, chronicle entries and schedule phases; records keep document order within each reader. */
export const activityKind = defineKind({
  type: 'activity',
  plural: 'activities',
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
    { key: 'kind', zh: '类别' },
    { key: 'seq', zh: '序号' },
    { key: 'name', zh: '名称' },
    { key: 'start', zh: '开始' },
    { key: 'end', zh: '结束' },
    { key: 'timeText', zh: '时间(原文)' },
    { key: 'venue', zh: '地点' },
    { key: 'route', zh: '路线' },
    { key: 'lead', zh: '牵头单位' },
    { key: 'cooperating', zh: '配合单位' },
    { key: 'hosts', zh: '承办单位' },
    { key: 'participants', zh: '参加单位' },
    { key: 'text', zh: '内容' },
    ...ID_COLUMNS,
    ...SOURCE_COLUMNS,
  ],
});
