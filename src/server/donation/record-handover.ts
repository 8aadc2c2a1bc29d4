import { DonationInput } from '../../contracts/donation.schema';
import { canHandOver } from '../../core/donation';
import { chinaMonth } from '../../core/ledger';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { newId } from '../shared/ids';
import { donationForStaff } from './guards';
import { findDonation, giveBack, insertHandover, takeRemaining, type HandoverDoc } from './repo';
import { toDonationView, toHandoverView } from './view';

/**
 * Staff over the station hand donated goods to a supported household. The quantity comes out of the
 * donation's `remaining` by one conditional write (`remaining >= qty`) before the handover is written, so
 * staff handing out at once never give more than was donated: a take that the others' takes left short
 * answers DONATION_NOT_ENOUGH and changes nothing. Should the handover's insert fail, the take is given back.
 * Calls: the caller and the donation (2 reads at once), the take, the insert, the audit, a re-read.
 */
export const recordHandover = defineAction({
  input: DonationInput.recordHandover,
  write: true,
  async handle(input, ctx) {
    const d = await donationForStaff(ctx, input.donationId);
    if (d.state !== 'received') throw new AppError('DONATION_NOT_RECEIVED');
    const handedAt = input.handedAt ?? ctx.now;
    // A minute's grace for a phone's clock.
    if (handedAt > ctx.now + 60_000) throw new AppError('DONATION_HANDED_IN_FUTURE');
    if (!canHandOver(d.state, d.remaining, input.qty)) throw new AppError('DONATION_NOT_ENOUGH');
    if (!(await takeRemaining(d._id, input.qty, ctx.now))) {
      const now = await findDonation(d._id);
      throw new AppError(now && now.state !== 'received' ? 'DONATION_NOT_RECEIVED' : 'DONATION_NOT_ENOUGH');
    }
    const h: HandoverDoc = {
      _id: newId('h', ctx.now),
      donationId: d._id,
      stationId: d.stationId,
      stationPath: d.stationPath,
      item: d.item,
      unit: d.unit,
      qty: input.qty,
      recipientName: input.recipientName,
      ...(input.recipientPhone ? { recipientPhone: input.recipientPhone } : {}),
      recipientKey: `${input.recipientName}|${input.recipientPhone ?? ''}`,
      handedAt,
      month: chinaMonth(handedAt),
      ...(input.note ? { note: input.note } : {}),
      recordedBy: ctx.userId,
      createdAt: ctx.now,
    };
    try {
      await insertHandover(h);
    } catch (err) {
      await giveBack(d._id, input.qty, ctx.now);
      throw err;
    }
    await audit(ctx, {
      action: 'donation.handover',
      ...targetOf('donation', d),
      detail: { handoverId: h._id, qty: h.qty },
    });
    const after = (await findDonation(d._id)) ?? { ...d, remaining: d.remaining - input.qty, handedOver: d.handedOver + input.qty };
    return { donation: toDonationView(after, await ctx.me()), handover: toHandoverView(h, true) };
  },
});
