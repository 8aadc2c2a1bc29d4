/**
 * An order's stock, all lines or none. placeOrder writes the order first (state `reserving`, every line
 * named), then takes each line with its own conditional write; if one fails, the lines already taken are
 * given back and the order removed. A crash anywhere in between leaves an order in `reserving` whose holds
 * are all keyed by its id, so the repair job can give back whatever it holds — a release of a line never
 * taken matches nothing. Releases after a cancel or refund work the same way, guarded by the order's
 * transition first and by each hold itself second.
 */
import { AppError } from '../errors';
import { markStockSettled, type OrderDoc } from './repo';
import { consumeStock, releaseBuyerLimit, releaseStock, takeBuyerLimit, takeStock } from './stock-repo';

type Line = OrderDoc['lines'][number];

/** What failed when a line could not be held. */
export type HoldFailure = 'OUT_OF_STOCK' | 'LIMIT_PER_BUYER';

/**
 * Takes every line of `order` (in the order given; lines run one after another so a failure stops early),
 * or none: answers null when all are held, else the failure after giving back what was taken.
 */
export async function holdAll(order: OrderDoc, now: number): Promise<HoldFailure | null> {
  const taken: { line: Line; limit: boolean; stock: boolean }[] = [];
  let failure: HoldFailure | null = null;
  try {
    for (const line of order.lines) {
      const held = { line, limit: false, stock: false };
      taken.push(held);
      if (line.perBuyerLimit !== undefined) {
        held.limit = await takeBuyerLimit(order.buyerId, line.listingId, order._id, line.qty, line.perBuyerLimit, now);
        if (!held.limit) {
          failure = 'LIMIT_PER_BUYER';
          break;
        }
      }
      held.stock = await takeStock({
        listingId: line.listingId,
        orderId: order._id,
        qty: line.qty,
        priceFen: line.priceFen,
        stationId: order.stationId,
        now,
      });
      if (!held.stock) {
        failure = 'OUT_OF_STOCK';
        break;
      }
    }
  } catch (err) {
    await giveBack(order, taken, now).catch(() => undefined);
    throw err;
  }
  if (failure) await giveBack(order, taken, now);
  return failure;
}

async function giveBack(order: OrderDoc, taken: { line: Line; limit: boolean; stock: boolean }[], now: number): Promise<void> {
  await Promise.all(
    taken.map(async ({ line, limit, stock }) => {
      if (stock) await releaseStock(line.listingId, order._id, line.qty, now);
      if (limit) await releaseBuyerLimit(order.buyerId, line.listingId, order._id, line.qty, now);
    }),
  );
}

/**
 * Gives back every line of an order that no longer holds stock (cancelled, refunded, or abandoned while
 * reserving) and marks it settled. Safe to run any number of times, also at once: each hold and each
 * limit share is returned by the one write that still finds it.
 */
export async function releaseAll(order: OrderDoc, now: number): Promise<void> {
  await Promise.all(
    order.lines.map(async (line) => {
      await releaseStock(line.listingId, order._id, line.qty, now);
      if (line.perBuyerLimit !== undefined) await releaseBuyerLimit(order.buyerId, line.listingId, order._id, line.qty, now);
    }),
  );
  if (order.state !== 'reserving') await markStockSettled(order._id, now);
}

/** A completed order: its holds become sales (the stock stays taken; a buyer's limit share stays counted). */
export async function consumeAll(order: OrderDoc, now: number): Promise<void> {
  await Promise.all(order.lines.map((line) => consumeStock(line.listingId, order._id, line.qty)));
  await markStockSettled(order._id, now);
}

/** The error a hold failure answers. */
export function holdError(failure: HoldFailure): AppError {
  return new AppError(failure);
}
