import { MarketInput } from '../../contracts/market.schema';
import { isStaffOver, notStaffRefusal } from '../../core/access';
import { AppError } from '../errors';
import { audit, targetOf } from '../shared/audit';
import { producerWrite } from './guards';
import { refuseIf } from '../shared/guards';
import { setSupport } from './producer-repo';
import { setSupported } from './repo';
import { toProducerView } from './view';

/**
 * Staff over a producer's station mark the household as one the network supports (脱贫户 低保户 五保户 残疾人
 * 特困), or take the mark away (`category: null`). The category stays on the producer, for staff; the
 * producer's listings carry only the badge, set in one write over all of them.
 *
 * A listing created at the very moment the mark changes may keep the old badge (it copied the producer
 * before this write); marking again, or the next edit, puts it right.
 */
export const markSupported = producerWrite(MarketInput.markSupported, async (producer, me, { id, category }, ctx) => {
  if (!isStaffOver(me, producer.stationPath)) refuseIf(notStaffRefusal(me));
  if (producer.status !== 'approved') throw new AppError('MARKET_PRODUCER_NOT_APPROVED');
  if (!(await setSupport(id, category, me._id, ctx.now))) throw new AppError('MARKET_PRODUCER_NOT_APPROVED');
  await setSupported(id, category !== null, ctx.now);
  await audit(ctx, {
    action: 'market.markSupported',
    ...targetOf('producer', producer),
    detail: { category },
  });
  const { supportCategory: _old, ...rest } = producer;
  return toProducerView({ ...rest, supported: category !== null, ...(category ? { supportCategory: category } : {}) }, me);
});
