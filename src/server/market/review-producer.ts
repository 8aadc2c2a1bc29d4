import { MarketInput } from '../../contracts/market.schema';
import { PRODUCER_MACHINE } from '../../core/market';
import { isStaffOver, notStaffRefusal } from '../../core/access';
import { AppError } from '../errors';
import { targetOf } from '../shared/audit';
import { auditReview, checkRefusal, decidedBy } from '../shared/review';
import { producerWrite } from './guards';
import { refuseIf } from '../shared/guards';
import { producerNotice } from './notices';
import { approveWithRole, transitionProducer } from './producer-repo';
import { toProducerView } from './view';

/**
 * Staff over the registration's station approve it (the account gets the producer role there, in the same
 * transaction) or turn it down with a note the villager reads. Decided once: the second of two reviews at
 * the same moment answers MARKET_PRODUCER_NOT_PENDING.
 */
export const reviewProducer = producerWrite(MarketInput.reviewProducer, async (producer, me, { id, approve, note }, ctx) => {
  if (!isStaffOver(me, producer.stationPath)) refuseIf(notStaffRefusal(me));
  if (!PRODUCER_MACHINE.next(producer.status, approve ? 'approve' : 'reject')) throw new AppError('MARKET_PRODUCER_NOT_PENDING');

  let decided;
  if (approve) {
    decided = await approveWithRole(id, me._id, ctx.now, producer.stationName);
    if (!decided) throw new AppError('MARKET_PRODUCER_NOT_PENDING');
  } else {
    await checkRefusal(ctx, 'note', note);
    const patch = { ...decidedBy(me, ctx.now), reviewNote: note };
    if (!(await transitionProducer(id, 'reject', patch))) throw new AppError('MARKET_PRODUCER_NOT_PENDING');
    decided = { ...producer, ...patch, status: 'rejected' as const };
  }
  await auditReview(ctx, approve, {
    actions: ['market.approveProducer', 'market.rejectProducer'],
    ...targetOf('producer', producer),
    detail: [{}, { note }],
  });
  ctx.notify(...producerNotice(decided, approve ? 'approved' : 'rejected', ctx.now));
  return toProducerView(decided, me);
});
