import type { RosterPage } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import type { Reader } from '../../core/event-access';
import { defineAction } from '../router';
import { asOrganiser } from './guards';
import { slotIndex } from './seats';
import { rosterPage, waitingAhead } from './signups-repo';
import { toRosterEntry, toSlotView } from './view';

/**
 * A slot's roster for its organisers: the seats in the order they were taken, or the waitlist in line
 * order with each one's position, names and phones whole (they call their volunteers). One read a page,
 * plus one count for where a waitlist page starts.
 */
export const roster = defineAction({
  input: EventInput.roster,
  async handle({ eventId, slotId, list, cursor, limit }, ctx): Promise<RosterPage> {
    const { me, ev } = await asOrganiser(ctx, eventId);
    const { slot } = slotIndex(ev, slotId);
    const page = await rosterPage(slotId, list, { cursor, limit });
    const first = page.items[0];
    const ahead = list === 'waiting' && first?.ticket !== undefined ? await waitingAhead(slotId, first.ticket) : 0;
    return {
      items: page.items.map((p, i) => toRosterEntry(p, true, list === 'waiting' ? ahead + i + 1 : undefined)),
      next: page.next,
      slot: toSlotView(ev, slot, { reader: me as Reader, places: [] }, ctx.now),
    };
  },
});
