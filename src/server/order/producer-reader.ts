import { holdsRole } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { requireProducer } from '../market/guards';
import { ownProducerId } from '../market/producer-repo';
import { requireStaffOver } from '../shared/guards';

/**
 * Whose sales or income the caller reads: their own as a producer, or the named producer's when the caller is
 * staff over that producer's station (mySales and myIncome). One read of the caller; a named producer read
 * alongside it.
 */
export async function producerInView(ctx: Ctx, producerId: string | undefined): Promise<string> {
  const own = ownProducerId(ctx.userId);
  if (producerId && producerId !== own) {
    const [, producer] = await Promise.all([ctx.me(), requireProducer(producerId)]);
    await requireStaffOver(ctx, producer.stationPath);
    return producerId;
  }
  if (!holdsRole(await ctx.me(), 'producer')) throw new AppError('MARKET_PRODUCER_REQUIRED');
  return own;
}
