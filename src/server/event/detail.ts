import type { EventView } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import type { Reader } from '../../core/event-access';
import { defineAction } from '../router';
import { requireEvent } from './guards';
import { remember } from './hints';
import { myPlacesIn, waitingAhead } from './signups-repo';
import { toEventView } from './view';

/**
 * One event as the caller may see it: every slot with its seats left and waitlist, the caller's own
 * places (a waitlist place with its position: one count each) and what they may do now — sign up, join a
 * waitlist, cancel; edit, cancel and the roster for organisers.
 */
export const detail = defineAction({
  input: EventInput.detail,
  async handle({ id }, ctx): Promise<EventView> {
    const [me, ev, places] = await Promise.all([ctx.caller(), requireEvent(id), myPlacesIn(id, ctx.userId)]);
    // A sign-up usually follows a detail: it may go by this copy instead of reading the event (./hints.ts).
    remember(ev);
    const positions = new Map<string, number>();
    await Promise.all(
      places
        .filter((p) => p.status === 'waiting' && p.ticket !== undefined)
        .map(async (p) => positions.set(p._id, 1 + (await waitingAhead(p.slotId, p.ticket as number)))),
    );
    return toEventView(ev, { reader: me as Reader | null, places, positions }, ctx.now);
  },
});
