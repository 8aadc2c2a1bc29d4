import type { AttendanceSheetView, SlotAttendanceAction } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { serviceRole, windowProblem } from '../../core/attendance';
import { rosterPage } from '../event/signups-repo';
import { defineAction } from '../router';
import { loadCenterSettings } from '../shared/center-settings';
import { asSlotOrganiser } from './guards';
import { usersByIds } from './places';
import { attendanceOf, presenceCounts } from './repo';
import { toLine } from './view';

/**
 * A slot's attendance for its organisers: its seats in the order they were taken, each with state, mark,
 * times and hours, and what they may do (the live code inside the window, confirming once the slot ended).
 * Unconfirmed lines carry the points confirming now would credit (the same rule as confirm: role, mark,
 * the event's intensity), so the leader sees them before confirming.
 * Reads: the caller and the event, then a page of seats, the slot's counts and the settings (cached) at
 * once, then the page's attendance documents and its users (for their roles) at once.
 */
export const attendanceSheet = defineAction({
  input: AttendanceInput.attendance,
  async handle({ slotId, cursor, limit }, ctx): Promise<AttendanceSheetView> {
    const { ev, slot } = await asSlotOrganiser(ctx, slotId);
    const [page, counts, settings] = await Promise.all([
      rosterPage(slotId, 'confirmed', { cursor, limit }),
      presenceCounts(slotId),
      loadCenterSettings(ctx.now),
    ]);
    const [attendance, users] = await Promise.all([
      attendanceOf(page.items.map((p) => p._id)),
      usersByIds(page.items.map((p) => p.userId)),
    ]);
    const docs = new Map(attendance.map((d) => [d._id, d]));
    const byUser = new Map(users.map((u) => [u._id, u]));
    const live = ev.status === 'published' && slot.status === 'open';
    const { confirmed } = counts;
    const actions: SlotAttendanceAction[] = [];
    if (live && !windowProblem(slot, ctx.now)) actions.push('liveCode', 'scanPerson');
    if (live && ctx.now >= slot.end && confirmed < slot.taken) actions.push('confirm');
    return {
      items: page.items.map((p) => {
        const user = byUser.get(p.userId);
        return toLine(p, docs.get(p._id), slot, user && { ev, settings, role: serviceRole(ev, user) });
      }),
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
