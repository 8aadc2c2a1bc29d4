import { EventInput } from '../../contracts/event.schema';
import { EVENT_MACHINE } from '../../core/event';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { cancelledSlotIds, dropPlaces, tellDropped, TELL_INLINE } from './drop';
import { asOrganiser } from './guards';
import { slotField, transitionEvent, type EventDoc } from './repo';
import { toEventView } from './view';

/**
 * An organiser cancels a whole event with a reason: one conditional write cancels it and each of its
 * slots, one more drops every place in it, and everyone who held a seat or waited is told (the first
 * TELL_INLINE here, the rest by the drop job within minutes). Audited.
 */
export const cancel = defineAction({
  input: EventInput.cancel,
  write: true,
  async handle({ id, reason }, ctx) {
    const { me, ev } = await asOrganiser(ctx, id);
    if (!EVENT_MACHINE.next(ev.status, 'cancel')) throw new AppError('EVENT_CANCELLED');
    const patch: Record<string, unknown> = { cancelledAt: ctx.now, cancelReason: reason, lastCancelAt: ctx.now, updatedAt: ctx.now };
    ev.slots.forEach((s, i) => {
      if (s.status === 'open') Object.assign(patch, { [slotField(i, 'status')]: 'cancelled', [slotField(i, 'cancelledAt')]: ctx.now });
    });
    if (!(await transitionEvent(id, 'cancel', {}, { ...patch, status: 'cancelled' }))) throw new AppError('EVENT_CANCELLED');
    const cancelled: EventDoc = {
      ...ev,
      status: 'cancelled',
      cancelledAt: ctx.now,
      cancelReason: reason,
      lastCancelAt: ctx.now,
      slots: ev.slots.map((s) => (s.status === 'open' ? { ...s, status: 'cancelled', cancelledAt: ctx.now } : s)),
    };
    const dropped = await dropPlaces(cancelled, cancelledSlotIds(cancelled), ctx.now, reason);
    await tellDropped(ctx.notify, ctx.now, { eventId: id, max: TELL_INLINE });
    await audit(ctx, { action: 'event.cancel', targetType: 'event', targetId: id, nodePath: ev.stationPath, detail: { reason, dropped } });
    return { ...toEventView(cancelled, { reader: me, places: [] }, ctx.now), dropped };
  },
});
