import { DonationInput } from '../../contracts/donation.schema';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { requireStaffOver } from '../shared/guards';
import { stationPage } from './repo';
import { toDonationView } from './view';

/** Staff over the node (a 站, or a 所 for its stations): donations registered there, newest first. One read a page after the caller and the node. */
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
