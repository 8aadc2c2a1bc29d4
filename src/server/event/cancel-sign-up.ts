import { EventInput } from '../../contracts/event.schema';
import { cancelDeadline, mayCancel } from '../../core/event';
import { chinaDateTime } from '../../core/subscribe';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireEvent } from './guards';
import { endPlace } from './release-place';
import { slotIndex } from './seats';
import { findSignUp } from './signups-repo';
import { toMySignUp } from './view';

/**
 * A volunteer gives up their place: a seat until 2 h before its slot starts (the seat then goes to the
 * first in line, who is told), a waitlist place until the slot starts. Someone else's place is not found.
 */
export const cancelSignUp = defineAction({
  input: EventInput.cancelSignUp,
  write: true,
  async handle({ signUpId }, ctx) {
    const p = await findSignUp(signUpId);
    if (!p || p.userId !== ctx.userId) throw new AppError('EVENT_SIGNUP_NOT_FOUND');
    const ev = await requireEvent(p.eventId);
    const { slot } = slotIndex(ev, p.slotId);
    const { ended, promoted } = await endPlace(ctx, ev, p, {
      event: 'cancel',
      status: 'cancelled',
      check: (cur) => {
        const status = cur.status === 'waiting' ? 'waiting' : 'confirmed';
        if (mayCancel(status, slot, ctx.now)) return;
        if (status === 'confirmed')
          throw new AppError(
            'EVENT_CANCEL_TOO_LATE',
            `场次开始前2小时（${chinaDateTime(cancelDeadline(slot))}）以后不能再取消报名，如有特殊情况请联系队长`,
          );
        throw new AppError('EVENT_SIGNUP_CLOSED', '场次已经开始了');
      },
    });
    return { ...toMySignUp(ended), promoted: !!promoted };
  },
});
