import type { IncomeView } from '../../contracts/ledger';
import { LEDGER_RULES } from '../../contracts/ledger';
import { LedgerInput } from '../../contracts/ledger.schema';
import { holdsRole, isStaffAnywhere, isStaffOver } from '../../core/access';
import { chinaMonth, foldIncome, monthsBack } from '../../core/ledger';
import { AppError } from '../errors';
import { requireProducer } from '../market/guards';
import { ownProducerId } from '../market/producer-repo';
import { defineAction } from '../router';
import { incomeGroups } from './repo';

/**
 * A producer's income per month — amount − fee of their lines of paid orders (WeChat), points orders and
 * refunds apart — for one month or the latest 12. Staff over a producer's station name them. The monthly
 * totals of mySales' per-order income: 2 reads (the caller; a named producer) and 1 aggregate.
 */
export const myIncome = defineAction({
  input: LedgerInput.myIncome,
  async handle({ producerId, month }, ctx): Promise<IncomeView> {
    const own = ownProducerId(ctx.userId);
    if (producerId && producerId !== own) {
      const [me, producer] = await Promise.all([ctx.me(), requireProducer(producerId)]);
      if (!isStaffOver(me, producer.stationPath)) throw new AppError(isStaffAnywhere(me) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');
    } else if (!holdsRole(await ctx.me(), 'producer')) throw new AppError('MARKET_PRODUCER_REQUIRED');
    const id = producerId ?? own;
    const months = month ? [month] : monthsBack(chinaMonth(ctx.now), LEDGER_RULES.incomeMonths);
    return { producerId: id, months: foldIncome(await incomeGroups(id, months)) };
  },
});
