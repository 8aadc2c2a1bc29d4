import type { WishView, WishViewAction, WishViewer } from '../../contracts/wish';
import { maskName } from '../../core/mask';
import { autoConfirmAt, claimDeadline, expiresAt, WISH_MACHINE, wishPoints } from '../../core/wish';
import { seesContact, viewerOf, wishActions, type Reader } from '../../core/wish-access';
import { opt, present } from '../shared/view-fields';
import type { WishDoc } from './repo';

/** A timer's deadline is shown while its event can still fire (the wish is in a state the event leaves). */
const pending = (w: WishDoc, event: 'expire' | 'lapse' | 'autoConfirm') => WISH_MACHINE.next(w.status, event) !== null;

/**
 * A wish as `viewer` may see it. The public gets the beneficiary's masked name and nothing else of them —
 * phone and address are left out, not blanked — and none of the parties' notes. `actions`: what the
 * viewer may do now (viewFor works them out; lists leave them out).
 */
export function toWishView(w: WishDoc, viewer: WishViewer, actions?: WishViewAction[]): WishView {
  const party = seesContact(viewer);
  const beneficiary = party
    ? { name: w.beneficiary.name, ...opt('phone', w.beneficiary.phone), address: w.beneficiary.address }
    : { name: maskName(w.beneficiary.name) };
  return {
    id: w._id,
    status: w.status,
    title: w.title,
    story: w.story,
    category: w.category,
    valueFen: w.valueFen,
    photos: w.photos,
    stationId: w.stationId,
    stationName: w.stationName,
    proxy: w.proxy,
    beneficiary,
    viewer,
    ...(actions ? { actions } : {}),
    points: wishPoints(w.points),
    createdAt: w.createdAt,
    ...opt('openedAt', w.openedAt),
    ...(pending(w, 'expire') && w.openedAt !== undefined ? { expiresAt: expiresAt(w.openedAt) } : {}),
    ...opt('claimerName', w.claimerName && !party && w.claimerKind === 'volunteer' ? maskName(w.claimerName) : w.claimerName),
    ...opt('claimedAt', w.claimedAt),
    ...(pending(w, 'lapse') && w.claimedAt !== undefined ? { claimDeadline: claimDeadline(w.claimedAt) } : {}),
    ...opt('fulfilledAt', w.fulfilledAt),
    ...(pending(w, 'autoConfirm') && w.fulfilledAt !== undefined ? { autoConfirmAt: autoConfirmAt(w.fulfilledAt) } : {}),
    ...opt('confirmedAt', w.confirmedAt),
    ...(party ? present(w, ['fulfilNote', 'fulfilPhotos', 'rating', 'comment', 'autoConfirmed', 'pointsAwarded', 'contacts']) : {}),
    ...(viewer === 'owner' || viewer === 'staff' ? opt('rejectReason', w.rejectReason) : {}),
    ...(viewer === 'staff' ? { flagged: w.flagged, flaggedFields: w.flaggedFields } : {}),
  };
}

/** The view for whoever `reader` is to the wish, with what they may do now (core/wish-access wishActions). */
export function viewFor(w: WishDoc, reader: Reader | null): WishView {
  return toWishView(w, viewerOf(w, reader), wishActions(w, reader));
}
