import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { requireStaffOver } from '../shared/guards';
import { findDonation, type DonationDoc } from './repo';

/** The donation, for staff over its station (the caller and the donation read at once); others are refused. */
export async function donationForStaff(ctx: Ctx, id: string): Promise<DonationDoc> {
  const [d] = await Promise.all([findDonation(id), ctx.me()]);
  if (!d) throw new AppError('DONATION_NOT_FOUND');
  await requireStaffOver(ctx, d.stationPath);
  return d;
}
