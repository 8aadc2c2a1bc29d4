import { COLLECTIONS } from '../../contracts/collections';
import { placeKey } from '../../core/event';
import { db } from '../cloud';
import { rows } from '../shared/docs';
import type { EventDoc } from '../event/repo';
import type { SignUpDoc } from '../event/signups-repo';
import type { UserDoc } from '../user/repo';
import type { ServiceTotals } from './totals';

/**
 * Reads of the sign-up half that attendance builds on (events and their places); it never writes them.
 * A slot id is unique across events (ids are generated), so a slot names its event.
 */
const events = () => db().collection(COLLECTIONS.events);
const signups = () => db().collection(COLLECTIONS.eventSignups);

/** The event holding slot `slotId`: one read (index `slots.id`). */
export async function eventOfSlot(slotId: string): Promise<EventDoc | null> {
  return (await rows<EventDoc>(events().where({ 'slots.id': slotId }).limit(1)))[0] ?? null;
}

/**
 * The caller's place on the slot, whatever its status (`placeKey` is unique while the place is active, and
 * kept after a removal or a drop): one read.
 */
export async function placeOf(slotId: string, userId: string): Promise<SignUpDoc | null> {
  const found = await rows<SignUpDoc>(
    signups()
      .where({ placeKey: placeKey(slotId, userId) })
      .limit(5),
  );
  return found.find((p) => p.status === 'confirmed') ?? found.find((p) => p.status === 'waiting') ?? found[0] ?? null;
}

/** A slot's seats (confirmed places), in the order they were taken, at most `max`: one read. */
export const seatsOf = (slotId: string, max: number): Promise<SignUpDoc[]> =>
  rows<SignUpDoc>(signups().where({ slotId, status: 'confirmed' }).orderBy('seatedAt', 'asc').orderBy('_id', 'asc').limit(max));

/** Some users (at most 1,000), for the roles and names a confirmation needs: one read. */
export const usersByIds = (ids: string[]): Promise<UserDoc[]> =>
  ids.length
    ? rows<UserDoc>(
        db()
          .collection(COLLECTIONS.users)
          .where({ _id: db().command.in(ids) })
          .limit(1000),
      )
    : Promise.resolve([]);

/** The user holding a 志愿者编号 (the record sheet's verification number): one read (index `volunteerNo`). */
export const userByVolunteerNo = async (number: string): Promise<(UserDoc & ServiceTotals) | null> =>
  (await rows<UserDoc & ServiceTotals>(db().collection(COLLECTIONS.users).where({ volunteerNo: number }).limit(1)))[0] ?? null;
