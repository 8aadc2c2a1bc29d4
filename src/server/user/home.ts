import { HOME_BOARD_SIZE, HOME_SECTION_SIZE, type HomeView } from '../../contracts/home';
import { UserInput } from '../../contracts/user.schema';
import { chinaMonth } from '../../core/attendance';
import { boundingBox, byDistance } from '../../core/geo';
import { totalsOf } from '../../core/points';
import { serviceSummary, type ServiceTotals } from '../attendance/totals';
import { listWhere } from '../event/list';
import { eventPage } from '../event/repo';
import { toCard as toEventCard } from '../event/view';
import { countUnread } from '../inbox/repo';
import { browsePage, NEWEST } from '../market/repo';
import { toCard as toListingCard } from '../market/view';
import type { PointsHolder } from '../points/repo';
import { defineAction } from '../router';
import { boardTop } from '../wish/board';
import { poolInBox, poolNewest } from '../wish/repo';
import { toWishView } from '../wish/view';
import type { UserDoc } from './repo';

/** Nearest first looks as the 心愿 tab does: among the newest 100 open wishes within 50 km, in one read. */
const NEAR_RADIUS_M = 50_000;
const NEAR_WINDOW = 100;
const N = HOME_SECTION_SIZE;

/**
 * 首页 in one call (the `user` function, which the app's login has just woken: no second cold start). One
 * database call per section, all at once after the caller's own document (which carries the home station, the
 * 爱心积分 and the service hours): wishes, events, listings, the unread count (signed-in callers only) and the
 * 爱心榜. The home station's 所 bounds events, listings and the board; wishes are the station's own, or the
 * nearest when the phone sent its location. A guest (no user document or no home station) sees the county.
 */
export const home = defineAction({
  input: UserInput.home,
  async handle({ lat, lng }, ctx): Promise<HomeView> {
    const me = (await ctx.caller()) as (UserDoc & PointsHolder & ServiceTotals) | null;
    const path = me?.homeStationPath ?? [];
    const station = me?.homeStationId;
    // The 所 is the path's second node (center → 所 → station); without a home station, the county.
    const institute = path.length >= 3 ? path[1] : undefined;
    const near = lat !== undefined && lng !== undefined;

    const wishes = near
      ? poolInBox({}, boundingBox({ lat, lng }, NEAR_RADIUS_M), NEAR_WINDOW).then((ws) => byDistance({ lat, lng }, ws).slice(0, N))
      : poolNewest({ nodeId: station }, { limit: N }).then((p) => p.items.map((w) => ({ ...w, distanceM: undefined })));
    const events = eventPage(listWhere({ nodeId: institute, when: 'upcoming' }, ctx.now), 'soonest', { limit: N });
    const listings = browsePage({ nodeId: institute }, NEWEST, { limit: N });
    const unread = me ? countUnread(me._id) : Promise.resolve(0);
    const month = chinaMonth(ctx.now);
    const board = boardTop(month, institute, HOME_BOARD_SIZE);
    const [w, e, l, u, b] = await Promise.all([wishes, events, listings, unread, board]);

    const v = me?.volunteer?.status === 'approved' ? serviceSummary(me) : undefined;
    return {
      area: station ? 'station' : 'county',
      wishes: {
        items: w.map((x) => ({ ...toWishView(x, 'public'), ...(x.distanceM !== undefined ? { distanceM: x.distanceM } : {}) })),
        near,
      },
      events: e.items.map((x) => toEventCard(x, ctx.now)),
      listings: l.items.map(toListingCard),
      ...(me ? { mine: { balance: totalsOf(me).balance, unread: u, ...(v ? { volunteer: v } : {}) } } : {}),
      board: { month, scope: institute ? 'institute' : 'county', lines: b },
    };
  },
});
