import { WishInput } from '../../contracts/wish';
import { boundingBox, byDistance } from '../../core/geo';
import { defineAction } from '../router';
import { poolInBox, poolNewest } from './repo';
import { toWishView } from './view';

/** Nearest-first looks this far around the caller (a county and its neighbours)… */
const NEAR_RADIUS_M = 50_000;
/** …among this many of the newest open wishes there, all in one read. */
const NEAR_WINDOW = 100;

/**
 * The open pool: newest first, or nearest first from the caller's location; filtered by a subtree of the
 * organisation and a category. One read. Everyone sees the public view: masked name, no phone, no address.
 */
export const pool = defineAction({
  input: WishInput.pool,
  async handle({ nodeId, category, sort, lat, lng, offset, limit }) {
    const filter = { nodeId, category };
    if (sort === 'newest' || lat === undefined || lng === undefined) {
      const page = await poolNewest(filter, offset, limit);
      return { items: page.items.map((w) => toWishView(w, 'public')), hasMore: page.hasMore };
    }
    const centre = { lat, lng };
    const near = byDistance(centre, await poolInBox(filter, boundingBox(centre, NEAR_RADIUS_M), NEAR_WINDOW));
    const items = near.slice(offset, offset + limit).map((w) => ({ ...toWishView(w, 'public'), distanceM: w.distanceM }));
    return { items, hasMore: offset + limit < near.length };
  },
});
