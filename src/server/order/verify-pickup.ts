import { ORDER_RULES } from '../../contracts/order';
import { OrderInput } from '../../contracts/order.schema';
import { pickupKeyOf } from '../../core/order';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { isExhausted, takeHit } from '../shared/rate-limit';
import { wrongState } from './guards';
import { handOver } from './hand-over';
import { byPickupCode, byPickupKey } from './repo';
import { requireStationStaff } from './station-staff';

const WRONG_CODES = { limit: ORDER_RULES.pickupWrongLimit, windowMs: ORDER_RULES.pickupWrongWindowMs };

/** Why a code found no open order at this station: used here, open at another station, or wrong. */
async function missReason(stationId: string, code: string): Promise<'PICKUP_CODE_USED' | 'PICKUP_WRONG_STATION' | 'PICKUP_CODE_WRONG'> {
  const holders = await byPickupCode(code);
  if (holders.some((o) => o.stationId !== stationId && (o.state === 'paid' || o.state === 'ready'))) return 'PICKUP_WRONG_STATION';
  if (holders.some((o) => o.stationId === stationId && o.state === 'completed')) return 'PICKUP_CODE_USED';
  return 'PICKUP_CODE_WRONG';
}

/**
 * Staff of the pickup station type or scan the buyer's 6-digit code → the order is completed. The code is
 * the unique key `stationId:code` of one open order, so it works only at its station and only once: the
 * completion is one conditional transition matching that key, which it frees in the same write. Wrong
 * codes count per staff member (10 a minute, then PICKUP_CODE_LOCKED until the oldest leaves the minute);
 * a locked member is refused before the code is looked at, so guessing learns nothing.
 * Database calls: user, lock, station, order (4 reads); the transition, the holds consumed (one write a
 * line), the settle, audit, the buyer's notice and the write budget.
 */
export const verifyPickup = defineAction({
  input: OrderInput.verifyPickup,
  write: true,
  async handle({ stationId, code }, ctx) {
    const me = await ctx.me();
    const lock = `pickup:${me._id}`;
    if (await isExhausted(lock, WRONG_CODES, ctx.now)) throw new AppError('PICKUP_CODE_LOCKED');
    await requireStationStaff(me, stationId);
    const key = pickupKeyOf(stationId, code);
    const o = await byPickupKey(key);
    if (!o) {
      const reason = await missReason(stationId, code);
      if (!(await takeHit(lock, WRONG_CODES, ctx.now))) throw new AppError('PICKUP_CODE_LOCKED');
      throw new AppError(reason);
    }
    const done = await handOver(o, me, ctx, { code });
    if (done) return done;
    // Verified by someone else a moment ago (or refunded): the code is spent.
    if ((await byPickupKey(key)) === null) throw new AppError('PICKUP_CODE_USED');
    throw wrongState('pickup');
  },
});
