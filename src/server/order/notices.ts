/**
 * What orders tell whom — one wording table. Use cases queue these on ctx (the router sends them after the
 * handler succeeded); the pay callback and the release job send theirs only when their transition won.
 * Producers staff registered without a phone have no account and get no notice.
 */
import { yuan } from '../../contracts/market';
import { ORDER_PAGES as ORDER_ROUTES } from '../../contracts/order';
import type { NotifyMessage } from '../inbox/notify';
import { noticeOf, type Wording } from '../shared/wording';
import type { OrderDoc } from './repo';

export type BuyerNotice = 'paid' | 'ready' | 'completed' | 'refunded' | 'cancelled';

const what = (o: OrderDoc) => {
  const first = `「${o.lines[0].name}」`;
  return o.lines.length > 1 ? `${first}等${o.lines.length}种商品` : first;
};
const paidWith = (o: OrderDoc) => (o.payMethod === 'points' ? `${o.pointsTotal ?? 0}积分` : `${yuan(o.amountFen)}元`);

const BUYER: Record<BuyerNotice, Wording<[OrderDoc]>> = {
  paid: {
    kind: 'order.paid',
    title: '订单支付成功',
    status: '待自提',
    body: (o) => `您购买的${what(o)}已支付（${paidWith(o)}），请凭取货码${o.pickupCode ?? ''}到${o.stationName}自提。`,
  },
  ready: {
    kind: 'order.ready',
    title: '商品可以自提了',
    status: '可自提',
    body: (o) => `您购买的${what(o)}已备好，请凭取货码${o.pickupCode ?? ''}到${o.stationName}自提。`,
  },
  completed: {
    kind: 'order.completed',
    title: '订单已完成',
    status: '已完成',
    body: (o) => `您在${o.stationName}提走了${what(o)}，感谢您支持善星小集。`,
  },
  refunded: {
    kind: 'order.refunded',
    title: '订单已退款',
    status: '已退款',
    body: (o) => `您购买的${what(o)}已退款（${paidWith(o)}），原因：${o.refundReason ?? '未说明'}。`,
  },
  cancelled: {
    kind: 'order.cancelled',
    title: '订单已取消',
    status: '已取消',
    body: (o) => `您购买的${what(o)}超过15分钟未支付，订单已自动取消，商品已放回。`,
  },
};

/** The notice to the buyer about their order. */
export function buyerNotice(o: OrderDoc, notice: BuyerNotice, now: number): NotifyMessage[] {
  return [
    noticeOf(BUYER[notice], [o], {
      userId: o.buyerId,
      link: `${ORDER_ROUTES.detail}?id=${o._id}`,
      source: `order:${o._id}`,
      data: { title: o.lines[0].name, time: String(now), station: o.stationName },
    }),
  ];
}

/** Each producer with an account is told of their part of a paid order, once. */
export function saleNotices(o: OrderDoc, now: number): NotifyMessage[] {
  const byProducer = new Map<string, OrderDoc['lines']>();
  for (const l of o.lines) if (l.producerUserId) byProducer.set(l.producerUserId, [...(byProducer.get(l.producerUserId) ?? []), l]);
  return [...byProducer.entries()].map(([userId, lines]) => {
    const units = lines.map((l) => `「${l.name}」${l.qty}${l.unit}`).join('、');
    const income = lines.reduce((s, l) => s + l.amountFen - l.feeFen, 0);
    const worth = o.payMethod === 'points' ? `${lines.reduce((s, l) => s + (l.points ?? 0), 0)}积分` : `收入${yuan(income)}元`;
    return {
      userId,
      kind: 'order.sold' as const,
      title: '您的商品卖出了',
      body: `${units}已售出（${worth}）${o.loveBuy ? '，爱心采购' : ''}，买家将到${o.stationName}自提。`,
      link: ORDER_ROUTES.sales,
      source: `order:${o._id}`,
      subscribe: { data: { title: lines[0].name, status: '已售出', time: String(now), station: o.stationName } },
    };
  });
}

/** A paid order: the buyer and every producer. */
export function paidNotices(o: OrderDoc, now: number): NotifyMessage[] {
  return [...buyerNotice(o, 'paid', now), ...saleNotices(o, now)];
}
