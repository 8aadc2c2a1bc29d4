import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../contracts/collections';
import type { PointsKind, PointsSource, PostEntryView } from '../../contracts/points';
import { applyEntry, entryKey, entryProblem, totalsOf } from '../../core/points';
import { AppError } from '../errors';
import { getOrNull, inTransaction, type Tx } from '../shared/transaction';
import type { EntryDoc, PointsHolder } from './repo';

export type PostEntryInput = {
  userId: string;
  /** Signed whole points: earn and refund > 0, spend < 0, adjust either way. */
  amount: number;
  kind: PointsKind;
  source: PointsSource;
  /** The wish, slot, order … the entry is for. With kind, source and user it makes the entry unique. */
  sourceId: string;
  /** Who caused it: a user id, or a system name such as 'timer'. */
  actorId: string;
  now: number;
  note?: string;
  /** Scope the entry counts under; defaults to the user's home (or volunteer) station path. */
  nodePath?: string[];
};

/** The document id of the entry for (kind, source, sourceId, user): the same source can exist only once. */
export function entryIdOf(e: Pick<PostEntryInput, 'kind' | 'source' | 'sourceId' | 'userId'>): string {
  return 'p' + createHash('sha256').update(entryKey(e)).digest('hex').slice(0, 32);
}

/**
 * Posts one ledger entry and moves the user's cached totals in the same transaction. Idempotent by
 * source: posting the same (kind, source, sourceId, user) again changes nothing and answers the first
 * entry with `duplicate: true`. Refuses with POINTS_INSUFFICIENT when the balance would go below 0, and
 * USER_NOT_FOUND for an unknown user. Concurrent posts for one user serialise on the user document.
 */
export async function postEntry(input: PostEntryInput, opts: PostOptions = {}): Promise<PostEntryView> {
  return inTransaction((tx) => postEntryIn(tx, input, opts));
}

export type PostOptions = {
  /**
   * Sees the entry already posted for the same source before it is answered as a duplicate; throwing (an
   * AppError) refuses the repeat instead, e.g. a client key reused for another amount.
   */
  onRepeat?: (existing: EntryDoc) => void;
};

/** postEntry's work inside a transaction the caller runs, so an entry can commit with the change it pays for. */
export async function postEntryIn(tx: Tx, input: PostEntryInput, opts: PostOptions = {}): Promise<PostEntryView> {
  const problem = entryProblem(input.kind, input.amount);
  if (problem) throw new Error(`postEntry: ${problem}`);
  if (!input.sourceId) throw new Error('postEntry: sourceId is required');
  return post(tx, input, entryIdOf(input), opts);
}

async function post(tx: Tx, input: PostEntryInput, entryId: string, opts: PostOptions): Promise<PostEntryView> {
  const userRef = tx.collection(COLLECTIONS.users).doc(input.userId);
  const user = await getOrNull<PointsHolder>(userRef);
  if (!user?._id) throw new AppError('USER_NOT_FOUND');
  const entryRef = tx.collection(COLLECTIONS.pointsEntries).doc(entryId);
  const existing = await getOrNull<EntryDoc>(entryRef);
  if (existing?._id) {
    opts.onRepeat?.(existing);
    return { entryId, balanceAfter: existing.balanceAfter, duplicate: true };
  }
  const next = applyEntry(totalsOf(user), input.kind, input.amount);
  if (!next) throw new AppError('POINTS_INSUFFICIENT');
  const seq = (user.pointsSeq ?? 0) + 1;
  const nodePath = input.nodePath ?? user.homeStationPath ?? user.volunteer?.stationPath;
  const entry: Omit<EntryDoc, '_id'> = {
    userId: input.userId,
    amount: input.amount,
    kind: input.kind,
    source: input.source,
    sourceId: input.sourceId,
    balanceAfter: next.balance,
    seq,
    at: input.now,
    actorId: input.actorId,
    ...(input.note ? { note: input.note } : {}),
    ...(nodePath ? { nodePath } : {}),
  };
  await entryRef.set({ data: entry });
  await userRef.update({ data: { pointsBalance: next.balance, pointsEarned: next.earned, pointsSpent: next.spent, pointsSeq: seq } });
  return { entryId, balanceAfter: next.balance, duplicate: false };
}
