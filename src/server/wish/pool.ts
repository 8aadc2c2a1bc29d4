import { type WishPage } from '../../contracts/wish';
import { WishInput } from '../../contracts/wish.schema';
import { boundingBox, byDistance } from '../../core/geo';
import { defineAction } from '../router';
import { offsetFrom, windowPage } from '../shared/paging';
import { poolInBox, poolNewest } from './repo';
import { toWishView } from './view';

/** Nearest-first looks this far around the caller (a county and its neighbours)… */
const NEAR_RADIUS_M = 50_000;
/** …among this many of the newest open wishes there, all in one read. */
const NEAR_WINDOW = 100;
/** The nearest-first cursor's tag: a position in that window. */
const NEAR_CURSOR = 'pool-near';

/**
 * The open pool: newest first, or nearest first from the caller's location; filtered by a subtree of the
 * organisation and a category. One read a page. Everyone sees the public view: masked name, no phone, no
 * address. Newest first pages by keyset (openedAt, _id); nearest first sorts its window in memory, so its
 * cursor is the position in the window (the window is read afresh for each page, one read).
 */
export const pool = defineAction({
  input: WishInput.pool,
  async handle({ nodeId, category, sort, lat, lng, cursor, limit }): Promise<WishPage> {
    const filter = { nodeId, category };
    if (sort === 'newest' || lat === undefined || lng === undefined) {
      const page = await poolNewest(filter, { cursor, limit });
      return { items: page.items.map((w) => toWishView(w, 'public')), next: page.next };
    }
    const offset = offsetFrom(cursor, NEAR_CURSOR);
    const centre = { lat, lng };
    const near = byDistance(centre, await poolInBox(filter, boundingBox(centre, NEAR_RADIUS_M), NEAR_WINDOW));
    const page = windowPage(near, offset, limit, NEAR_CURSOR);
    return { items: page.items.map((w) => ({ ...toWishView(w, 'public'), distanceM: w.distanceM })), next: page.next };
  },
});
