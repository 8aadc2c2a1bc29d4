import type { Ctx } from '../ctx';
import type { UserDoc } from '../user/repo';
import { audit, type AuditEntry } from './audit';
import { checkTexts, SCENE } from './content-check';

/** Who decided a review and when: what every reviewed document stores. */
export const decidedBy = (me: UserDoc, now: number) => ({ reviewedBy: me._id, reviewedAt: now, updatedAt: now });

/** A refusal's reason, which the applicant reads, passes WeChat's text check (as a comment) before anything is written. */
export async function checkRefusal(ctx: Ctx, field: string, text: string | undefined): Promise<void> {
  await checkTexts(ctx.openid, [{ field, label: '不通过的原因', text, scene: SCENE.comment }]);
}

/** The audit line of a review: `actions` [approved, rejected], with what the reviewer saw or said in `detail`. */
export function auditReview(
  ctx: Ctx,
  approve: boolean,
  entry: Omit<AuditEntry, 'action' | 'detail'> & { actions: [string, string]; detail: [Record<string, unknown>, Record<string, unknown>] },
): Promise<void> {
  const { actions, detail, ...target } = entry;
  return audit(ctx, { ...target, action: approve ? actions[0] : actions[1], detail: approve ? detail[0] : detail[1] });
}
