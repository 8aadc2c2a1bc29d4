import type {
  AttendanceLine,
  AttendanceMark,
  AttendanceState,
  LineAttendanceAction,
  MyAttendanceAction,
  MyAttendanceView,
  ServiceRole,
} from '../../contracts/attendance';
import type { ServiceRecordView } from '../../contracts/service-records';
import type { CenterSettings } from '../../contracts/settings';
import { ATTENDANCE_MACHINE, attendancePoints, creditedHours, markOf, serviceHours, windowOf, windowProblem } from '../../core/attendance';
import { rosterPhone } from '../../core/event-access';
import type { EventDoc, SlotDoc } from '../event/repo';
import type { SignUpDoc } from '../event/signups-repo';
import type { AttendanceDoc } from './repo';

const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : ({ [k]: v } as { [P in K]: V }));

export const stateOf = (doc: AttendanceDoc | null | undefined): AttendanceState => doc?.state ?? 'signed';

/** Hours as they stand: as credited once confirmed, else what confirming now would credit. */
export function hoursNow(doc: AttendanceDoc | null | undefined, slot: SlotDoc): number {
  if (doc?.state === 'confirmed') return doc.hours ?? 0;
  const hours = serviceHours(doc?.checkInAt, doc?.checkOutAt, slot);
  return creditedHours(markOf(doc ?? {}), hours);
}

/**
 * What confirming a seat credits now: its mark (正常 when checked in, else 缺席, unless marked), its hours,
 * and its points (hours × points per hour × role × attendance × the event's intensity). The one rule both
 * confirm and the roster's preview use.
 */
export function creditNow(
  doc: Pick<AttendanceDoc, 'mark' | 'checkInAt' | 'checkOutAt'> | null | undefined,
  slot: SlotDoc,
  ev: Pick<EventDoc, 'pointsPerHour' | 'intensity'>,
  role: ServiceRole,
  settings: Pick<CenterSettings, 'intensityFactors'>,
): { mark: AttendanceMark; hours: number; points: number } {
  const mark = markOf(doc ?? {});
  const hours = creditedHours(mark, serviceHours(doc?.checkInAt, doc?.checkOutAt, slot));
  const intensityFactor = settings.intensityFactors[ev.intensity ?? 'normal'];
  return { mark, hours, points: attendancePoints({ hours, perHour: ev.pointsPerHour, role, mark, intensityFactor }) };
}

/** What a roster line needs to preview an unconfirmed seat's points: the event, its settings, the seat's role. */
export type PointsPreview = {
  ev: Pick<EventDoc, 'pointsPerHour' | 'intensity'>;
  settings: Pick<CenterSettings, 'intensityFactors'>;
  role: ServiceRole;
};

const times = (doc: AttendanceDoc | null | undefined) => ({
  ...opt('mark', doc?.mark),
  ...opt('checkInAt', doc?.checkInAt),
  ...opt('checkOutAt', doc?.checkOutAt),
  ...opt('checkInMethod', doc?.checkInMethod),
  ...opt('checkOutMethod', doc?.checkOutMethod),
});

/** The volunteer's own attendance on a slot, with what they may do now (inside the window, by the machine). */
export function toMyAttendance(ev: EventDoc, slot: SlotDoc, place: SignUpDoc, doc: AttendanceDoc | null, now: number): MyAttendanceView {
  const state = stateOf(doc);
  const w = windowOf(slot);
  const open = ev.status === 'published' && slot.status === 'open' && !windowProblem(slot, now);
  const actions: MyAttendanceAction[] = open
    ? ATTENDANCE_MACHINE.eventsFor(state, ['holder']).filter((e): e is MyAttendanceAction => e === 'checkIn' || e === 'checkOut')
    : [];
  return {
    signUpId: place._id,
    eventId: ev._id,
    slotId: slot.id,
    eventTitle: ev.title,
    slotStart: slot.start,
    slotEnd: slot.end,
    state,
    ...times(doc),
    windowOpensAt: w.opensAt,
    windowClosesAt: w.closesAt,
    hours: hoursNow(doc, slot),
    ...opt('points', doc?.state === 'confirmed' ? doc.points : undefined),
    location: ev.location,
    radiusM: ev.checkInRadiusM,
    actions,
  };
}

/** One seat of a slot's attendance for its organisers (names and phones whole: they call their volunteers). */
export function toLine(place: SignUpDoc, doc: AttendanceDoc | null | undefined, slot: SlotDoc, preview?: PointsPreview): AttendanceLine {
  const state = stateOf(doc);
  // Confirmed: the points credited. Else, given the event's rule: what confirming now would credit.
  const points =
    state === 'confirmed' ? doc?.points : preview ? creditNow(doc, slot, preview.ev, preview.role, preview.settings).points : undefined;
  const actions: LineAttendanceAction[] = ATTENDANCE_MACHINE.next(state, 'mark') ? ['mark'] : [];
  return {
    signUpId: place._id,
    userId: place.userId,
    name: place.name,
    phone: rosterPhone(place.phone, true),
    state,
    ...times(doc),
    manual: doc?.manual ?? false,
    hours: hoursNow(doc, slot),
    ...opt('points', points),
    actions,
  };
}

/** A confirmed seat as a service record (民政部令第67号 fields). */
export function toRecord(d: AttendanceDoc): ServiceRecordView {
  return {
    id: d._id,
    volunteerName: d.volunteerName ?? '',
    volunteerNumber: d.volunteerNo ?? '',
    eventId: d.eventId,
    eventTitle: d.eventTitle ?? '',
    category: d.category!,
    slotId: d.slotId,
    slotStart: d.slotStart,
    slotEnd: d.slotEnd,
    date: d.date ?? '',
    place: d.place ?? '',
    content: d.content ?? '',
    hours: d.hours ?? 0,
    mark: markOf(d),
    points: d.points ?? 0,
    ...opt('teamName', d.teamName),
    stationId: d.stationId ?? '',
    stationName: d.stationName ?? '',
    confirmedBy: d.confirmedBy ?? '',
    confirmedByName: d.confirmedByName ?? '',
    confirmedAt: d.confirmedAt ?? 0,
    manual: d.manual,
  };
}
