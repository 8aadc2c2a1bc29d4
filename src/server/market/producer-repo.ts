/**
 * The producers repository: the only code that speaks to `producers`. A villager's own registration has the
 * id `p<userId>`, so one account registers once however often (or however simultaneously) it asks; staff
 * registering a villager without a phone get a fresh id.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { ProducerStatus, SupportCategory } from '../../contracts/market';
import type { Page } from '../../contracts/paging';
import type { RoleGrant } from '../../contracts/roles';
import { PRODUCER_MACHINE, type ProducerEvent } from '../../core/market';
import { byId, insertOnce, keysetRead, updateIf, command as _ } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';
import { getOrNull, inTransaction } from '../shared/transaction';
import { transitionOn } from '../shared/transition';
import type { StoredGrant, UserDoc } from '../user/repo';

export type ProducerDoc = {
  _id: string;
  /** The villager's account; absent when staff registered a villager without a phone. */
  userId?: string;
  name: string;
  phone: string;
  village: string;
  stationId: string;
  stationName: string;
  stationPath: string[];
  status: ProducerStatus;
  /** Staff only: which kind of supported household (脱贫户 …). Never leaves the server to anyone else. */
  supportCategory?: SupportCategory;
  supported: boolean;
  supportMarkedBy?: string;
  proxy: boolean;
  registeredAt: number;
  registeredBy: string;
  reviewedBy?: string;
  reviewedAt?: number;
  reviewNote?: string;
  updatedAt: number;
};

/** The id of an account's own registration. */
export const ownProducerId = (userId: string): string => `p${userId}`;

export function findProducer(id: string): Promise<ProducerDoc | null> {
  return byId<ProducerDoc>(COLLECTIONS.producers, id);
}

/** Inserts; false when that id is registered already (a second or simultaneous registration). */
export const insertProducer = (doc: ProducerDoc): Promise<boolean> => insertOnce(COLLECTIONS.producers, doc);

/** Fires `event` in one conditional write from the machine's `from` states. */
const fire = transitionOn(COLLECTIONS.producers, 'status', PRODUCER_MACHINE);
export const transitionProducer = (id: string, event: ProducerEvent, patch: object): Promise<boolean> => fire(id, event, {}, patch);

/**
 * Approves a pending registration and gives its account the producer role at the station, together or not
 * at all: one transaction over the producer and the user (contention is per villager, so it never queues).
 * Answers the approved producer, or null when it was no longer pending.
 */
export function approveWithRole(id: string, reviewerId: string, now: number, stationName: string): Promise<ProducerDoc | null> {
  return inTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.producers).doc(id);
    const current = await getOrNull<ProducerDoc>(ref);
    if (!current || !PRODUCER_MACHINE.next(current.status, 'approve')) return null;
    const patch = { status: PRODUCER_MACHINE.transitions.approve.to, reviewedBy: reviewerId, reviewedAt: now, updatedAt: now };
    await ref.update({ data: patch });
    if (current.userId) {
      const userRef = tx.collection(COLLECTIONS.users).doc(current.userId);
      const user = await getOrNull<UserDoc>(userRef);
      if (user && !user.roles.some((g) => g.role === 'producer' && g.nodeId === current.stationId)) {
        const grant: StoredGrant & RoleGrant = {
          role: 'producer',
          nodeId: current.stationId,
          nodeName: stationName,
          grantedAt: now,
          grantedBy: reviewerId,
        };
        await userRef.update({ data: { roles: [...user.roles, grant], updatedAt: now } });
      }
    }
    return { ...current, ...patch };
  });
}

/** Sets or removes the support mark. */
export function setSupport(id: string, category: SupportCategory | null, by: string, now: number): Promise<boolean> {
  const patch = category ? { supportCategory: category, supported: true } : { supportCategory: _().remove(), supported: false };
  return updateIf(COLLECTIONS.producers, { _id: id, status: 'approved' }, { ...patch, supportMarkedBy: by, updatedAt: now });
}

const BY_REGISTRATION: Order = [
  ['registeredAt', 'asc', 'number'],
  ['_id', 'asc', 'string'],
];

/** Producers registered under any of `scopes` (and `nodeId`), optionally in one status, oldest first. */
export function producersIn(
  scopes: string[],
  f: { status?: ProducerStatus; nodeId?: string },
  page: PageRequest,
): Promise<Page<ProducerDoc>> {
  const c = _();
  const conditions: object[] = [{ stationPath: c.in(scopes) }];
  if (f.nodeId) conditions.push({ stationPath: f.nodeId });
  if (f.status) conditions.push({ status: f.status });
  return keysetRead<ProducerDoc>(COLLECTIONS.producers, conditions.length === 1 ? conditions[0] : c.and(conditions), BY_REGISTRATION, page);
}
