import { SLOT_VIEW_ACTIONS, type EventStatus, type EventViewAction, type SlotStatus, type SlotViewAction } from '../contracts/event';
import type { RoleGrant } from '../contracts/roles';
import { holdsRole, isStaffAnywhere, isStaffOver, type Grants } from './access';
import { EVENT_MACHINE, mayCancel, SLOT_MACHINE, type EventActor, type SeatCounters, type Span } from './event';
import { maskPhone } from './mask';

/** What decides who organises an event: its team and its station. */
export type EventParties = { teamId?: string; stationPath: readonly string[] };
/** The caller, as far as event rules care. */
export type Reader = Grants & { _id: string };

export type EventRefusal = 'FORBIDDEN' | 'OUT_OF_SCOPE' | 'EVENT_PUBLISH_FORBIDDEN' | 'EVENT_NOT_ORGANISER' | 'EVENT_VOLUNTEER_REQUIRED';

const leadsTeam = (r: Grants, teamId: string | undefined) => !!teamId && r.roles.some((g) => g.role === 'leader' && g.teamId === teamId);

/** The team leader grants of the reader (each names its station and team). */
export const leaderGrants = (r: Grants): RoleGrant[] => r.roles.filter((g) => g.role === 'leader' && !!g.teamId);

/** A leader of the organising team, or staff over the event's station (a center admin included). */
export const isOrganiser = (ev: EventParties, r: Reader | null): boolean =>
  !!r && (leadsTeam(r, ev.teamId) || isStaffOver(r, ev.stationPath));

/** An approved volunteer (the role is granted on approval). */
export const isVolunteer = (r: Grants | null): boolean => !!r && holdsRole(r, 'volunteer');

/** Everything the reader is to the event, in the machines' words. */
export function actorsOf(ev: EventParties, r: Reader | null): EventActor[] {
  if (!r) return [];
  return [...(isOrganiser(ev, r) ? (['organiser'] as const) : []), ...(isVolunteer(r) ? (['volunteer'] as const) : [])];
}

/** Someone who is not an organiser: staff elsewhere are out of scope, a leader of another team is told so, the rest forbidden. */
export function notOrganiserRefusal(r: Grants): EventRefusal {
  if (isStaffAnywhere(r)) return 'OUT_OF_SCOPE';
  if (leaderGrants(r).length) return 'EVENT_NOT_ORGANISER';
  return 'FORBIDDEN';
}

/** Editing, cancelling, the roster and removing a place: organisers only. */
export const organiserRefusal = (ev: EventParties, r: Reader): EventRefusal | null => (isOrganiser(ev, r) ? null : notOrganiserRefusal(r));

/**
 * Publishing at `station` for `team` (the team already checked to belong to the station): staff over the
 * station, or a leader of that team. A leader elsewhere is told it is not their team; staff elsewhere are
 * out of scope; anyone else may not publish at all.
 */
export function publishRefusal(r: Reader, station: { path: readonly string[] }, team: { _id: string } | null): EventRefusal | null {
  if (isStaffOver(r, station.path)) return null;
  if (team && leadsTeam(r, team._id)) return null;
  if (isStaffAnywhere(r)) return 'OUT_OF_SCOPE';
  if (leaderGrants(r).length) return 'EVENT_NOT_ORGANISER';
  return 'EVENT_PUBLISH_FORBIDDEN';
}

/** Only approved volunteers sign up. */
export const signUpRefusal = (r: Grants): EventRefusal | null => (isVolunteer(r) ? null : 'EVENT_VOLUNTEER_REQUIRED');

/** The fields an edit may change once sign-up has opened (or anyone signed up). */
export const EDITABLE_AFTER_OPENING = ['description', 'address', 'capacities'] as const;

/** Edits are free until sign-up opens and nobody holds a place; after that only EDITABLE_AFTER_OPENING. */
export function editLocked(ev: { signUpOpensAt: number; slots: readonly SeatCounters[] }, now: number): boolean {
  return now >= ev.signUpOpensAt || ev.slots.some((s) => s.taken > 0 || s.waitSeq > 0);
}

/**
 * The event buttons an organiser sees: edit (all of it, or limited once sign-up opened) and cancel while
 * the machine allows them; the roster always.
 */
export function eventActions(
  ev: { status: EventStatus; signUpOpensAt: number; slots: readonly SeatCounters[] },
  actors: readonly EventActor[],
  now: number,
): EventViewAction[] {
  if (!actors.includes('organiser')) return [];
  const events = EVENT_MACHINE.eventsFor(ev.status, actors);
  return [
    ...(events.includes('edit') ? [editLocked(ev, now) ? ('editLimited' as const) : ('edit' as const)] : []),
    ...(events.includes('cancel') ? (['cancel'] as const) : []),
    'roster',
  ];
}

export type SlotFacts = Span &
  SeatCounters & {
    status: SlotStatus;
    /** The viewer's own active place on it. */
    mine?: 'confirmed' | 'waiting';
    /** The viewer holds another place of this event whose time overlaps it. */
    clash: boolean;
    phase: 'notOpen' | 'open' | 'closed';
  };

/**
 * What the reader may do with one slot now. A holder may cancel a seat until 2 h before the slot (a
 * waitlist place until it starts); a volunteer may take a seat, or join the waitlist when it is full,
 * inside the sign-up window on an open slot of a published event, unless they hold an overlapping place of
 * this event (places in other events are checked by the sign-up itself: knowing them here would cost a
 * read); a signed-in non-volunteer is offered to register; organisers may cancel an open slot.
 */
export function slotActions(
  ev: { status: EventStatus },
  s: SlotFacts,
  actors: readonly EventActor[],
  signedIn: boolean,
  now: number,
): SlotViewAction[] {
  const out = new Set<SlotViewAction>();
  const published = ev.status === 'published';
  if (s.mine) {
    if (mayCancel(s.mine, s, now)) out.add(s.mine === 'confirmed' ? 'cancelSignUp' : 'leaveWaitlist');
  } else if (published && SLOT_MACHINE.next(s.status, 'signUp') && s.phase === 'open' && !s.clash) {
    if (actors.includes('volunteer')) out.add(s.capacity > s.taken ? 'signUp' : 'joinWaitlist');
    else if (signedIn) out.add('registerToSignUp');
  }
  if (published && SLOT_MACHINE.eventsFor(s.status, actors).includes('cancel')) out.add('cancelSlot');
  return SLOT_VIEW_ACTIONS.filter((a) => out.has(a));
}

/** A list card offers what one of its slots offers: take a seat, join a waitlist, or register first. */
export function cardActions(perSlot: readonly SlotViewAction[][]): SlotViewAction[] {
  const all = new Set(perSlot.flat());
  if (all.has('signUp')) return ['signUp'];
  if (all.has('joinWaitlist')) return ['joinWaitlist'];
  if (all.has('registerToSignUp')) return ['registerToSignUp'];
  return [];
}

/** A roster line's phone: whole for the event's organisers, masked for anyone else. */
export const rosterPhone = (phone: string, organiser: boolean): string => (organiser ? phone : maskPhone(phone));
