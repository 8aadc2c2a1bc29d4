import { DonationInput } from '../../contracts/donation.schema';
import { DONATION_MACHINE } from '../../core/donation';
import { chinaMonth } from '../../core/ledger';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { donationForStaff } from './guards';
import { transitionDonation } from './repo';
import { toDonationView } from './view';

/**
 * Staff over the station confirm a registered donation arrived (received: it counts in the month's 台账 and
 * can be handed out) or turn it down. One conditional write from `pending`: a second confirmation, or two
 * staff at once, answer DONATION_NOT_PENDING and change nothing.
 */
export const confirmDonation = defineAction({
  input: DonationInput.confirmDonation,
  write: true,
  async handle({ donationId, accept, note }, ctx) {
    const d = await donationForStaff(ctx, donationId);
    const patch = accept
      ? { receivedAt: ctx.now, receivedBy: ctx.userId, receivedMonth: chinaMonth(ctx.now), updatedAt: ctx.now }
      : { declinedAt: ctx.now, ...(note ? { declinedNote: note } : {}), updatedAt: ctx.now };
    const event = accept ? 'receive' : 'decline';
    if (!(await transitionDonation(d._id, event, patch))) throw new AppError('DONATION_NOT_PENDING');
    await audit(ctx, {
      action: accept ? 'donation.receive' : 'donation.decline',
      ...targetOf('donation', d),
      detail: { item: d.item, qty: d.qty, ...(note ? { note } : {}) },
    });
    // The write matched `d` still pending, so nothing else moved it: the donation is `d` with the patch.
    return toDonationView({ ...d, ...patch, state: DONATION_MACHINE.transitions[event].to }, await ctx.me());
  },
});
