import type { WishAllowance } from '../../contracts/wish';
import { WishInput } from '../../contracts/wish.schema';
import { slotNames, WISH_RULES } from '../../core/wish';
import { defineAction } from '../router';
import { withSlotsHeld } from './repo';

/**
 * How many more wishes the caller may post now: the cap of unfinished wishes and the slots they hold (the
 * ones submit takes, so the number and the refusal never disagree). One read. The form asks before the
 * resident fills it in, so the cap is said first, not after. Proxy records do not count toward it.
 */
export const allowance = defineAction({
  input: WishInput.allowance,
  async handle(_input, ctx): Promise<WishAllowance> {
    const me = await ctx.me();
    const cap = WISH_RULES.maxUnfinishedPerResident;
    const { held } = await withSlotsHeld(undefined, 'ownerSlot', slotNames(me._id, cap));
    return { cap, unfinished: held.size, remaining: Math.max(0, cap - held.size) };
  },
});
