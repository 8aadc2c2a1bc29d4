import type { AttendanceSheetView, SlotAttendanceAction } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { windowProblem } from '../../core/attendance';
import { rosterPage } from '../event/signups-repo';
import { defineAction } from '../router';
import { asSlotOrganiser } from './guards';
import { attendanceOf, presenceCounts } from './repo';
import { toLine } from './view';

/**
 * A slot's attendance for its organisers: its seats in the order they were taken, each with state, mark,
 * times and hours, and what they may do (the live code inside the window, confirming once the slot ended).
 * Reads: the caller and the event, then a page of seats and the slot's counts at once, then the page's
 * attendance documents.
 */
export const attendanceSheet = defineAction({
  input: AttendanceInput.attendance,
  async handle({ slotId, cursor, limit }, ctx): Promise<AttendanceSheetView> {
    const { ev, slot } = await asSlotOrganiser(ctx, slotId);
    const [page, counts] = await Promise.all([rosterPage(slotId, 'confirmed', { cursor, limit }), presenceCounts(slotId)]);
    const docs = new Map((await attendanceOf(page.items.map((p) => p._id))).map((d) => [d._id, d]));
    const live = ev.status === 'published' && slot.status === 'open';
    const { confirmed } = counts;
    const actions: SlotAttendanceAction[] = [];
    if (live && !windowProblem(slot, ctx.now)) actions.push('liveCode');
    if (live && ctx.now >= slot.end && confirmed < slot.taken) actions.push('confirm');
    return {
      items: page.items.map((p) => toLine(p, docs.get(p._id), slot)),
      next: page.next,
      eventId: ev._id,
      slotId,
      eventTitle: ev.title,
      slotStart: slot.start,
      slotEnd: slot.end,
      seats: slot.taken,
      checkedIn: counts.checkedIn,
      checkedOut: counts.checkedOut,
      confirmed,
      actions,
    };
  },
});
