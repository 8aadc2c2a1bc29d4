import { DonationInput } from '../../contracts/donation.schema';
import { isStaffOver } from '../../core/access';
import { chinaMonth } from '../../core/ledger';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { newId } from '../shared/ids';
import { insertDonation, type DonationDoc } from './repo';
import { toDonationView } from './view';

/**
 * Goods donated at a station (爱心物资捐赠区): a unit or a resident registers what, how much and from whom;
 * it waits for the station's staff to confirm they received it. Staff over the station enter a donation
 * they took in themselves: received at once, audited. Calls: the caller and the station (2 reads at once),
 * the text check, one insert (+ the audit), the write budget.
 */
export const registerDonation = defineAction({
  input: DonationInput.registerDonation,
  write: true,
  async handle(input, ctx) {
    const [me, station] = await Promise.all([ctx.me(), findNode(input.stationId)]);
    if (!station || station.kind !== 'station') throw new AppError('DONATION_STATION_NOT_FOUND');
    const staff = isStaffOver(me, station.path);
    await checkTexts(ctx.openid, [
      { field: 'item', label: '物资名称', text: input.item, scene: SCENE.profile },
      { field: 'donorName', label: '捐赠方名称', text: input.donorName, scene: SCENE.profile },
      { field: 'note', label: '备注', text: input.note, scene: SCENE.comment },
    ]);
    const doc: DonationDoc = {
      _id: newId('d', ctx.now),
      state: staff ? 'received' : 'pending',
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      item: input.item,
      qty: input.qty,
      unit: input.unit,
      remaining: input.qty,
      handedOver: 0,
      donorKind: input.donorKind,
      donorName: input.donorName,
      ...(input.donorPhone ? { donorPhone: input.donorPhone } : {}),
      ...(input.note ? { note: input.note } : {}),
      registeredBy: ctx.userId,
      byStaff: staff,
      createdAt: ctx.now,
      ...(staff ? { receivedAt: ctx.now, receivedBy: ctx.userId, receivedMonth: chinaMonth(ctx.now) } : {}),
      updatedAt: ctx.now,
    };
    await insertDonation(doc);
    if (staff)
      await audit(ctx, {
        action: 'donation.register',
        ...targetOf('donation', doc),
        detail: { item: doc.item, qty: doc.qty, unit: doc.unit },
      });
    return toDonationView(doc, me);
  },
});
