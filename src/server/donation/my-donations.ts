import { DonationInput } from '../../contracts/donation.schema';
import { defineAction } from '../router';
import { registeredPage } from './repo';
import { toDonationView } from './view';

/** What the caller registered (as a donor, or as staff for one), newest first. */
export const myDonations = defineAction({
  input: DonationInput.myDonations,
  async handle({ cursor, limit }, ctx) {
    const me = await ctx.me();
    const page = await registeredPage(ctx.userId, { cursor, limit });
    return { items: page.items.map((d) => toDonationView(d, me)), next: page.next };
  },
});
