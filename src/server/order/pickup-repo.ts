/** The read a pickup by 个人码 needs from `orders` (the orders repository, repo.ts, does every write). */
import { COLLECTIONS } from '../../contracts/collections';
import type { Page } from '../../contracts/paging';
import { OPEN_FOR_PICKUP } from '../../core/order';
import { db } from '../cloud';
import { keysetRead } from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';
import type { OrderDoc } from './repo';

const NEWEST = orderBy('createdAt', 'desc');

/** One buyer's orders waiting for pickup at one station, newest first: one read (index buyerId+state+createdAt). */
export function buyerPickupPage(buyerId: string, stationId: string, page: PageRequest): Promise<Page<OrderDoc>> {
  const where = { buyerId, state: db().command.in([...OPEN_FOR_PICKUP]), stationId };
  return keysetRead<OrderDoc>(COLLECTIONS.orders, where, NEWEST, page);
}
