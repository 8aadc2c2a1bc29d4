import { COLLECTIONS } from '../../contracts/collections';
import type { RoleGrant } from '../../contracts/roles';
import { db } from '../cloud';
import type { Page } from '../../contracts/paging';
import { countWhere, byId, insertOnce, keysetRead } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';
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

export async function findUser(id: string): Promise<UserDoc | null> {
  return byId<UserDoc>(COLLECTIONS.users, id);
}

/** Inserts; answers false when a user with that id already exists (a racing first login). */
export const insertUser = (doc: UserDoc): Promise<boolean> => insertOnce(COLLECTIONS.users, doc);

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

/** Registrations waiting for review at a station under any of `scopes` (all, for an admin's null), oldest first. */
const OLDEST_FIRST: Order = [
  ['volunteer.registeredAt', 'asc', 'number'],
  ['_id', 'asc', 'string'],
];

export function pendingVolunteers(scopes: string[] | null, req: PageRequest): Promise<Page<UserDoc>> {
  const c = db().command;
  const where = { 'volunteer.status': 'pending', ...(scopes ? { 'volunteer.stationPath': c.in(scopes) } : {}) };
  return keysetRead<UserDoc>(COLLECTIONS.users, where, OLDEST_FIRST, req);
}

/** How many registrations wait for review under `scopes` (all, for null): one count. */
export function countPendingVolunteers(scopes: string[] | null): Promise<number> {
  const c = db().command;
  return countWhere(COLLECTIONS.users, { 'volunteer.status': 'pending', ...(scopes ? { 'volunteer.stationPath': c.in(scopes) } : {}) });
}

const BY_ID: Order = [['_id', 'asc', 'string']];

/**
 * People whose full phone, real name or nickname is exactly `query`, at a station under `scopes` (home or
 * volunteer station; anyone, for an admin's null). Exact matches only: staff find the person in front of
 * them, they do not browse the county's residents. One read of limit + 1.
 */
export function peopleMatching(query: string, scopes: string[] | null, req: PageRequest): Promise<Page<UserDoc>> {
  const c = db().command;
  const who = /^\d{11}$/.test(query) ? { 'volunteer.phone': query } : c.or([{ 'volunteer.realName': query }, { nickname: query }]);
  const where = scopes ? c.and([who, c.or([{ homeStationPath: c.in(scopes) }, { 'volunteer.stationPath': c.in(scopes) }])]) : who;
  return keysetRead<UserDoc>(COLLECTIONS.users, where, BY_ID, req);
}
