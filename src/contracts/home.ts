import type { EventCard } from './event';
import type { ListingCard } from './market';
import type { WishView } from './wish';

/** user.home's input: the phone's GCJ-02 location when the user agreed to share it (both or neither). */
export type HomeInput = { lat?: number; lng?: number };

/** How many items each section of 首页 shows (查看更多 opens the tab with the rest). */
export const HOME_SECTION_SIZE = 3;
/** How many people the 爱心榜 lists. */
export const HOME_BOARD_SIZE = 5;

/** One line of the monthly 爱心榜: a masked name and the wishes of theirs confirmed this month. */
export type BoardLine = { rank: number; name: string; count: number };

export type HomeView = {
  /** Where the sections look: the home station's 所 (station for wishes), or the whole county for guests. */
  area: 'station' | 'county';
  /** Open wishes: nearest first when a location was sent (`near`), else the newest of the home station. */
  wishes: { items: WishView[]; near: boolean };
  /** Upcoming published events, soonest first. */
  events: EventCard[];
  /** Listings on sale, newest first. */
  listings: ListingCard[];
  /** The caller's own numbers; absent for a guest (no user yet). */
  mine?: {
    /** 爱心积分 balance. */
    balance: number;
    unread: number;
    /** Approved volunteers only. */
    volunteer?: { hours: number; star: number };
  };
  /** 爱心榜 of this month (China time, `YYYY-MM`): who had the most claimed wishes confirmed, in the 所 or county. */
  board: { month: string; scope: 'institute' | 'county'; lines: BoardLine[] };
};
