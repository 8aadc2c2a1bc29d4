import { POINTS_PAGE, type PostEntryView } from '../../contracts/points';
import type { MessageKind } from '../../contracts/messages';
import type { Ctx } from '../ctx';
import { notify } from '../inbox/notify';
import { AppError } from '../errors';
import { audit } from '../shared/audit';
import { newId } from '../shared/ids';
import { postEntry, type PostEntryInput } from './ledger';
import type { EntryDoc } from './repo';
import { pointsTarget, type TargetRule } from './scope';

/**
 * An entry a staff member posts for a user in their scope (an adjustment or an award): posted once per
 * `requestId`, audited, and the user told. A repeated request answers the first entry without auditing
 * again; the same `requestId` with another amount or note is another request reusing the key:
 * REQUEST_ID_REUSED, and nothing changes (checked inside the ledger's transaction, on the stored entry).
 */
export async function postStaffEntry(
  ctx: Ctx,
  entry: Pick<PostEntryInput, 'userId' | 'amount' | 'kind' | 'source'> & { note: string; requestId?: string },
  record: { auditAction: string; auditDetail: (result: PostEntryView) => Record<string, unknown> },
  message: (balanceAfter: number) => { kind: MessageKind; title: string; body: string },
  scope: Pick<TargetRule, 'anyResident'> = {},
): Promise<PostEntryView> {
  const { nodePath } = await pointsTarget(ctx, entry.userId, { allowSelf: false, book: true, ...scope });
  const sameRequest = (first: EntryDoc) => {
    if (first.amount !== entry.amount || (first.note ?? '') !== entry.note) throw new AppError('REQUEST_ID_REUSED');
  };
  const input: PostEntryInput = {
    userId: entry.userId,
    amount: entry.amount,
    kind: entry.kind,
    source: entry.source,
    sourceId: `${ctx.userId}:${entry.requestId ?? newId('r', ctx.now)}`,
    actorId: ctx.userId,
    now: ctx.now,
    note: entry.note,
    nodePath,
  };
  const result = await postEntry(input, { onRepeat: sameRequest });
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
