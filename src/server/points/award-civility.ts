import { POINTS_PAGE, PointsInput, type PostEntryView } from '../../contracts/points';
import { notify } from '../inbox/notify';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { newId } from '../shared/ids';
import { postEntry } from './ledger';
import { pointsTarget, requireStaffRole } from './scope';

/**
 * Station staff award civility points (文明积分) to a resident of their subtree for garbage sorting,
 * helping neighbours and the like: 1–50 points with a category. Audited; the resident is told.
 */
export const awardCivility = defineAction({
  input: PointsInput.awardCivility,
  authorize: requireStaffRole,
  async handle({ userId, amount, category, note, requestId }, ctx): Promise<PostEntryView> {
    const { nodePath } = await pointsTarget(ctx, userId, { allowSelf: false });
    const reason = note ? `${category}：${note}` : category;
    const result = await postEntry({
      userId,
      amount,
      kind: 'earn',
      source: 'civility',
      sourceId: `${ctx.userId}:${requestId ?? newId('r', ctx.now)}`,
      actorId: ctx.userId,
      now: ctx.now,
      note: reason,
      nodePath,
    });
    if (result.duplicate) return result;
    await audit(ctx, {
      action: 'points.civility',
      targetType: 'user',
      targetId: userId,
      nodePath,
      detail: { amount, category, ...(note ? { note } : {}), entryId: result.entryId },
    });
    await notify(ctx.now, [
      {
        userId,
        kind: 'points.earned',
        title: `获得${amount}分文明积分`,
        body: `感谢您的文明行为（${reason}），获得${amount}分文明积分。当前余额${result.balanceAfter}分。`,
        link: POINTS_PAGE,
        subscribe: { data: { amount: String(amount), reason, balance: String(result.balanceAfter), time: String(ctx.now) } },
      },
    ]);
    return result;
  },
});
