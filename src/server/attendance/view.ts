import type {
  AttendanceLine,
  AttendanceState,
  LineAttendanceAction,
  MyAttendanceAction,
  MyAttendanceView,
  ServiceRecordView,
} from '../../contracts/attendance';
import { ATTENDANCE_MACHINE, creditedHours, markOf, serviceHours, windowOf, windowProblem } from '../../core/attendance';
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
export function toLine(place: SignUpDoc, doc: AttendanceDoc | null | undefined, slot: SlotDoc): AttendanceLine {
  const state = stateOf(doc);
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
    ...opt('points', doc?.state === 'confirmed' ? doc.points : undefined),
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
