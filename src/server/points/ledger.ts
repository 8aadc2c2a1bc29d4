import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../contracts/collections';
import type { PointsKind, PointsSource, PostEntryView } from '../../contracts/points';
import { applyEntry, entryKey, entryProblem, totalsOf } from '../../core/points';
import { db } from '../cloud';
import { AppError } from '../errors';
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

type DocRef = {
  get(): Promise<{ data?: unknown }>;
  set(arg: { data: object }): Promise<unknown>;
  update(arg: { data: object }): Promise<unknown>;
};
/** What a CloudBase transaction offers: documents by id only. */
export type Tx = { collection(name: string): { doc(id: string): DocRef } };

/** A document read inside a transaction, or null when it does not exist (the SDK throws for that). */
export async function getOrNull<T>(ref: DocRef): Promise<T | null> {
  try {
    return ((await ref.get()).data as T) ?? null;
  } catch (err) {
    if (/does not exist/.test(String((err as Error)?.message ?? err))) return null;
    throw err;
  }
}

// CloudBase's conflict: code DATABASE_TRANSACTION_CONFLICT on a refused commit; inside the callback
// wx-server-sdk keeps only the message, '[ResourceUnavailable.TransactionConflict] Transaction is conflict, …'
const isConflict = (err: unknown) =>
  !(err instanceof AppError) && /TRANSACTION_CONFLICT|TransactionConflict|transaction conflict/i.test(String((err as Error)?.message ?? err));

/**
 * Runs `work` in one CloudBase transaction: all its writes or none. A transaction that lost a race on a
 * document — refused at a write (runTransaction does not retry those) or at commit — is run again (it reads
 * afresh); an AppError thrown by `work` aborts it and reaches the caller unchanged.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().runTransaction(work, 10);
    } catch (err) {
      if (!isConflict(err) || attempt >= 3) throw err;
    }
  }
}

/**
 * Posts one ledger entry and moves the user's cached totals in the same transaction. Idempotent by
 * source: posting the same (kind, source, sourceId, user) again changes nothing and answers the first
 * entry with `duplicate: true`. Refuses with POINTS_INSUFFICIENT when the balance would go below 0, and
 * USER_NOT_FOUND for an unknown user. Concurrent posts for one user serialise on the user document.
 */
export async function postEntry(input: PostEntryInput): Promise<PostEntryView> {
  return inTransaction((tx) => postEntryIn(tx, input));
}

/** postEntry's work inside a transaction the caller runs, so an entry can commit with the change it pays for. */
export async function postEntryIn(tx: Tx, input: PostEntryInput): Promise<PostEntryView> {
  const problem = entryProblem(input.kind, input.amount);
  if (problem) throw new Error(`postEntry: ${problem}`);
  if (!input.sourceId) throw new Error('postEntry: sourceId is required');
  return post(tx, input, entryIdOf(input));
}

async function post(tx: Tx, input: PostEntryInput, entryId: string): Promise<PostEntryView> {
  const userRef = tx.collection(COLLECTIONS.users).doc(input.userId);
  const user = await getOrNull<PointsHolder>(userRef);
  if (!user?._id) throw new AppError('USER_NOT_FOUND');
  const entryRef = tx.collection(COLLECTIONS.pointsEntries).doc(entryId);
  const existing = await getOrNull<EntryDoc>(entryRef);
  if (existing?._id) return { entryId, balanceAfter: existing.balanceAfter, duplicate: true };
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
