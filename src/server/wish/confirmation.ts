import { COLLECTIONS } from '../../contracts/collections';
import { WISH_MACHINE, wishPoints } from '../../core/wish';
import { AppError } from '../errors';
import { postEntryIn } from '../points/ledger';
import { getOrNull, inTransaction } from '../shared/transaction';
import { countConfirmedIn } from './board';
import { notConfirmable } from './guards';
import type { NotifyMessage } from '../inbox/notify';
import { wishNotices } from './notices';
import { ownerSlotFreed, type WishDoc } from './repo';

export type Confirmation = {
  /** Who confirms: a user id, or 'timer'. */
  actorId: string;
  now: number;
  /** Throws when the actor may not confirm this wish (checked on the wish as the transaction reads it). */
  check(w: WishDoc): void;
  /** The fields the confirmation sets besides status, time, actor and points. */
  patch(w: WishDoc): Partial<WishDoc>;
  /** Where the notices go once the transaction committed: ctx.notify, or a timer item's queue. */
  notify(...messages: NotifyMessage[]): void;
};

/**
 * Confirms a fulfilled wish and pays its claimer in one transaction: the wish goes `fulfilled` →
 * `confirmed` (giving back the owner's slot) and the claimer's ledger entry and balance move together, or
 * nothing does. Simultaneous confirmations serialise on the wish: the first commits, the others read it
 * confirmed and are refused, so points are awarded once. Then the claimer (and, for an automatic
 * confirmation, the owner) are told: queued after the commit, never inside the transaction, which may run
 * more than once. `event` is `confirm` (a person) or `autoConfirm` (the timer): both leave `fulfilled`.
 */
export async function confirmWish(id: string, event: 'confirm' | 'autoConfirm', c: Confirmation): Promise<WishDoc> {
  const confirmed = await inTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.wishes).doc(id);
    const w = await getOrNull<WishDoc>(ref);
    if (!w?._id) throw new AppError('WISH_NOT_FOUND');
    c.check(w);
    const status = WISH_MACHINE.next(w.status, event);
    if (!status) throw notConfirmable(w.status);
    const points = w.claimerId ? wishPoints(w.points) : 0;
    const patch = {
      ...c.patch(w),
      status,
      confirmedAt: c.now,
      confirmedBy: c.actorId,
      pointsAwarded: points,
      ...ownerSlotFreed(id),
      updatedAt: c.now,
    };
    await ref.update({ data: patch });
    if (w.claimerId && points > 0) {
      await postEntryIn(tx, {
        userId: w.claimerId,
        amount: points,
        kind: 'earn',
        source: 'wish',
        sourceId: id,
        actorId: c.actorId,
        now: c.now,
        note: `完成心愿「${w.title}」`,
        nodePath: w.stationPath,
      });
    }
    // The 爱心榜 counts the claimer's confirmed wish in the same transaction (board.ts).
    await countConfirmedIn(tx, w, c.now);
    return { ...w, ...patch };
  });
  c.notify(
    ...wishNotices(
      c.now,
      confirmed,
      [
        { userId: confirmed.claimerId, notice: 'confirmed', extra: { points: confirmed.pointsAwarded } },
        ...(confirmed.autoConfirmed ? [{ userId: confirmed.ownerId, notice: 'autoConfirmed' as const }] : []),
      ],
      c.actorId,
    ),
  );
  return confirmed;
}
