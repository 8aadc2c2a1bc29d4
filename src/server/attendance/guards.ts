import type { AttendanceErrorCode } from '../../contracts/attendance-errors';
import { organiserRefusal, type Reader } from '../../core/event-access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { refuseIf } from '../shared/guards';
import type { EventDoc, SlotDoc } from '../event/repo';
import type { SignUpDoc } from '../event/signups-repo';
import type { UserDoc } from '../user/repo';
import { eventOfSlot } from './places';
import type { AttendanceDoc } from './repo';

export const fail = (code: AttendanceErrorCode | 'EVENT_SLOT_NOT_FOUND' | 'EVENT_SIGNUP_NOT_FOUND'): never => {
  throw new AppError(code);
};

export type SlotAt = { ev: EventDoc; slot: SlotDoc };

/** The slot and its event, or EVENT_SLOT_NOT_FOUND. */
export async function requireSlot(slotId: string): Promise<SlotAt> {
  const ev = await eventOfSlot(slotId);
  const slot = ev?.slots.find((s) => s.id === slotId);
  if (!ev || !slot) return fail('EVENT_SLOT_NOT_FOUND');
  return { ev, slot };
}

/** A cancelled event or slot takes no attendance. */
export function refuseCancelled({ ev, slot }: SlotAt): void {
  if (ev.status === 'cancelled' || slot.status === 'cancelled') fail('ATTENDANCE_SLOT_CANCELLED');
}

/** The slot, its event and the caller, who must organise it (a leader of its team, staff over its station). */
export async function asSlotOrganiser(ctx: Ctx, slotId: string): Promise<SlotAt & { me: UserDoc }> {
  const [me, at] = await Promise.all([ctx.me(), requireSlot(slotId)]);
  refuseIf(organiserRefusal(at.ev, me as Reader));
  return { ...at, me };
}

/** The caller's place must be a seat: none (or ended) is NOT_SIGNED_UP, a waitlist place SIGNUP_WAITLISTED. */
export function requireSeat(place: SignUpDoc | null): SignUpDoc {
  if (place?.status === 'confirmed') return place;
  return fail(place?.status === 'waiting' ? 'SIGNUP_WAITLISTED' : 'NOT_SIGNED_UP');
}

/** Why a seat's attendance that exists already refuses a check-in or check-out with `nonce`. */
export function presenceRefusal(doc: AttendanceDoc, kind: 'checkIn' | 'checkOut', nonce: string | undefined): AttendanceErrorCode {
  if (nonce && (doc.checkInNonce === nonce || doc.checkOutNonce === nonce)) return 'CODE_REPLAYED';
  if (doc.state === 'confirmed') return 'ATTENDANCE_CONFIRMED';
  if (doc.state === 'marked') return 'CHECKIN_MARKED';
  if (kind === 'checkIn') return 'CHECKIN_ALREADY';
  return doc.state === 'checked_out' ? 'CHECKOUT_ALREADY' : 'CHECKOUT_NOT_CHECKED_IN';
}
