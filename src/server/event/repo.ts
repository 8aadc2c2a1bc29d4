import { COLLECTIONS } from '../../contracts/collections';
import type { EventCategory, EventStatus, SlotFields } from '../../contracts/event';
import type { GeoPoint } from '../../contracts/geo';
import type { Intensity } from '../../contracts/settings';
import type { Page } from '../../contracts/paging';
import { EVENT_MACHINE } from '../../core/event';
import { db } from '../cloud';
import { byId, keysetRead, rows, updateIf, command as _ } from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';
import { transitionOn } from '../shared/transition';

/**
 * One slot (场次) inside its event document, with its own seat and waitlist counters. They live in the
 * event so that a list or a detail is one read with every slot's seats left; each counter still moves by
 * one conditional write on the path `slots.<i>.…` (see ./seats.ts).
 */
export type SlotDoc = SlotFields & {
  /** Waitlist tickets issued: the k-th ticket is k. */
  waitSeq: number;
  /** Tickets that left the line: promoted, cancelled, removed, dropped, or never stored. */
  waitLeft: number;
  cancelledAt?: number;
  cancelReason?: string;
};

export type EventDoc = {
  _id: string;
  status: EventStatus;
  title: string;
  category: EventCategory;
  description: string;
  stationId: string;
  stationName: string;
  stationPath: string[];
  address: string;
  location: GeoPoint;
  checkInRadiusM: number;
  pointsPerHour: number;
  /** 劳动强度; events published before it existed read as 'normal'. */
  intensity?: Intensity;
  signUpOpensAt: number;
  signUpClosesAt: number;
  teamId?: string;
  teamName?: string;
  organiserId: string;
  organiserName: string;
  slots: SlotDoc[];
  /** The earliest slot start and the latest slot end, for the lists' filters and orders. */
  firstStart: number;
  lastEnd: number;
  flagged: boolean;
  flaggedFields: string[];
  publishedAt: number;
  updatedAt: number;
  cancelledAt?: number;
  cancelReason?: string;
  /** When the event or one of its slots was last cancelled: the drop job looks at those of the last hour. */
  lastCancelAt?: number;
};

const events = () => db().collection(COLLECTIONS.events);

export const inc = (n: number) => _().inc(n);

export async function insertEvent(doc: EventDoc): Promise<EventDoc> {
  await events().add({ data: doc });
  return doc;
}

export const findEvent = (id: string): Promise<EventDoc | null> => byId<EventDoc>(COLLECTIONS.events, id);

/** The path of a field of slot `index` in an update or a condition. */
export const slotField = (index: number, field: keyof SlotDoc): string => `slots.${index}.${field}`;

/** Conditions that slot `index` is still the slot `slotId` and open, in a published event. */
export const openSlot = (index: number, slotId: string) => ({
  status: 'published',
  [slotField(index, 'id')]: slotId,
  [slotField(index, 'status')]: 'open',
});

/** One conditional write on the event: true for the one caller whose write changed it. */
export const updateEventIf = (id: string, match: object, patch: object): Promise<boolean> =>
  updateIf(COLLECTIONS.events, { ...match, _id: id }, patch);

/**
 * An event moves from one of the states `event` leaves (the machine's table) to the one it leads to, in one
 * conditional write; `match` adds conditions. True for the one caller whose write changed it.
 */
export const transitionEvent = transitionOn(COLLECTIONS.events, 'status', EVENT_MACHINE);

type Returned = { updated?: number; doc?: EventDoc | null };
type ReturningQuery = { _query?: { updateAndReturn?: (data: object) => Promise<Returned> } };

/**
 * One conditional write that answers the document after it (CloudBase's find-and-modify, database action
 * `modifyAndReturnDoc`): how a waitlist ticket learns its number. wx-server-sdk 4.0.2 wraps
 * @cloudbase/node-sdk's query without forwarding `updateAndReturn`, so it is called on the wrapped query
 * (`_query`); an SDK without it fails loudly here rather than handing out unnumbered tickets.
 */
export async function updateEventAndReturn(where: object, data: object): Promise<EventDoc | null> {
  const q = events().where(where) as unknown as ReturningQuery;
  if (typeof q._query?.updateAndReturn !== 'function') throw new Error('event repo: this wx-server-sdk offers no updateAndReturn');
  const res = await q._query.updateAndReturn(data);
  return res.updated === 1 && res.doc ? res.doc : null;
}

// ---- lists ----

const byStart = orderBy('firstStart', 'asc');
const byStartDesc = orderBy('firstStart', 'desc');
const byNewest = orderBy('publishedAt', 'desc');
export const ORDERS = { soonest: byStart, latest: byStartDesc, newest: byNewest } as const;
export type ListOrder = keyof typeof ORDERS;

/** A page of events where `where` holds, in one of the list orders: one read. */
export const eventPage = (where: object, order: ListOrder, req: PageRequest): Promise<Page<EventDoc>> =>
  keysetRead<EventDoc>(COLLECTIONS.events, where, ORDERS[order], req);

/** Published events matching `where` whose station lies in the box, soonest first, at most `max`: one read. */
export function eventsInBox(
  where: object,
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number },
  max: number,
): Promise<EventDoc[]> {
  const c = _();
  const inBox = {
    'location.lat': c.gte(box.minLat).and(c.lte(box.maxLat)),
    'location.lng': c.gte(box.minLng).and(c.lte(box.maxLng)),
  };
  return rows<EventDoc>(
    events()
      .where(c.and([where, inBox]))
      .orderBy('firstStart', 'asc')
      .limit(max),
  );
}

/** Events cancelled (whole or a slot) since `since`: what the drop job re-checks for late sign-ups. */
export const recentlyCancelled = (since: number, limit: number): Promise<EventDoc[]> =>
  rows<EventDoc>(
    events()
      .where({ lastCancelAt: _().gte(since) })
      .orderBy('lastCancelAt', 'asc')
      .limit(limit),
  );
