import { WishInput } from '../../contracts/wish.schema';
import { defineAction } from '../router';
import { byClaimer } from './repo';
import { toWishView } from './view';

/** The wishes I claim or claimed (all, or only those still to fulfil), latest claim first. One read. */
export const myClaims = defineAction({
  input: WishInput.myClaims,
  async handle({ active, cursor, limit }, ctx) {
    const page = await byClaimer(ctx.userId, active, { cursor, limit });
    return { items: page.items.map((w) => toWishView(w, 'claimer')), next: page.next };
  },
});
