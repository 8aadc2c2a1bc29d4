import { wishPoints } from '../../core/wish';
import { findNode } from '../org/repo';
import { postEntry } from '../points/ledger';
import { giveSlot } from './counters';
import { tell } from './notices';
import { transition, unset, type WishDoc } from './repo';

/**
 * Posts the claimer's love points for a confirmed wish — the station's `settings.wishPoints`, default 10 —
 * and clears `pointsPending`. The ledger is idempotent by (earn, wish, wish id, claimer), so running this
 * again (a retry by the timer) never awards twice. Answers the points, or null when posting failed.
 */
export async function awardWishPoints(w: WishDoc, now: number, actorId: string): Promise<number | null> {
  if (!w.claimerId) return 0;
  try {
    const station = await findNode(w.stationId);
    const points = wishPoints((station?.settings as { wishPoints?: unknown } | undefined)?.wishPoints);
    if (points > 0) {
      await postEntry({
        userId: w.claimerId,
        amount: points,
        kind: 'earn',
        source: 'wish',
        sourceId: w._id,
        actorId,
        now,
        note: `完成心愿「${w.title}」`,
        nodePath: w.stationPath,
      });
    }
    await transition(w._id, ['confirmed'], { pointsPending: true }, { pointsPending: unset(), pointsAwarded: points });
    return points;
  } catch (err) {
    console.error(`[wish] points for ${w._id} not posted yet; the timer retries`, err);
    return null;
  }
}

/**
 * What follows a confirmation, done once by the caller whose conditional write confirmed the wish: the
 * claimer's points, the owner's wish slot back, and the messages.
 */
export async function afterConfirmed(w: WishDoc, now: number, actorId: string): Promise<WishDoc> {
  const points = await awardWishPoints(w, now, actorId);
  if (w.countsTowardLimit) await giveSlot(w.ownerId, 'openWishes');
  await tell(
    now,
    w,
    [
      { userId: w.claimerId, notice: 'confirmed', extra: { points: points ?? undefined } },
      ...(w.autoConfirmed ? [{ userId: w.ownerId, notice: 'autoConfirmed' as const }] : []),
    ],
    actorId,
  );
  const { pointsPending: _p, ...rest } = w;
  return points === null ? w : { ...rest, pointsAwarded: points };
}
