import { EventInput } from '../../contracts/event.schema';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { asOrganiser } from './guards';
import { eventNotice } from './notices';
import { endPlace } from './release-place';
import { slotIndex } from './seats';
import { findSignUp } from './signups-repo';
import { toRosterEntry } from './view';

/**
 * An organiser removes a volunteer's place (a seat or a waitlist place) until the slot ends, with a reason
 * the volunteer reads. A freed seat goes to the first in line before the slot starts. Audited.
 */
export const removeSignUp = defineAction({
  input: EventInput.removeSignUp,
  write: true,
  async handle({ signUpId, reason }, ctx) {
    const p = await findSignUp(signUpId);
    if (!p) throw new AppError('EVENT_SIGNUP_NOT_FOUND');
    const { ev } = await asOrganiser(ctx, p.eventId);
    const { slot } = slotIndex(ev, p.slotId);
    const { ended, promoted } = await endPlace(ctx, ev, p, {
      event: 'remove',
      status: 'removed',
      reason,
      check: () => {
        if (ctx.now >= slot.end) throw new AppError('EVENT_SIGNUP_ENDED', '场次已经结束，不能再移除');
      },
    });
    ctx.notify(eventNotice(ended, 'removed', { reason }));
    await audit(ctx, {
      action: 'event.removeSignUp',
      targetType: 'event_signup',
      targetId: p._id,
      nodePath: ev.stationPath,
      detail: { eventId: ev._id, slotId: p.slotId, reason },
    });
    return { ...toRosterEntry(ended, true), promoted: !!promoted };
  },
});
