import {
  EVENT_LIMITS,
  type EventAvailability,
  EVENT_STATUSES,
  SIGNUP_STATUSES,
  SLOT_STATUSES,
  type EventStatus,
  type SignUpPhase,
  type SignUpStatus,
  type SlotStatus,
} from '../contracts/event';
import { defineMachine } from './machine';

/**
 * Who fires an event of the event domain: an organiser (a leader of the organising team, or staff over
 * the event's station, or a center admin), an approved volunteer, the holder of a sign-up, and the system
 * (freed seats, cancellations, the timer).
 */
export type EventActor = 'organiser' | 'volunteer' | 'holder' | 'system';

/** An event: published until its organisers cancel it. Editing keeps it published. */
export const EVENT_MACHINE = defineMachine<EventStatus, 'edit' | 'cancel', EventActor>({
  states: EVENT_STATUSES,
  transitions: {
    edit: { from: ['published'], to: 'published', by: ['organiser'] },
    cancel: { from: ['published'], to: 'cancelled', by: ['organiser'] },
  },
});

/** A slot (场次) takes sign-ups while open; its organisers may cancel it alone. */
export const SLOT_MACHINE = defineMachine<SlotStatus, 'signUp' | 'cancel', EventActor>({
  states: SLOT_STATUSES,
  transitions: {
    signUp: { from: ['open'], to: 'open', by: ['volunteer'] },
    cancel: { from: ['open'], to: 'cancelled', by: ['organiser'] },
  },
});

export type SignUpEvent = 'promote' | 'cancel' | 'remove' | 'drop';

/**
 * One volunteer's place on a slot. It starts `confirmed` (a seat) or `waiting` (the FIFO waitlist); a freed
 * seat promotes the first waiting; the holder cancels, an organiser removes, a cancelled slot drops it.
 * Every repository write that ends or promotes a place takes its `from` states from here.
 */
export const SIGNUP_MACHINE = defineMachine<SignUpStatus, SignUpEvent, EventActor>({
  states: SIGNUP_STATUSES,
  transitions: {
    promote: { from: ['waiting'], to: 'confirmed', by: ['system'] },
    cancel: { from: ['confirmed', 'waiting'], to: 'cancelled', by: ['holder'] },
    remove: { from: ['confirmed', 'waiting'], to: 'removed', by: ['organiser'] },
    drop: { from: ['confirmed', 'waiting'], to: 'dropped', by: ['system'] },
  },
});

/** A place that holds its slot's time: a seat or a waitlist place (the states a place ends from). */
export const ACTIVE_SIGNUP_STATUSES: readonly SignUpStatus[] = SIGNUP_MACHINE.from('cancel');
export const isActive = (s: SignUpStatus): boolean => ACTIVE_SIGNUP_STATUSES.includes(s);

// ---- time ----

const DAY_MS = 24 * 60 * 60 * 1000;
/** China has one time zone, UTC+8, without daylight saving. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China calendar day of `t` as a number of days since 1970-01-01 (China time). */
export const chinaDay = (t: number): number => Math.floor((t + CHINA_OFFSET_MS) / DAY_MS);
/** When China day `day` begins, epoch ms. */
export const chinaDayStart = (day: number): number => day * DAY_MS - CHINA_OFFSET_MS;

export type Span = { start: number; end: number };

/** Two slots overlap when each starts before the other ends (back-to-back slots do not). */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Why a slot's times cannot be published, or null. Quarter hours, within one day (China time). */
export function slotShapeProblem(s: Span): string | null {
  const grid = EVENT_LIMITS.slotGridMs;
  if (!(s.end > s.start)) return '结束时间要晚于开始时间';
  if (s.start % grid !== 0 || s.end % grid !== 0) return '场次时间请选整刻钟（如 9:00、9:15、9:30）';
  if (chinaDay(s.start) !== chinaDay(s.end - 1)) return '一个场次要在同一天内开始和结束，跨天的活动请分成多个场次';
  return null;
}

export type EventTimes = { signUpOpensAt: number; signUpClosesAt: number; slots: readonly Span[] };
export type TimeProblem = { field: string; message: string };

/**
 * What is wrong with an event's times at `now`, each with the input field at fault: every slot well
 * shaped and still ahead; the sign-up window closing after now, not after the last slot starts, and opening
 * at most a year before it.
 */
export function timeProblems(t: EventTimes, now: number): TimeProblem[] {
  const problems: TimeProblem[] = [];
  t.slots.forEach((s, i) => {
    const shape = slotShapeProblem(s);
    if (shape) problems.push({ field: `slots.${i}.start`, message: shape });
    else if (s.start <= now) problems.push({ field: `slots.${i}.start`, message: '场次开始时间已经过去了' });
  });
  if (!t.slots.length) return problems;
  const lastStart = Math.max(...t.slots.map((s) => s.start));
  if (t.signUpClosesAt <= now) problems.push({ field: 'signUpClosesAt', message: '报名截止时间已经过去了' });
  if (t.signUpClosesAt > lastStart) problems.push({ field: 'signUpClosesAt', message: '报名截止时间不能晚于最后一个场次的开始时间' });
  if (lastStart - t.signUpOpensAt > EVENT_LIMITS.aheadMaxMs)
    problems.push({ field: 'signUpOpensAt', message: '报名最早只能在活动前一年开始' });
  return problems;
}

