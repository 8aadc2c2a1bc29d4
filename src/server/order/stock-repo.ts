/**
 * Stock, held per order on the listing itself. A listing is the hot document of a rush, so it is never
 * in a transaction: each take is ONE conditional write that both checks and moves the stock and records
 * the order's hold on the same document (`holds.<orderId>` = qty). The database applies condition and
 * change atomically, so of N buyers at once only as many win as there are units — never below 0 — and a
 * hold is given back by one conditional write that matches only while the hold is there: releasing twice,
 * or from two callers at once, returns the units once. Every write bumps the listing's `rev`, so a
 * producer's stock edit made on a revision read before an order never overwrites that order's take.
 */
import { COLLECTIONS } from '../../contracts/collections';
import { LISTING_MACHINE } from '../../core/market';
import { db } from '../cloud';
import { isDuplicateKey, updateIf, command as _ } from '../shared/docs';

const holdField = (orderId: string) => `holds.${orderId}`;

/** What a take was checked against: the listing as the buyer saw it on sale. */
export type TakeTerms = { listingId: string; orderId: string; qty: number; priceFen: number; stationId: string; now: number };

/**
 * Takes `qty` units for the order, or nothing: ONE conditional write (at least `qty` left, still on sale on
 * the terms the buyer saw — a listing edited meanwhile is not sold on old terms). A buyer who lost the race
 * stops there: in a rush of 2,000 for 50 units the listing sees one write per buyer. A winner then sells
 * the listing out if its take reached 0 (the machine's sellOut, conditional on stock 0, so it is set
 * exactly when the stock is gone and never over a later release).
 */
export async function takeStock(t: TakeTerms): Promise<boolean> {
  const c = _();
  const taken = await updateIf(
    COLLECTIONS.listings,
    {
      _id: t.listingId,
      // Units sell only from a listing that selling could sell out (on sale): the machine's sellOut from-states.
      status: c.in([...LISTING_MACHINE.from('sellOut')]),
      priceFen: t.priceFen,
      stationId: t.stationId,
      stock: c.gte(t.qty),
      [holdField(t.orderId)]: c.exists(false),
    },
    { stock: c.inc(-t.qty), soldCount: c.inc(t.qty), [holdField(t.orderId)]: t.qty, rev: c.inc(1), updatedAt: t.now },
  );
  if (taken) {
    await updateIf(
      COLLECTIONS.listings,
      { _id: t.listingId, status: c.in([...LISTING_MACHINE.from('sellOut')]), stock: 0 },
      { status: LISTING_MACHINE.transitions.sellOut.to, rev: c.inc(1), updatedAt: t.now },
    );
  }
  return taken;
}

/**
 * Gives the order's units back, once: matches only while the hold is there. A listing sold out by it
 * goes back on sale (restock) in a second write; one taken off meanwhile stays off.
 */
export async function releaseStock(listingId: string, orderId: string, qty: number, now: number): Promise<boolean> {
  const c = _();
  const back = await updateIf(
    COLLECTIONS.listings,
    { _id: listingId, [holdField(orderId)]: qty },
    { stock: c.inc(qty), soldCount: c.inc(-qty), [holdField(orderId)]: c.remove(), rev: c.inc(1), updatedAt: now },
  );
  if (back) {
    await updateIf(
      COLLECTIONS.listings,
      { _id: listingId, status: c.in([...LISTING_MACHINE.from('restock')]), stock: c.gt(0) },
      { status: LISTING_MACHINE.transitions.restock.to, rev: c.inc(1), updatedAt: now },
    );
  }
  return back;
}

/** The units left the shop with the buyer: the hold is dropped, the stock stays as it is (sold). */
export function consumeStock(listingId: string, orderId: string, qty: number): Promise<boolean> {
  return updateIf(COLLECTIONS.listings, { _id: listingId, [holdField(orderId)]: qty }, { [holdField(orderId)]: _().remove() });
}

/**
 * Per-buyer limits: one document per buyer and listing (`<userId>:<listingId>`), the units the buyer's
 * orders hold (`qty`) and which orders hold them (`orders.<orderId>`). Not a hot document (one buyer's),
 * and each take and release is one conditional write on it, so ten orders at once from one buyer never
 * pass the cap together and a release gives back once.
 */
const limitId = (userId: string, listingId: string) => `${userId}:${listingId}`;

export async function takeBuyerLimit(userId: string, listingId: string, orderId: string, qty: number, limit: number, now: number) {
  if (qty > limit) return false;
  const c = _();
  const take = () =>
    updateIf(
      COLLECTIONS.orderBuyerLimits,
      { _id: limitId(userId, listingId), qty: c.lte(limit - qty), [`orders.${orderId}`]: c.exists(false) },
      { qty: c.inc(qty), [`orders.${orderId}`]: qty, updatedAt: now },
    );
  if (await take()) return true;
  try {
    await db()
      .collection(COLLECTIONS.orderBuyerLimits)
      .add({ data: { _id: limitId(userId, listingId), userId, listingId, qty, orders: { [orderId]: qty }, updatedAt: now } });
    return true;
  } catch (err) {
    // The document exists: it was full, or another of this buyer's orders created it just now.
    if (!isDuplicateKey(err)) throw err;
    return take();
  }
}

export function releaseBuyerLimit(userId: string, listingId: string, orderId: string, qty: number, now: number): Promise<boolean> {
  const c = _();
  return updateIf(
    COLLECTIONS.orderBuyerLimits,
    { _id: limitId(userId, listingId), [`orders.${orderId}`]: qty },
    { qty: c.inc(-qty), [`orders.${orderId}`]: c.remove(), updatedAt: now },
  );
}
