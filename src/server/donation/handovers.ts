import { DonationInput } from '../../contracts/donation.schema';
import { isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireStaffOver } from '../shared/guards';
import { findDonation, handoverPage } from './repo';
import { toHandoverView } from './view';

/**
 * A donation's handovers, newest first: staff over its station see each household's name and phone; the
 * one who registered it sees them masked (张**, 138****1234); anyone else is refused.
 */
export const handovers = defineAction({
  input: DonationInput.handovers,
  async handle({ donationId, cursor, limit }, ctx) {
    const [d, me] = await Promise.all([findDonation(donationId), ctx.me()]);
    if (!d) throw new AppError('DONATION_NOT_FOUND');
    const staff = isStaffOver(me, d.stationPath);
    if (!staff && d.registeredBy !== ctx.userId) await requireStaffOver(ctx, d.stationPath);
    const page = await handoverPage(donationId, { cursor, limit });
    return { items: page.items.map((h) => toHandoverView(h, staff)), next: page.next };
  },
});
