import { POINTS_PAGE, PointsInput, type PostEntryView } from '../../contracts/points';
import { notify } from '../inbox/notify';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { newId } from '../shared/ids';
import { postEntry } from './ledger';
import { pointsTarget, requireStaffRole } from './scope';

/**
 * Staff over the user's station, or a center admin, correct a balance up or down with a reason. Audited,
 * and the user is told. Never takes the balance below 0 (POINTS_INSUFFICIENT). A repeated `requestId`
 * from the same staff member answers the first adjustment again.
 */
export const adjust = defineAction({
  input: PointsInput.adjust,
  authorize: requireStaffRole,
  async handle({ userId, amount, reason, requestId }, ctx): Promise<PostEntryView> {
    const { nodePath } = await pointsTarget(ctx, userId, { allowSelf: false });
    const result = await postEntry({
      userId,
      amount,
      kind: 'adjust',
      source: 'admin',
      sourceId: `${ctx.userId}:${requestId ?? newId('r', ctx.now)}`,
      actorId: ctx.userId,
      now: ctx.now,
      note: reason,
      nodePath,
    });
    if (result.duplicate) return result;
    await audit(ctx, {
      action: 'points.adjust',
      targetType: 'user',
      targetId: userId,
      nodePath,
      detail: { amount, reason, entryId: result.entryId, balanceAfter: result.balanceAfter },
    });
    const verb = amount > 0 ? '增加' : '扣减';
    await notify(ctx.now, [
      {
        userId,
        kind: 'points.adjusted',
        title: `爱心积分${verb}${Math.abs(amount)}分`,
        body: `工作人员为您${verb}了${Math.abs(amount)}分爱心积分，原因：${reason}。当前余额${result.balanceAfter}分。`,
        link: POINTS_PAGE,
        subscribe: { data: { amount: String(amount), reason, balance: String(result.balanceAfter), time: String(ctx.now) } },
      },
    ]);
    return result;
  },
});
