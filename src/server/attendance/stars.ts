import type { StarView } from '../../contracts/stars';
import { AttendanceInput } from '../../contracts/attendance.schema';
import type { Page } from '../../contracts/paging';
import { maskName } from '../../core/mask';
import { defineAction } from '../router';
import { starsPage, type StarDoc } from './stars-repo';

export const toStarView = (s: StarDoc): StarView => ({
  id: s._id,
  month: s.month,
  userId: s.userId,
  maskedName: maskName(s.name),
  stationName: s.stationName,
  scopeNodeId: s.scopeNodeId,
  scopeName: s.scopeName,
  ...(s.category ? { category: s.category } : {}),
  hours: s.hours,
  bonusPoints: s.bonusPoints,
  pickedAt: s.pickedAt,
});

/** The public list of 志愿之星: one month's, or every month's newest first (names masked). One read a page. */
export const stars = defineAction({
  input: AttendanceInput.stars,
  async handle({ month, cursor, limit }): Promise<Page<StarView>> {
    const page = await starsPage(month, { cursor, limit });
    return { items: page.items.map(toStarView), next: page.next };
  },
});
