import { MarketInput } from '../../contracts/market.schema';
import { PRODUCER_MACHINE } from '../../core/market';
import { notStaffRefusal } from '../../core/market-access';
import { isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { refuseIf, requireProducer } from './guards';
import { producerNotice } from './notices';
import { approveWithRole, transitionProducer } from './producer-repo';
import { toProducerView } from './view';

/**
 * Staff over the registration's station approve it (the account gets the producer role there, in the same
 * transaction) or turn it down with a note the villager reads. Decided once: the second of two reviews at
 * the same moment answers MARKET_PRODUCER_NOT_PENDING.
 */
export const reviewProducer = defineAction({
  input: MarketInput.reviewProducer,
  write: true,
  async handle({ id, approve, note }, ctx) {
    const me = await ctx.me();
    const producer = await requireProducer(id);
    if (!isStaffOver(me, producer.stationPath)) refuseIf(notStaffRefusal(me));
    if (!PRODUCER_MACHINE.next(producer.status, approve ? 'approve' : 'reject')) throw new AppError('MARKET_PRODUCER_NOT_PENDING');

    let decided;
    if (approve) {
      decided = await approveWithRole(id, me._id, ctx.now, producer.stationName);
      if (!decided) throw new AppError('MARKET_PRODUCER_NOT_PENDING');
    } else {
      await checkTexts(ctx.openid, [{ field: 'note', label: '不通过的原因', text: note, scene: SCENE.comment }]);
      const patch = { reviewedBy: me._id, reviewedAt: ctx.now, reviewNote: note, updatedAt: ctx.now };
      if (!(await transitionProducer(id, 'reject', patch))) throw new AppError('MARKET_PRODUCER_NOT_PENDING');
      decided = { ...producer, ...patch, status: 'rejected' as const };
    }
    await audit(ctx, {
      action: approve ? 'market.approveProducer' : 'market.rejectProducer',
      targetType: 'producer',
      targetId: id,
      nodePath: producer.stationPath,
      detail: approve ? {} : { note },
    });
    ctx.notify(...producerNotice(decided, approve ? 'approved' : 'rejected', ctx.now));
    return toProducerView(decided, me);
  },
});
