import type { EventCard } from '../../contracts/event';
import { EventInput, type EventParsed } from '../../contracts/event.schema';
import type { Page } from '../../contracts/paging';
import { chinaDay, chinaDayStart } from '../../core/event';
import { boundingBox, byDistance } from '../../core/geo';
import { db } from '../cloud';
import { defineAction } from '../router';
import { offsetFrom, windowPage } from '../shared/paging';
import { eventPage, eventsInBox, type ListOrder } from './repo';
import { toCard } from './view';

/** Nearest first looks this far around the caller (a county and its neighbours)… */
const NEAR_RADIUS_M = 50_000;
/** …among this many of the soonest events there, all in one read. */
const NEAR_WINDOW = 100;
const NEAR_CURSOR = 'event-near';
const DAY_MS = 24 * 3600 * 1000;

type Filter = Pick<EventParsed<'list'>, 'nodeId' | 'category' | 'when' | 'from' | 'to'>;

/** The list's condition: published events under a node, of a category, in a period and a date range. */
export function listWhere(f: Filter, now: number): object {
  const c = db().command;
  const today = chinaDayStart(chinaDay(now));
  const clauses: object[] = [{ status: 'published' }];
  if (f.nodeId) clauses.push({ stationPath: f.nodeId });
  if (f.category) clauses.push({ category: f.category });
  if (f.when === 'upcoming') clauses.push({ lastEnd: c.gt(now) });
  if (f.when === 'past') clauses.push({ lastEnd: c.lte(now) });
  if (f.when === 'today') clauses.push({ firstStart: c.lt(today + DAY_MS) }, { lastEnd: c.gt(today) });
  if (f.from !== undefined) clauses.push({ lastEnd: c.gt(f.from) });
  if (f.to !== undefined) clauses.push({ firstStart: c.lt(f.to) });
  return clauses.length === 1 ? clauses[0] : c.and(clauses);
}

/**
 * Events anyone may browse (the 活动 tab): under a node of the organisation, of a category, upcoming /
 * today / past and in a date range; soonest first (past ones latest first), newest first, or nearest first
 * from the caller's location. One read a page; the cards are the same for everyone (the detail carries the
 * viewer's places and actions). Nearest first sorts a window of the soonest 100 within 50 km in memory.
 */
export const list = defineAction({
  input: EventInput.list,
  async handle(input, ctx): Promise<Page<EventCard>> {
    const where = listWhere(input, ctx.now);
    const req = { cursor: input.cursor, limit: input.limit };
    if (input.sort === 'nearest' && input.lat !== undefined && input.lng !== undefined) {
      const offset = offsetFrom(input.cursor, NEAR_CURSOR);
      const centre = { lat: input.lat, lng: input.lng };
      const near = byDistance(centre, await eventsInBox(where, boundingBox(centre, NEAR_RADIUS_M), NEAR_WINDOW));
      const page = windowPage(near, offset, input.limit, NEAR_CURSOR);
      return { items: page.items.map((e) => toCard(e, ctx.now, e.distanceM)), next: page.next };
    }
    const order: ListOrder = input.sort === 'newest' ? 'newest' : input.when === 'past' ? 'latest' : 'soonest';
    const page = await eventPage(where, order, req);
    return { items: page.items.map((e) => toCard(e, ctx.now)), next: page.next };
  },
});
