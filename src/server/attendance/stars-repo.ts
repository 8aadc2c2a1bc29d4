import { COLLECTIONS } from '../../contracts/collections';
import type { EventCategory } from '../../contracts/event';
import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { isDuplicateKey, keysetRead, rows } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';

/**
 * One 志愿之星 (collection volunteer_stars). `_id` = `<month>:<scope node>:<user>`: a volunteer is a star of
 * a scope once a month, and the id is the bonus's ledger source, so it is paid once. `seat` =
 * `<month>:<scope node>#<k>` (k = 1 … 20, unique) holds the 20-a-month cap against two staff picking at once.
 */
export type StarDoc = {
  _id: string;
  seat: string;
  month: string;
  scopeNodeId: string;
  scopeName: string;
  scopePath: string[];
  userId: string;
  name: string;
  stationName: string;
  category?: EventCategory;
  hours: number;
  bonusPoints: number;
  pickedBy: string;
  pickedAt: number;
};

const stars = () => db().collection(COLLECTIONS.volunteerStars);

export const starId = (month: string, scopeNodeId: string, userId: string): string => `${month}:${scopeNodeId}:${userId}`;
export const starSeat = (month: string, scopeNodeId: string, k: number): string => `${month}:${scopeNodeId}#${k}`;

/** The stars of one scope and month (at most 20): one read. */
export const starsOf = (month: string, scopeNodeId: string): Promise<StarDoc[]> =>
  rows<StarDoc>(stars().where({ month, scopeNodeId }).limit(100));

/** Inserts a star: 'ok', 'exists' (that volunteer is already this scope's star this month) or 'seat' (seat k taken). */
export async function insertStar(doc: StarDoc): Promise<'ok' | 'exists' | 'seat'> {
  try {
    await stars().add({ data: doc });
    return 'ok';
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return /seat/.test(String((err as Error)?.message ?? err)) ? 'seat' : 'exists';
  }
}

const newestFirst: Order = [
  ['month', 'desc', 'string'],
  ['pickedAt', 'desc', 'number'],
  ['_id', 'desc', 'string'],
];

/** Stars of one month, or of every month newest first: one read a page. */
export const starsPage = (month: string | undefined, req: PageRequest): Promise<Page<StarDoc>> =>
  keysetRead<StarDoc>(COLLECTIONS.volunteerStars, month ? { month } : {}, newestFirst, req);
