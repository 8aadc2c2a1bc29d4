import type { OrderView } from '@/contracts/order';
import { pay } from '@/services/pay';
import { orderApi } from '@/services/order';

/**
 * Pays a pending order: points are spent by the server at once; WeChat answers a payment for WeChat's pay
 * sheet (the 模拟支付 sheet in H5). Answers a note for the order page when it did not end paid, or null.
 * "paid" from the sheet is not proof: the order page reloads the order, paid when the server says so.
 */
export async function payOrder(o: Pick<OrderView, 'id'>): Promise<string | null> {
  const r = await orderApi.pay({ orderId: o.id });
  if (!r.ok) return `支付没有完成：${r.message}`;
  if (!r.data.payment) return r.data.order.state === 'paid' ? null : '支付没有完成，请稍后再试';
  const outcome = await pay(r.data.payment);
  if (outcome.status === 'paid') return (await paidSoon(o.id)) ? null : '已付款，正在等微信确认，请稍后下拉刷新。';
  if (outcome.status === 'cancelled') return '您取消了支付。15分钟内可以点“去支付”再付，超时订单会自动取消。';
  return outcome.message;
}

/** WeChat's notification may come after the sheet closed: ask again a few times (about 8 s in all). */
async function paidSoon(orderId: string): Promise<boolean> {
  for (let i = 0; i < 8; i++) {
    const r = await orderApi.orderDetail({ orderId });
    if (r.ok && r.data.state !== 'pending_payment') return true;
    await new Promise((done) => setTimeout(done, 1000));
  }
  return false;
}
