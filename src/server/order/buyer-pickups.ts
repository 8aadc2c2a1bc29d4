import type { BuyerPickupAction, BuyerPickupsView } from '../../contracts/order';
import { OrderInput } from '../../contracts/order.schema';
import { ORDER_MACHINE } from '../../core/order';
import { maskPhone } from '../../core/mask';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { findUser } from '../user/repo';
import { readUserCode } from '../user/user-code';
import { buyerPickupPage } from './pickup-repo';
import type { OrderDoc } from './repo';
import { requireStationStaff } from './station-staff';
import { toOrderView } from './view';

/**
 * Staff of a pickup station read the buyer's 个人码 there (instead of the 6-digit code) and see that person's
 * orders waiting for pickup at THIS station only — orders for another station stay out of sight, and staff
 * elsewhere are refused before the code is read. Each order carries `handOver` while the machine allows the
 * pickup. The person's phone is masked. Audited, like reading a 个人码 anywhere.
 * Reads: the caller, the station, the person, a page of their open orders here (index buyerId+state).
 */
export const buyerPickups = defineAction({
  input: OrderInput.buyerPickups,
  async handle({ stationId, code, cursor, limit }, ctx): Promise<BuyerPickupsView> {
    const me = await ctx.me();
    const station = await requireStationStaff(me, stationId);
    const { userId } = await readUserCode(code, ctx.now);
    // Both depend only on the code's person: read them at once.
    const [buyer, page] = await Promise.all([findUser(userId), buyerPickupPage(userId, stationId, { cursor, limit })]);
    if (!buyer) throw new AppError('USER_NOT_FOUND');
    const actions = (o: OrderDoc): BuyerPickupAction[] =>
      ORDER_MACHINE.eventsFor(o.state, ['staff']).includes('pickup') ? ['handOver'] : [];
    await audit(ctx, {
      action: 'order.buyerPickups',
      targetType: 'user',
      targetId: userId,
      nodePath: station.path,
      detail: { found: page.items.length },
    });
    const phone = buyer.volunteer?.phone;
    return {
      items: page.items.map((o) => ({ order: toOrderView(o, 'staff', me, ctx.now), actions: actions(o) })),
      next: page.next,
      stationId,
      stationName: station.name,
      buyerId: userId,
      buyerName: buyer.volunteer?.realName ?? buyer.nickname,
      ...(phone ? { buyerPhone: maskPhone(phone) } : {}),
    };
  },
});
