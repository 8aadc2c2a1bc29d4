import { EventInput } from '../../contracts/event.schema';
import { EVENT_MACHINE, SLOT_MACHINE } from '../../core/event';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { dropPlaces, tellDropped, TELL_INLINE } from './drop';
import { asOrganiser } from './guards';
import { openSlot, slotField, updateEventIf, type EventDoc } from './repo';
import { slotIndex } from './seats';
import { toEventView } from './view';

/**
 * An organiser cancels one slot with a reason: one conditional write (the slot still open in a published
 * event), then every place on it is dropped and its volunteers are told, as for a whole event. Cancelling
 * the last open slot cancels the event with it. Audited.
 */
export const cancelSlot = defineAction({
  input: EventInput.cancelSlot,
  write: true,
  async handle({ id, slotId, reason }, ctx) {
    const { me, ev } = await asOrganiser(ctx, id);
    if (!EVENT_MACHINE.next(ev.status, 'cancel')) throw new AppError('EVENT_CANCELLED');
    const { index, slot } = slotIndex(ev, slotId);
    if (!SLOT_MACHINE.next(slot.status, 'cancel')) throw new AppError('EVENT_SLOT_CANCELLED');
    const othersOpen = ev.slots.some((s, i) => i !== index && s.status === 'open');
    const patch: Record<string, unknown> = {
      [slotField(index, 'status')]: 'cancelled',
      [slotField(index, 'cancelledAt')]: ctx.now,
      [slotField(index, 'cancelReason')]: reason,
      lastCancelAt: ctx.now,
      updatedAt: ctx.now,
      ...(othersOpen ? {} : { status: 'cancelled', cancelledAt: ctx.now, cancelReason: reason }),
    };
    // The last open slot: the others must still be cancelled when the event goes with it.
    const others = othersOpen
      ? {}
      : Object.fromEntries(ev.slots.map((s, i) => [slotField(i, 'status'), i === index ? 'open' : 'cancelled']));
    if (!(await updateEventIf(id, { ...openSlot(index, slotId), ...others }, patch))) throw new AppError('CONFLICT');
    const after: EventDoc = {
      ...ev,
      ...(othersOpen ? {} : { status: 'cancelled' as const, cancelledAt: ctx.now, cancelReason: reason }),
      lastCancelAt: ctx.now,
      slots: ev.slots.map((s, i) => (i === index ? { ...s, status: 'cancelled' as const, cancelledAt: ctx.now, cancelReason: reason } : s)),
    };
    const dropped = await dropPlaces(after, [slotId], ctx.now, reason);
    await tellDropped(ctx.notify, ctx.now, { eventId: id, max: TELL_INLINE });
    await audit(ctx, {
      action: 'event.cancelSlot',
      targetType: 'event',
      targetId: id,
      nodePath: ev.stationPath,
      detail: { slotId, reason, dropped },
    });
    return { ...toEventView(after, { reader: me, places: [] }, ctx.now), dropped };
  },
});
