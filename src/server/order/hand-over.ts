import type { OrderView } from '../../contracts/order';
import { noPickupKey } from '../../core/order';
import type { Ctx } from '../ctx';
import { audit } from '../shared/audit';
import type { UserDoc } from '../user/repo';
import { buyerNotice } from './notices';
import { consumeAll } from './reservation';
import { transition, type OrderDoc } from './repo';
import { toOrderView } from './view';

/** How the buyer proved it was them at the counter: their 6-digit pickup code, or their 个人码. */
export type PickupProof = { code: string } | { userCode: true };

/**
 * Hands order `o` (as read) over at its station: the machine's `pickup` event in one conditional write that
 * also matches the pickup key read (so the code it held is freed in the same write, and of two hand-overs
 * at once — by code, by 个人码, two counters — exactly one wins), then the holds consumed, the audit entry
 * and the buyer's notice, once. Null for the caller whose write did not land (taken meanwhile, refunded):
 * each entry says why in its own words. Both ways of picking up go through here.
 */
export async function handOver(o: OrderDoc, me: UserDoc, ctx: Ctx, proof: PickupProof): Promise<OrderView | null> {
  const patch = { completedAt: ctx.now, verifiedBy: me._id, pickupKey: noPickupKey(o._id), updatedAt: ctx.now };
  if (!(await transition(o._id, 'pickup', { pickupKey: o.pickupKey }, patch))) return null;
  const done = { ...o, ...patch, state: 'completed' as const };
  await consumeAll(done, ctx.now);
  await audit(ctx, { action: 'order.pickup', targetType: 'order', targetId: o._id, nodePath: o.stationPath, detail: proof });
  ctx.notify(...buyerNotice(done, 'completed', ctx.now));
  return toOrderView({ ...done, stockHeld: false }, 'staff', me, ctx.now);
}