/** Where sign-up stands for a slot at `now`: its window [opensAt, closesAt) and never once the slot started. */
export function signUpPhase(window: { signUpOpensAt: number; signUpClosesAt: number }, slot: Span, now: number): SignUpPhase {
  if (now >= slot.start || now >= window.signUpClosesAt) return 'closed';
  return now < window.signUpOpensAt ? 'notOpen' : 'open';
}

/**
 * Where an event stands for a volunteer (a list card's word): over its open slots, a seat to take inside
 * the window, else only waitlist places, else sign-up not open yet, else over.
 */
export function availability(
  ev: {
    status: EventStatus;
    signUpOpensAt: number;
    signUpClosesAt: number;
    slots: readonly (Span & SeatCounters & { status: SlotStatus })[];
  },
  now: number,
): EventAvailability {
  if (ev.status !== 'published') return 'cancelled';
  const open = ev.slots.filter((s) => s.status === 'open');
  const phases = open.map((s) => ({ s, phase: signUpPhase(ev, s, now) }));
  if (phases.some((x) => x.phase === 'open' && seatsLeft(x.s) > 0)) return 'signUp';
  if (phases.some((x) => x.phase === 'open')) return 'waitlist';
  if (phases.some((x) => x.phase === 'notOpen')) return 'notOpen';
  return 'closed';
}

/** The last moment a seat may still be cancelled: 2 h before its slot starts. */
export const cancelDeadline = (slot: Span): number => slot.start - EVENT_LIMITS.cancelBeforeMs;
/** Cancelling a seat is allowed until 2 h before its slot (that moment included); a waitlist place until it starts. */
export const mayCancel = (status: 'confirmed' | 'waiting', slot: Span, now: number): boolean =>
  status === 'waiting' ? now < slot.start : now <= cancelDeadline(slot);

/** A freed seat goes to the first waiting volunteer until the slot starts; after that it stays free. */
export const mayPromote = (slot: Span, now: number): boolean => now < slot.start;

/** When the 24 h reminder of a seat on `slot` is due. */
export const remindAt = (slot: Span): number => slot.start - EVENT_LIMITS.reminderBeforeMs;
/**
 * The reminder job's window at `now`: seats whose reminder fell due in the last 24 h, so the slot has not
 * started yet (a seat taken less than 24 h ahead is reminded at the next run).
 */
export const remindWindow = (now: number): { after: number; upTo: number } => ({ after: now - EVENT_LIMITS.reminderBeforeMs, upTo: now });

// ---- seats and the waitlist ----

export type SeatCounters = { capacity: number; taken: number; waitSeq: number; waitLeft: number };

export const seatsLeft = (s: SeatCounters): number => Math.max(0, s.capacity - s.taken);
/** Tickets issued minus the places that left the line (promoted, cancelled, removed, dropped, never stored). */
export const waitingCount = (s: SeatCounters): number => Math.max(0, s.waitSeq - s.waitLeft);
/**
 * The place in line of the ticket the slot's counters were just raised to. Everyone who left the line by
 * then held an earlier ticket, so `ticket − waitLeft` waiting volunteers are ahead or equal: 1 for the first.
 */
export const positionAtJoin = (ticket: number, waitLeft: number): number => Math.max(1, ticket - waitLeft);

/** Capacity only grows once sign-up may have begun; the answer names the first slot that would shrink. */
export function shrinkingSlot(
  current: readonly { id: string; capacity: number }[],
  next: readonly { slotId: string; capacity: number }[],
): string | null {
  for (const n of next) {
    const c = current.find((s) => s.id === n.slotId);
    if (c && n.capacity < c.capacity) return n.slotId;
  }
  return null;
}

// ---- one volunteer's places ----

/**
 * A volunteer's places are decided per China day (slots never cross midnight, so only slots of one day can
 * overlap): the k-th sign-up document of a volunteer for slots of `day` carries `<userId>#<day>#<k>` in a
 * field the database keeps unique. Two sign-ups of one volunteer for the same day at once both read k
 * documents and both try key k: one insert wins, the other reads the day again — now with the winner — and
 * checks overlap before taking k + 1. Keys are never given back (a cancelled place keeps its key), so k is
 * the number of documents read and every key below it is taken.
 */
export const dayKey = (userId: string, day: number, k: number): string => `${userId}#${day}#${k}`;
/** Unique while the place is active: one place per volunteer per slot. */
export const placeKey = (slotId: string, userId: string): string => `${slotId}#${userId}`;
/** Documents of one volunteer and day read at most; a day with more answers EVENT_DAY_BUSY. */
export const DAY_READ_MAX = 100;

export type PlaceLike = { slotId: string; status: SignUpStatus; slotStart: number; slotEnd: number };

/**
 * How a wanted slot meets the volunteer's places of its day: 'same' when they already hold it (seat or
 * waitlist), 'overlap' when an active place's time overlaps it, else null. A waitlist place keeps its time
 * too, so a promotion can never leave anyone holding two overlapping seats.
 */
export function placeConflict(places: readonly PlaceLike[], slotId: string, slot: Span): 'same' | 'overlap' | null {
  const active = places.filter((p) => isActive(p.status));
  if (active.some((p) => p.slotId === slotId)) return 'same';
  if (active.some((p) => overlaps({ start: p.slotStart, end: p.slotEnd }, slot))) return 'overlap';
  return null;
}
