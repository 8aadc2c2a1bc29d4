import {
  ATTENDANCE_RULES as R,
  ATTENDANCE_STATES,
  type AttendanceMark,
  type AttendanceState,
  type ServiceRole,
} from '../contracts/attendance';
import type { GeoPoint } from '../contracts/geo';
import type { Grants } from './access';
import { isStaffOver } from './access';
import type { Span } from './event';
import { distanceM } from './geo';
import { defineMachine } from './machine';
import { servicePoints } from './points';

/** Who moves a seat's attendance: the seat's holder (a volunteer) or an organiser of the event. */
export type AttendanceActor = 'holder' | 'organiser';
export type AttendanceEvent = 'checkIn' | 'checkOut' | 'mark' | 'confirm';

/**
 * One seat's attendance. `signed` is a seat with nothing recorded (no attendance document yet). The holder
 * checks in, then out; an organiser's hand mark (or corrected times) moves it to `marked`, after which scans
 * no longer change it; confirming credits it once and ends it. Every repository write takes its `from`
 * states from here.
 */
export const ATTENDANCE_MACHINE = defineMachine<AttendanceState, AttendanceEvent, AttendanceActor>({
  states: ATTENDANCE_STATES,
  transitions: {
    checkIn: { from: ['signed'], to: 'checked_in', by: ['holder'] },
    checkOut: { from: ['checked_in'], to: 'checked_out', by: ['holder'] },
    mark: { from: ['signed', 'checked_in', 'checked_out', 'marked'], to: 'marked', by: ['organiser'] },
    confirm: { from: ['signed', 'checked_in', 'checked_out', 'marked'], to: 'confirmed', by: ['organiser'] },
  },
});

// ---- the window ----

/** When check-in and check-out are accepted for a slot: start − 2 h … end + 2 h (both ends included). */
export const windowOf = (slot: Span): { opensAt: number; closesAt: number } => ({
  opensAt: slot.start - R.windowBeforeMs,
  closesAt: slot.end + R.windowAfterMs,
});

export function windowProblem(slot: Span, at: number): 'CHECKIN_TOO_EARLY' | 'CHECKIN_TOO_LATE' | null {
  const w = windowOf(slot);
  if (at < w.opensAt) return 'CHECKIN_TOO_EARLY';
  if (at > w.closesAt) return 'CHECKIN_TOO_LATE';
  return null;
}

// ---- the rotating code ----

/** What a check-in code carries: the slot, when it was issued, a nonce (each code its own). */
export type CodePayload = { s: string; t: number; n: string };

/** Our choice: a code issued up to this far in the future still counts (clocks of two instances differ). */
export const CODE_CLOCK_SKEW_MS = 5_000;

/** Why a verified code's payload is refused for `slotId` at `now`, or null. Its signature is checked before. */
export function codeProblem(
  payload: Record<string, unknown>,
  slotId: string,
  now: number,
): 'CODE_BAD_SIGNATURE' | 'CODE_EXPIRED' | 'CODE_WRONG_SLOT' | null {
  const { s, t, n } = payload;
  if (typeof s !== 'string' || typeof t !== 'number' || typeof n !== 'string' || !n) return 'CODE_BAD_SIGNATURE';
  if (s !== slotId) return 'CODE_WRONG_SLOT';
  if (now - t > R.codeMaxAgeMs || t - now > CODE_CLOCK_SKEW_MS) return 'CODE_EXPIRED';
  return null;
}

// ---- the geofence ----

/** Within the event's radius of its location (GCJ-02 both): the distance rounded to the metre is compared. */
export const withinRadius = (at: GeoPoint, centre: GeoPoint, radiusM: number): boolean => Math.round(distanceM(at, centre)) <= radiusM;

// ---- hours ----

const HOUR_MS = 60 * 60_000;

/** What the last partial hour counts: ≤ 15 min → 0, ≤ 45 min → 0.5, more → 1. */
export function partialHour(ms: number): 0 | 0.5 | 1 {
  if (ms <= R.partialZeroMaxMs) return 0;
  if (ms <= R.partialHalfMaxMs) return 0.5;
  return 1;
}

/** Hours of service = check-out − check-in clipped to the slot: whole hours plus the last partial hour rounded. */
export function serviceHours(checkInAt: number | undefined, checkOutAt: number | undefined, slot: Span): number {
  if (checkInAt === undefined || checkOutAt === undefined) return 0;
  const ms = Math.min(checkOutAt, slot.end) - Math.max(checkInAt, slot.start);
  if (!(ms > 0)) return 0;
  const whole = Math.floor(ms / HOUR_MS);
  return whole + partialHour(ms - whole * HOUR_MS);
}

/** The mark a seat is confirmed with: the leader's, else 正常 with hours measured, else 缺席. */
export function markOf(a: { mark?: AttendanceMark; checkInAt?: number }): AttendanceMark {
  return a.mark ?? (a.checkInAt !== undefined ? '正常' : '缺席');
}

/** 请假 and 缺席 serve no hours, whatever times were recorded. */
export const creditedHours = (mark: AttendanceMark, hours: number): number => (R.markFactors[mark] > 0 ? hours : 0);

/**
 * Points = hours × points per hour × role factor × attendance factor × intensity factor, as a whole number:
 * the product rounded to the nearest point, halves up, after cancelling floating error (core/points roundPoints).
 */
export function attendancePoints(p: {
  hours: number;
  perHour: number;
  role: ServiceRole;
  mark: AttendanceMark;
  intensityFactor: number;
}): number {
  return servicePoints(p.hours, p.perHour, R.roleFactors[p.role], R.markFactors[p.mark], p.intensityFactor);
}

/** The volunteer's role in the event: leader of its team, else staff over its station, else volunteer. */
export function serviceRole(ev: { teamId?: string; stationPath: readonly string[] }, user: Grants): ServiceRole {
  if (ev.teamId && user.roles.some((g) => g.role === 'leader' && g.teamId === ev.teamId)) return 'leader';
  if (user.roles.some((g) => g.role === 'staff') && isStaffOver(user, ev.stationPath)) return 'staff';
  return 'volunteer';
}

// ---- months and days (China time) ----

/** `YYYY-MM-DD` (chinaDate) and `YYYY-MM` (chinaMonth) of `t`, China time. */
export { chinaIsoDate as chinaDate, chinaMonth } from './china-time';

/** When month `YYYY-MM` begins (China time), epoch ms. */
export function monthStart(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y, m - 1, 1) - 8 * HOUR_MS;
}
