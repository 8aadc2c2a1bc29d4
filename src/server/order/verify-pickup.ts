import { ORDER_RULES } from '../../contracts/order';
import { OrderInput } from '../../contracts/order.schema';
import { isStaffAnywhere, isStaffOver } from '../../core/access';
import { noPickupKey, pickupKeyOf } from '../../core/order';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { isExhausted, takeHit } from '../shared/rate-limit';
import type { UserDoc } from '../user/repo';
import { wrongState } from './guards';
import { buyerNotice } from './notices';
import { consumeAll } from './reservation';
import { byPickupCode, byPickupKey, transition } from './repo';
import { toOrderView } from './view';

const WRONG_CODES = { limit: ORDER_RULES.pickupWrongLimit, windowMs: ORDER_RULES.pickupWrongWindowMs };

/** Staff who may hand over at `stationId`, or the refusal (checked before a code is looked at). */
async function requireStationStaff(me: UserDoc, stationId: string): Promise<void> {
  if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
  const station = await findNode(stationId);
  if (!station || station.kind !== 'station') throw new AppError('NODE_NOT_FOUND');
  if (!isStaffOver(me, station.path)) throw new AppError('OUT_OF_SCOPE');
}

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
    const patch = { completedAt: ctx.now, verifiedBy: me._id, pickupKey: noPickupKey(o._id), updatedAt: ctx.now };
    if (!(await transition(o._id, 'pickup', { pickupKey: key }, patch))) {
      // Verified by someone else a moment ago (or refunded): the code is spent.
      if ((await byPickupKey(key)) === null) throw new AppError('PICKUP_CODE_USED');
      throw wrongState('pickup');
    }
    const done = { ...o, ...patch, state: 'completed' as const };
    await consumeAll(done, ctx.now);
    await audit(ctx, { action: 'order.pickup', targetType: 'order', targetId: o._id, nodePath: o.stationPath, detail: { code } });
    ctx.notify(...buyerNotice(done, 'completed', ctx.now));
    return toOrderView({ ...done, stockHeld: false }, 'staff', me, ctx.now);
  },
});
