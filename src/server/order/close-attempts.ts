import type { OrderDoc } from './repo';
import { closeOrder, queryOrder } from './pay-api';

/** WeChat refuses closeOrder earlier than 5 minutes after an attempt was ordered. */
const CLOSE_AFTER_MS = 5 * 60_000;

/** Best effort after a cancel: closes the attempts WeChat lets close now (failures are the callback's to handle). */
export async function closeOpenAttempts(o: OrderDoc, now: number): Promise<void> {
  await Promise.all(
    o.attempts
      .filter((a) => now - a.at >= CLOSE_AFTER_MS)
      .map((a) => closeOrder(a.outTradeNo).catch((err) => console.warn(`[order] closeOrder ${a.outTradeNo}: ${String(err)}`))),
  );
}

/** Past this, WeChat can take no payment for an attempt whatever closeOrder answered (timeExpire was the order's 15 minutes). */
const GIVE_UP_AFTER_MS = 15 * 60_000;

/**
 * Before the release job cancels an unpaid order: each attempt is asked whether it was paid after all
 * (then the order is paid, not cancelled) and closed otherwise. Answers the outTradeNo WeChat says was
 * paid, 'open' when an attempt could still be paid and would not close (try again next run), or null.
 */
export async function settleAttempts(o: OrderDoc, now: number): Promise<{ paid: string; transactionId?: string } | 'open' | null> {
  const paid = (s: { tradeState?: string; totalFee?: number } | null) => s?.tradeState === 'SUCCESS' && s.totalFee === o.amountFen;
  for (const a of o.attempts) {
    const state = await queryOrder(a.outTradeNo);
    if (paid(state)) return { paid: a.outTradeNo, transactionId: state?.transactionId };
    if (!state || state.tradeState === 'CLOSED' || (await closeOrder(a.outTradeNo))) continue;
    const again = await queryOrder(a.outTradeNo);
    if (paid(again)) return { paid: a.outTradeNo, transactionId: again?.transactionId };
    const payable = again?.tradeState === 'NOTPAY' || again?.tradeState === 'USERPAYING';
    if (payable && now < o.payBy + GIVE_UP_AFTER_MS) return 'open';
  }
  return null;
}
