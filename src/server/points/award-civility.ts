import { type PostEntryView } from '../../contracts/points';
import { PointsInput } from '../../contracts/points.schema';
import { defineAction } from '../router';
import { requireStaffRole } from './scope';
import { postStaffEntry } from './staff-entry';

/**
 * Station staff reward good conduct (文明行为奖励: 爱心积分, the one balance) for any resident for garbage sorting, helping neighbours and
 * the like: 1–50 points with a category. A resident of the staff member's subtree has it booked to their
 * station; anyone else (another area, no home station yet) to the awarding node. Staff and admins of other
 * areas are not awardable (scope.ts). Audited; the resident is told.
 */
export const awardCivility = defineAction({
  input: PointsInput.awardCivility,
  write: true,
  authorize: requireStaffRole,
  async handle({ userId, amount, category, note, requestId }, ctx): Promise<PostEntryView> {
    const reason = note ? `${category}：${note}` : category;
    return postStaffEntry(
      ctx,
      { userId, amount, kind: 'earn', source: 'civility', note: reason, requestId },
      {
        auditAction: 'points.civility',
        auditDetail: (r) => ({ amount, category, ...(note ? { note } : {}), entryId: r.entryId }),
      },
      (balance) => ({
        kind: 'points.earned',
        title: `获得${amount}分爱心积分（文明行为奖励）`,
        body: `感谢您的文明行为（${reason}），奖励您${amount}分爱心积分。当前余额${balance}分。`,
      }),
      { anyResident: true },
    );
  },
});
