/** The donation zone's reads: a node's donations (staff), one's own registrations, a donation's handovers. One read a page after the caller. */
import { DonationInput } from '../../contracts/donation.schema';
import { isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { requireStaffOver } from '../shared/guards';
import { findDonation, handoverPage, registeredPage, stationPage } from './repo';
import { toDonationView, toHandoverView } from './view';

/** Staff over the node (a 站, or a 所 for its stations): donations registered there, newest first. */
export const stationDonations = defineAction({
  input: DonationInput.stationDonations,
  async handle({ nodeId, state, cursor, limit }, ctx) {
    const [node, me] = await Promise.all([findNode(nodeId), ctx.me()]);
    if (!node) throw new AppError('DONATION_STATION_NOT_FOUND');
    await requireStaffOver(ctx, node.path);
    const page = await stationPage(nodeId, state, { cursor, limit });
    return { items: page.items.map((d) => toDonationView(d, me)), next: page.next };
  },
});

/** What the caller registered (as a donor, or as staff for one), newest first. */
export const myDonations = defineAction({
  input: DonationInput.myDonations,
  async handle({ cursor, limit }, ctx) {
    const me = await ctx.me();
    const page = await registeredPage(ctx.userId, { cursor, limit });
    return { items: page.items.map((d) => toDonationView(d, me)), next: page.next };
  },
});

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
