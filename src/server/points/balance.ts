import { type PointsTotals } from '../../contracts/points';
import { PointsInput } from '../../contracts/points.schema';
import { totalsOf } from '../../core/points';
import { defineAction } from '../router';
import type { PointsHolder } from './repo';

/** The caller's balance and what they earned and spent in all (cached on their user document: one read). */
export const balance = defineAction({
  input: PointsInput.balance,
  async handle(_input, ctx): Promise<PointsTotals> {
    return totalsOf((await ctx.me()) as PointsHolder);
  },
});
