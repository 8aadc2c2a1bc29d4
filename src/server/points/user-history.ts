import { type PointsOutput } from '../../contracts/points';
import { PointsInput } from '../../contracts/points.schema';
import { totalsOf } from '../../core/points';
import { defineAction } from '../router';
import { entriesOf } from './repo';
import { pointsTarget, requireStaffRole } from './scope';
import { toEntryView } from './view';

/** Staff over a user's station (or a center admin) read that user's totals and entries. */
export const userHistory = defineAction({
  input: PointsInput.userHistory,
  authorize: requireStaffRole,
  async handle({ userId, cursor, limit }, ctx): Promise<PointsOutput['userHistory']> {
    const { target } = await pointsTarget(ctx, userId, { allowSelf: true });
    const page = await entriesOf(userId, { cursor, limit });
    return {
      user: { id: target._id, nickname: target.nickname, ...totalsOf(target) },
      items: page.items.map((e) => toEntryView(e, true)),
      next: page.next,
    };
  },
});
