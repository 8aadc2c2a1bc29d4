import type { IncomeView } from '../../contracts/ledger';
import { LEDGER_RULES } from '../../contracts/ledger';
import { LedgerInput } from '../../contracts/ledger.schema';
import { chinaMonth, foldIncome, monthsBack } from '../../core/ledger';
import { producerInView } from '../order/producer-reader';
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
    const id = await producerInView(ctx, producerId);
    const months = month ? [month] : monthsBack(chinaMonth(ctx.now), LEDGER_RULES.incomeMonths);
    return { producerId: id, months: foldIncome(await incomeGroups(id, months)) };
  },
});
