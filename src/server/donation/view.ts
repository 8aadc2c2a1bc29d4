/** What each reader sees of a donation and a handover: phones always masked on a donation; a household's name and phone in full for staff over the station only. */
import type { DonationView, HandoverView } from '../../contracts/donation';
import { isStaffOver, type Grants } from '../../core/access';
import { donationActions } from '../../core/donation';
import { maskName, maskPhone } from '../../core/mask';
import type { DonationDoc, HandoverDoc } from './repo';
import { opt } from '../shared/view-fields';

export function toDonationView(d: DonationDoc, me: Grants): DonationView {
  return {
    id: d._id,
    state: d.state,
    stationId: d.stationId,
    stationName: d.stationName,
    item: d.item,
    qty: d.qty,
    unit: d.unit,
    handedOver: d.handedOver,
    remaining: d.remaining,
    donorKind: d.donorKind,
    donorName: d.donorName,
    ...opt('donorPhone', d.donorPhone ? maskPhone(d.donorPhone) : undefined),
    ...opt('note', d.note),
    createdAt: d.createdAt,
    ...opt('receivedAt', d.receivedAt),
    ...opt('declinedNote', d.declinedNote),
    actions: donationActions(d, isStaffOver(me, d.stationPath)),
  };
}

export function toHandoverView(h: HandoverDoc, staff: boolean): HandoverView {
  const phone = h.recipientPhone ? (staff ? h.recipientPhone : maskPhone(h.recipientPhone)) : undefined;
  return {
    id: h._id,
    donationId: h.donationId,
    item: h.item,
    unit: h.unit,
    qty: h.qty,
    recipientName: staff ? h.recipientName : maskName(h.recipientName),
    ...opt('recipientPhone', phone),
    handedAt: h.handedAt,
    ...opt('note', h.note),
    masked: !staff,
  };
}
