import { holdsRole, isStaffAnywhere, isStaffOver } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { requireProducer } from '../market/guards';
import { ownProducerId } from '../market/producer-repo';

/**
 * Whose sales or income the caller reads: their own as a producer, or the named producer's when the caller is
 * staff over that producer's station (mySales and myIncome). One read of the caller; a named producer read
 * alongside it.
 */
export async function producerInView(ctx: Ctx, producerId: string | undefined): Promise<string> {
  const own = ownProducerId(ctx.userId);
  if (producerId && producerId !== own) {
    const [me, producer] = await Promise.all([ctx.me(), requireProducer(producerId)]);
    if (!isStaffOver(me, producer.stationPath)) throw new AppError(isStaffAnywhere(me) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');
    return producerId;
  }
  if (!holdsRole(await ctx.me(), 'producer')) throw new AppError('MARKET_PRODUCER_REQUIRED');
  return own;
}
