import { type PostEntryView } from '../../contracts/points';
import { PointsInput } from '../../contracts/points.schema';
import { clause } from '../../core/text';
import { defineAction } from '../router';
import { requireStaffRole } from './scope';
import { postStaffEntry } from './staff-entry';

/**
 * Staff over the user's station, or a center admin, correct a balance up or down with a reason. Audited,
 * and the user is told. Never takes the balance below 0 (POINTS_INSUFFICIENT). A repeated `requestId`
 * from the same staff member answers the first adjustment again.
 */
export const adjust = defineAction({
  input: PointsInput.adjust,
  write: true,
  authorize: requireStaffRole,
  async handle({ userId, amount, reason, requestId }, ctx): Promise<PostEntryView> {
    const verb = amount > 0 ? '增加' : '扣减';
    return postStaffEntry(
      ctx,
      { userId, amount, kind: 'adjust', source: 'admin', note: reason, requestId },
      {
        auditAction: 'points.adjust',
        auditDetail: (r) => ({ amount, reason, entryId: r.entryId, balanceAfter: r.balanceAfter }),
      },
      (balance) => ({
        kind: 'points.adjusted',
        title: `爱心积分${verb}${Math.abs(amount)}分`,
        body: `工作人员为您${verb}了${Math.abs(amount)}分爱心积分，原因：${clause(reason)}。当前余额${balance}分。`,
      }),
    );
  },
});
