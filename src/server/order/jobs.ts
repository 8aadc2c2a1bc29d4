/**
 * The orders' timer job (registered in src/server/timer/registry.ts; docs/jobs.md, docs/orders.md).
 *
 * orderRelease, every 5 minutes — so an unpaid order is released at most 5 minutes after its 15:
 * 1. pending_payment orders placed 15 minutes ago or more: each WeChat attempt is asked (queryOrder) and
 *    closed; one paid after all marks the order paid instead (the same transition as the callback); else
 *    the order is cancelled by ONE conditional transition `expire` — the guard: a second run, or a run at
 *    the same time, or the buyer cancelling, or the callback paying, changes it at most once — and only
 *    the winner gives the stock back and tells the buyer.
 * 2. Repair: orders still `reserving` after ORDER_INTERNALS.reservingStaleMs belong to a call that died
 *    mid-way: whatever they hold is given back and they are removed; final orders whose holds a crashed
 *    call left (`stockHeld`) are settled. Both are keyed by the order, so they happen once.
 */
import { ORDER_RULES } from '../../contracts/order';
import { ORDER_INTERNALS } from '../../core/order';
import { drain } from '../timer/batch';
import type { Budget, JobOutcome, TimerJob } from '../timer/job';
import { withNotices } from '../timer/notices';
import { settleAttempts } from './close-attempts';
import { markPaidByWechat } from './mark-paid';
import { buyerNotice, paidNotices } from './notices';
import { consumeAll, releaseAll } from './reservation';
import { dueByState, removeReserving, transition, unsettled, type OrderDoc } from './repo';

const cursorOf = (o: OrderDoc) => ({ at: o.createdAt, id: o._id });

async function expireOne(o: OrderDoc, now: number): Promise<boolean> {
  return withNotices(now, async (tell) => {
    const settled = o.payMethod === 'wechat' ? await settleAttempts(o, now) : null;
    if (settled === 'open') return false;
    if (settled) {
      const patch = await markPaidByWechat(o, settled.paid, settled.transactionId, now);
      if (patch) tell(...paidNotices({ ...o, ...patch, state: 'paid' }, now));
      return !!patch;
    }
    const patch = { cancelledAt: now, cancelReason: 'unpaid' as const, updatedAt: now };
    if (!(await transition(o._id, 'expire', {}, patch))) return false;
    const done = { ...o, ...patch, state: 'cancelled' as const };
    await releaseAll(done, now);
    tell(...buyerNotice(done, 'cancelled', now));
    return true;
  });
}

async function undoReserving(o: OrderDoc, now: number): Promise<boolean> {
  await releaseAll(o, now);
  return removeReserving(o._id);
}

async function settle(o: OrderDoc, now: number): Promise<boolean> {
  if (o.state === 'completed') await consumeAll(o, now);
  else await releaseAll(o, now);
  return true;
}

async function run(now: number, budget: Budget): Promise<JobOutcome> {
  const expired = await drain(
    {
      fetch: (after, limit) => dueByState('pending_payment', now - ORDER_RULES.unpaidMs, after, limit),
      cursorOf,
      handle: (o) => expireOne(o, now),
    },
    budget,
  );
  const stale = await drain(
    {
      fetch: (after, limit) => dueByState('reserving', now - ORDER_INTERNALS.reservingStaleMs, after, limit),
      cursorOf,
      handle: (o) => undoReserving(o, now),
    },
    budget,
  );
  const left = await drain(
    {
      fetch: (after, limit) => unsettled(now - ORDER_INTERNALS.reservingStaleMs, after, limit),
      cursorOf: (o: OrderDoc) => ({ at: o.updatedAt, id: o._id }),
      handle: (o) => settle(o, now),
    },
    budget,
  );
  return { done: expired.done + stale.done + left.done, more: expired.more || stale.more || left.more };
}

/** Every 5 minutes, 200 ms: a release is about 4 writes (and two pay calls per WeChat attempt). */
const orderRelease: TimerJob = { name: 'orderRelease', schedule: 'every5Minutes', budgetMs: 200, run };

export const ORDER_JOBS: readonly TimerJob[] = [orderRelease];
