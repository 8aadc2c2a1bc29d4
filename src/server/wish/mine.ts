import { WishInput } from '../../contracts/wish.schema';
import { defineAction } from '../router';
import { byOwner } from './repo';
import { toWishView } from './view';

/** The wishes I posted or recorded for someone, newest first. One read. */
export const mine = defineAction({
  input: WishInput.mine,
  async handle({ status, cursor, limit }, ctx) {
    const page = await byOwner(ctx.userId, status, { cursor, limit });
    return { items: page.items.map((w) => toWishView(w, 'owner')), next: page.next };
  },
});
