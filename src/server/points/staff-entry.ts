import { POINTS_PAGE, type PostEntryView } from '../../contracts/points';
import type { MessageKind } from '../../contracts/messages';
import type { Ctx } from '../ctx';
import { notify } from '../inbox/notify';
import { audit } from '../shared/audit';
import { newId } from '../shared/ids';
import { postEntry, type PostEntryInput } from './ledger';
import { pointsTarget } from './scope';

/**
 * An entry a staff member posts for a user in their scope (an adjustment or an award): posted once per
 * `requestId`, audited, and the user told. A repeated request answers the first entry without auditing again.
 */
export async function postStaffEntry(
  ctx: Ctx,
  entry: Pick<PostEntryInput, 'userId' | 'amount' | 'kind' | 'source'> & { note: string; requestId?: string },
  record: { auditAction: string; auditDetail: (result: PostEntryView) => Record<string, unknown> },
  message: (balanceAfter: number) => { kind: MessageKind; title: string; body: string },
): Promise<PostEntryView> {
  const { nodePath } = await pointsTarget(ctx, entry.userId, { allowSelf: false });
  const result = await postEntry({
    userId: entry.userId,
    amount: entry.amount,
    kind: entry.kind,
    source: entry.source,
    sourceId: `${ctx.userId}:${entry.requestId ?? newId('r', ctx.now)}`,
    actorId: ctx.userId,
    now: ctx.now,
    note: entry.note,
    nodePath,
  });
  if (result.duplicate) return result;
  await audit(ctx, {
    action: record.auditAction,
    targetType: 'user',
    targetId: entry.userId,
    nodePath,
    detail: record.auditDetail(result),
  });
  const { balanceAfter } = result;
  await notify(ctx.now, [
    {
      userId: entry.userId,
      ...message(balanceAfter),
      link: POINTS_PAGE,
      subscribe: { data: { amount: String(entry.amount), reason: entry.note, balance: String(balanceAfter), time: String(ctx.now) } },
    },
  ]);
  return result;
}
