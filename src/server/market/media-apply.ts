/**
 * Applying an image check's verdict to what the photo belongs to. A listing records it on the photo
 * (`photoChecks.<key>`, only while that photo is still there and still waits), a risky photo rejects the
 * listing in the same write and the producer is told, `review` and `timeout` flag it for staff. A wish is
 * flagged for staff on anything but a pass (staff review every wish before it opens). Each write is
 * conditional, so applying a verdict again changes nothing.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { PhotoCheck } from '../../contracts/market';
import { MARKET_ERROR_MESSAGES } from '../../contracts/market-errors';
import { photoKey } from '../../core/market';
import { db } from '../cloud';
import type { NotifyMessage } from '../inbox/notify';
import { updateIf } from '../shared/docs';
import { requestImageChecks, type MediaCheckDoc, type MediaTarget } from '../shared/media-check';
import { listingNotice } from './notices';
import { findListing, recordPhotoCheck, type ListingDoc } from './repo';

/** The reason a listing with a risky photo reads. */
export const PHOTO_RISKY_REASON = MARKET_ERROR_MESSAGES.MARKET_PHOTO_RISKY;

async function applyToListing(id: string, key: string, verdict: PhotoCheck, now: number): Promise<NotifyMessage[]> {
  const at = { updatedAt: now };
  if (verdict === 'pass') {
    await recordPhotoCheck(id, key, 'pass', at);
    return [];
  }
  if (verdict !== 'risky') {
    await recordPhotoCheck(id, key, verdict, { ...at, flagged: true });
    return [];
  }
  const listing = await findListing(id);
  if (!listing) return [];
  const rejected = { ...at, rejectReason: PHOTO_RISKY_REASON };
  // Rejects it wherever it stands (the machine's photoRisky); one already rejected just records the photo.
  const changed = (await recordPhotoCheck(id, key, 'risky', rejected, 'photoRisky')) || (await recordPhotoCheck(id, key, 'risky', at));
  if (!changed) return [];
  const updated: ListingDoc = {
    ...listing,
    status: 'rejected',
    rejectReason: listing.status === 'rejected' ? listing.rejectReason : PHOTO_RISKY_REASON,
  };
  return listingNotice(updated, 'photoRisky', now);
}

async function applyToWish(id: string, verdict: PhotoCheck, now: number): Promise<NotifyMessage[]> {
  if (verdict === 'pass' || verdict === 'pending') return [];
  await updateIf(COLLECTIONS.wishes, { _id: id }, { flagged: true, flaggedFields: db().command.addToSet('photos'), updatedAt: now });
  return [];
}

/** Applies `verdict` to the check's target; answers the notices to send. */
export function applyVerdict(check: Pick<MediaCheckDoc, 'target' | 'key'>, verdict: PhotoCheck, now: number): Promise<NotifyMessage[]> {
  return check.target.kind === 'listing'
    ? applyToListing(check.target.id, check.key, verdict, now)
    : applyToWish(check.target.id, verdict, now);
}

/**
 * Asks for the checks of `fileIds` (new photos of `target`), then applies what is known at once: a request
 * that failed counts as 'review' (a person looks: `failed` lists those photos), and a verdict that beat its
 * own request is applied now (`early`: rare — the caller reads the target again before answering).
 */
export async function checkPhotos(
  openid: string,
  target: MediaTarget,
  fileIds: string[],
  now: number,
): Promise<{ notices: NotifyMessage[]; failed: string[]; early: boolean }> {
  const { failed, early } = await requestImageChecks(openid, target, fileIds, now);
  const notices: NotifyMessage[] = [];
  for (const fileId of failed) notices.push(...(await applyVerdict({ target, key: photoKey(fileId) }, 'review', now)));
  for (const c of early) notices.push(...(await applyVerdict(c, c.status, now)));
  return { notices, failed, early: early.length > 0 };
}
