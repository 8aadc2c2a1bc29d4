import { COLLECTIONS } from '../../contracts/collections';
import type { RoleGrant } from '../../contracts/roles';
import { db } from '../cloud';
import { byId } from '../shared/docs';

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

type Transaction = { collection(name: string): { doc(id: string): { get(): Promise<unknown>; update(arg: { data: object }): Promise<unknown> } } };

export async function findUser(id: string): Promise<UserDoc | null> {
  return byId<UserDoc>(COLLECTIONS.users, id);
}

/** Inserts; answers false when a user with that id already exists (a racing first login). */
export async function insertUser(doc: UserDoc): Promise<boolean> {
  try {
    await users().add({ data: doc });
    return true;
  } catch (err) {
    if (await findUser(doc._id)) return false;
    throw err;
  }
}

/**
 * Changes one user under a transaction so that concurrent grants, revocations and registrations never lose
 * each other. `change` gets the current document and answers the fields to set, or null to leave it as it is.
 */
export async function mutateUser(
  id: string,
  now: number,
  change: (current: UserDoc) => Partial<Omit<UserDoc, '_id' | 'openid' | 'createdAt'>> | null,
): Promise<UserDoc | null> {
  return db().runTransaction(async (tx: Transaction) => {
    const ref = tx.collection(COLLECTIONS.users).doc(id);
    const got = (await ref.get().catch(() => null)) as { data?: UserDoc } | null;
    const current = got?.data;
    if (!current || !current._id) return null;
    const patch = change(current);
    if (!patch) return current;
    const data = { ...patch, updatedAt: now };
    await ref.update({ data });
    return { ...current, ...data };
  }) as Promise<UserDoc | null>;
}
