import { COLLECTIONS } from '../../contracts/collections';
import { isAdmin } from '../../core/access';
import { keepsEnoughAdmins } from '../../core/limits';
import { db } from '../cloud';
import { AppError } from '../errors';
import { byId, isDuplicateKey, rows } from '../shared/docs';
import { getOrNull, inTransaction, type Tx } from '../shared/transaction';
import type { UserDoc } from './repo';

/** The center admins' roster (collection rosters, document `admin`): who holds the admin role. */
export type RosterDoc = { _id: string; userIds: string[]; updatedAt: number };
export const ADMIN_ROSTER = 'admin';

/** Thrown inside the transaction when there is no roster yet; the caller creates it and runs again. */
class NoRoster extends Error {}

async function read<T extends { _id?: string }>(ref: Parameters<typeof getOrNull>[0]): Promise<T | null> {
  const doc = await getOrNull<T>(ref);
  return doc?._id ? doc : null;
}

/**
 * Creates the roster from the users who hold the admin role now (one read, one insert). Racing creators
 * read the same users; the unique `_id` keeps one document.
 */
async function createRoster(now: number): Promise<void> {
  if (await byId<RosterDoc>(COLLECTIONS.rosters, ADMIN_ROSTER)) return;
  const admins = await rows<UserDoc>(
    db().collection(COLLECTIONS.users).where({ 'roles.role': 'admin' }).field({ _id: true, roles: true }).limit(100),
  );
  const doc: RosterDoc = { _id: ADMIN_ROSTER, userIds: admins.filter(isAdmin).map((u) => u._id), updatedAt: now };
  try {
    await db().collection(COLLECTIONS.rosters).add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/**
 * Changes the roles of user `id` where the admin role may come or go, in ONE transaction with the admin
 * roster, so the county never runs out of center admins:
 * - every such change rewrites the roster document, so two at once conflict (a write-write conflict, which
 *   snapshot isolation always detects) and the later one runs again on what the first committed;
 * - the admins who remain are counted from their own documents, read in the same transaction (the roster
 *   only says whose to read), so a stale roster cannot let the last admin go: LAST_ADMIN;
 * - the acting admin must still hold the role as this transaction sees it (two admins revoking each other
 *   at once: the second finds itself revoked), else FORBIDDEN.
 * `change` answers the fields to set, or null to leave the user as is; it may throw an AppError.
 */
export async function mutateAdminRoles(
  id: string,
  actorId: string,
  now: number,
  change: (current: UserDoc) => Pick<UserDoc, 'roles'> | null,
): Promise<UserDoc | null> {
  const work = async (tx: Tx): Promise<UserDoc | null> => {
    const users = tx.collection(COLLECTIONS.users);
    const rosterRef = tx.collection(COLLECTIONS.rosters).doc(ADMIN_ROSTER);
    const roster = await read<RosterDoc>(rosterRef);
    if (!roster) throw new NoRoster();
    const ref = users.doc(id);
    const current = await read<UserDoc>(ref);
    if (!current) return null;
    const patch = change(current);
    if (!patch) return current;
    const others = [...new Set([...roster.userIds, actorId])].filter((u) => u !== id);
    const docs = await Promise.all(others.map((u) => read<UserDoc>(users.doc(u))));
    const remaining = docs.filter((d): d is UserDoc => !!d && isAdmin(d)).map((d) => d._id);
    const next: UserDoc = { ...current, ...patch, updatedAt: now };
    const admins = isAdmin(next) ? [...remaining, id] : remaining;
    if (!keepsEnoughAdmins(admins.length)) throw new AppError('LAST_ADMIN');
    const actorHolds = actorId === id ? isAdmin(current) : remaining.includes(actorId);
    if (!actorHolds) throw new AppError('FORBIDDEN');
    await ref.update({ data: { ...patch, updatedAt: now } });
    await rosterRef.update({ data: { userIds: db().command.set(admins), updatedAt: now } });
    return next;
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(work);
    } catch (err) {
      if (!(err instanceof NoRoster) || attempt > 0) throw err;
      await createRoster(now);
    }
  }
}
