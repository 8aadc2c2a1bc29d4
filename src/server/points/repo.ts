import { COLLECTIONS } from '../../contracts/collections';
import type { PointsKind, PointsSource } from '../../contracts/points';
import { db } from '../cloud';
import { rows } from '../shared/docs';
import type { UserDoc } from '../user/repo';

/** One immutable ledger entry (collection points_entries). */
export type EntryDoc = {
  _id: string;
  userId: string;
  /** Signed whole points. */
  amount: number;
  kind: PointsKind;
  source: PointsSource;
  sourceId: string;
  balanceAfter: number;
  /** 1, 2, 3 … per user: the order in which entries changed the balance (users.pointsSeq is the last). */
  seq: number;
  at: number;
  actorId: string;
  note?: string;
  /** The user's station path when the entry was made, so each scope can count its points. */
  nodePath?: string[];
};

/** The cached totals live on the user document; a user who never had points has none of these fields. */
export type PointsHolder = UserDoc & { pointsBalance?: number; pointsEarned?: number; pointsSpent?: number; pointsSeq?: number };

/** A user's entries, newest first, after the entry numbered `cursor`: one read of limit + 1 to know whether more follow. */
export async function entriesOf(userId: string, cursor: number | undefined, limit: number) {
  const _ = db().command;
  const where = cursor === undefined ? { userId } : { userId, seq: _.lt(cursor) };
  const found = await rows<EntryDoc>(db().collection(COLLECTIONS.pointsEntries).where(where).orderBy('seq', 'desc').limit(limit + 1));
  const items = found.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: found.length > limit && last ? String(last.seq) : undefined };
}
