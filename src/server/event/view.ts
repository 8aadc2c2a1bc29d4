import type { EventCard, EventView, MyPlace, MySignUpView, RosterEntry, SlotView } from '../../contracts/event';
import { availability, cancelDeadline, overlaps, seatsLeft, signUpPhase, waitingCount } from '../../core/event';
import { actorsOf, cardActions, eventActions, isOrganiser, rosterPhone, slotActions, type Reader } from '../../core/event-access';
import type { EventDoc, SlotDoc } from './repo';
import { opt, present } from '../shared/view-fields';
import type { SignUpDoc } from './signups-repo';

/** What the server knows of the reader for an event: who they are and their active places in it. */
export type Viewer = { reader: Reader | null; places: SignUpDoc[]; positions?: Map<string, number> };

function myPlace(slot: SlotDoc, v: Viewer): MyPlace | undefined {
  const p = v.places.find((x) => x.slotId === slot.id && (x.status === 'confirmed' || x.status === 'waiting'));
  if (!p) return undefined;
  if (p.status === 'confirmed') return { signUpId: p._id, status: 'confirmed', cancelUntil: cancelDeadline(slot) };
  return { signUpId: p._id, status: 'waiting', ...opt('position', v.positions?.get(p._id)) };
}

/** One slot as the viewer may see it, with what they may do with it now. */
export function toSlotView(ev: EventDoc, slot: SlotDoc, v: Viewer, now: number): SlotView {
  const mine = myPlace(slot, v);
  const clash = v.places.some((p) => p.slotId !== slot.id && overlaps({ start: p.slotStart, end: p.slotEnd }, slot));
  const phase = signUpPhase(ev, slot, now);
  const actors = actorsOf(ev, v.reader);
  return {
    id: slot.id,
    start: slot.start,
    end: slot.end,
    status: slot.status,
    capacity: slot.capacity,
    taken: slot.taken,
    seatsLeft: seatsLeft(slot),
    waiting: waitingCount(slot),
    phase,
    ...opt('mine', mine),
    actions: slotActions(ev, { ...slot, mine: mine?.status, clash, phase }, actors, !!v.reader, now),
  };
}

/** An event as a list card, the same for every reader. Seats and waiting count over its open slots. */
export function toCard(ev: EventDoc, now: number, distanceM?: number): EventCard {
  const open = ev.slots.filter((s) => s.status === 'open');
  return {
    id: ev._id,
    status: ev.status,
    title: ev.title,
    category: ev.category,
    stationId: ev.stationId,
    stationName: ev.stationName,
    address: ev.address,
    ...opt('teamName', ev.teamName),
    firstStart: ev.firstStart,
    lastEnd: ev.lastEnd,
    slotCount: ev.slots.length,
    capacity: open.reduce((n, s) => n + s.capacity, 0),
    seatsLeft: open.reduce((n, s) => n + seatsLeft(s), 0),
    waiting: open.reduce((n, s) => n + waitingCount(s), 0),
    signUpOpensAt: ev.signUpOpensAt,
    signUpClosesAt: ev.signUpClosesAt,
    availability: availability(ev, now),
    ...opt('distanceM', distanceM),
  };
}

/** The detail of an event: every slot with seats left, the viewer's places and what they may do. */
export function toEventView(ev: EventDoc, v: Viewer, now: number): EventView {
  const slots = ev.slots.map((s) => toSlotView(ev, s, v, now));
  const organiser = isOrganiser(ev, v.reader);
  const mine = v.places.filter((p) => p.eventId === ev._id);
  return {
    ...toCard(ev, now),
    description: ev.description,
    location: ev.location,
    checkInRadiusM: ev.checkInRadiusM,
    pointsPerHour: ev.pointsPerHour,
    intensity: ev.intensity ?? 'normal',
    organiserName: ev.teamName ?? ev.organiserName,
    publishedAt: ev.publishedAt,
    ...present(ev, ['cancelledAt', 'cancelReason']),
    slots,
    mine: { confirmed: mine.filter((p) => p.status === 'confirmed').length, waiting: mine.filter((p) => p.status === 'waiting').length },
    actions: cardActions(slots.map((s) => s.actions)),
    eventActions: eventActions(ev, actorsOf(ev, v.reader), now),
    ...(organiser ? { flaggedFields: ev.flaggedFields } : {}),
  };
}

export function toMySignUp(p: SignUpDoc): MySignUpView {
  return {
    id: p._id,
    eventId: p.eventId,
    slotId: p.slotId,
    status: p.status,
    eventTitle: p.eventTitle,
    stationName: p.stationName,
    slotStart: p.slotStart,
    slotEnd: p.slotEnd,
    createdAt: p.createdAt,
    ...present(p, ['promotedAt', 'endedAt', 'endReason']),
  };
}

/** A roster line; the phone is whole only for the event's organisers. */
export function toRosterEntry(p: SignUpDoc, organiser: boolean, position?: number): RosterEntry {
  return {
    signUpId: p._id,
    userId: p.userId,
    name: p.name,
    phone: rosterPhone(p.phone, organiser),
    status: p.status,
    ...opt('position', position),
    createdAt: p.createdAt,
    ...opt('seatedAt', p.seatedAt),
  };
}
