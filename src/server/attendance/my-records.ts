import type { MyRecordsView } from '../../contracts/service-records';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { hoursToNextStar, starOf } from '../../core/stars';
import { defineAction } from '../router';
import { loadCenterSettings } from '../shared/center-settings';
import { recordsPage } from './repo';
import type { ServiceTotals } from './totals';
import { toRecord } from './view';

/** The caller's service records, newest first, with their total hours and star: the caller and one read a page. */
export const myRecords = defineAction({
  input: AttendanceInput.myRecords,
  async handle({ cursor, limit }, ctx): Promise<MyRecordsView> {
    const [me, page, settings] = await Promise.all([ctx.me(), recordsPage(ctx.userId, { cursor, limit }), loadCenterSettings(ctx.now)]);
    const totals = me as typeof me & ServiceTotals;
    const totalHours = totals.serviceHours ?? 0;
    const next = hoursToNextStar(totalHours, settings.starThresholdsHours);
    return {
      items: page.items.map(toRecord),
      next: page.next,
      totalHours,
      recordCount: totals.serviceRecords ?? 0,
      star: starOf(totalHours, settings.starThresholdsHours),
      ...(next !== undefined ? { nextStarHours: next } : {}),
    };
  },
});
