import { COLLECTIONS } from '../../contracts/collections';
import type { RoleGrant } from '../../contracts/roles';
import { db } from '../cloud';
import { byId, isDuplicateKey } from '../shared/docs';
import { getOrNull, inTransaction } from '../shared/transaction';

export type StoredGrant = RoleGrant & { nodeName: string };

export type VolunteerRecord = {
  realName: string;
  phone: string;
  stationId: string;
  stationName: string;
  /** Ids from the center down to the station: staff over any of them see the full phone. */
  stationPath: string[];
  skills: string[];
  status: 'approved' | 'pending' | 'rejected';
  registeredAt: number;
  reviewedBy?: string;
  reviewNote?: string;
};

export type UserDoc = {
  _id: string;
  openid: string;
  nickname: string;
  homeStationId?: string;
  homeStationName?: string;
  homeStationPath?: string[];
  roles: StoredGrant[];
  volunteer?: VolunteerRecord;
  createdAt: number;
  updatedAt: number;
};

const users = () => db().collection(COLLECTIONS.users);

export async function findUser(id: string): Promise<UserDoc | null> {
  return byId<UserDoc>(COLLECTIONS.users, id);
}

/** Inserts; answers false when a user with that id already exists (a racing first login). */
export async function insertUser(doc: UserDoc): Promise<boolean> {
  try {
    await users().add({ data: doc });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/**
 * Changes one user under a transaction so that concurrent grants, revocations and registrations never lose
 * each other. `change` gets the current document and answers the fields to set, or null to leave it as it is.
 * Null when there is no such user; a read that fails for any other reason throws (never "not found").
 */
export async function mutateUser(
  id: string,
  now: number,
  change: (current: UserDoc) => Partial<Omit<UserDoc, '_id' | 'openid' | 'createdAt'>> | null,
): Promise<UserDoc | null> {
  return inTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.users).doc(id);
    const current = await getOrNull<UserDoc>(ref);
    if (!current?._id) return null;
    const patch = change(current);
    if (!patch) return current;
    const data = { ...patch, updatedAt: now };
    await ref.update({ data });
    return { ...current, ...data };
  });
}
