/** Shared set-up for the market tests: producers, photos (passing or made to fail the image check), listings. */
import { COLLECTIONS } from '@/contracts/collections';
import type { ListingView, ProducerView } from '@/contracts/market';
import type { MarketInputOf } from '@/contracts/market.schema';
import { markedPng } from '../../../emulator/openapi/media-check';
import { encodeGreyPng } from '../../../emulator/openapi/png';
import { listingInput } from '../../helpers/fixtures-market';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { inboxOf, staffAt } from '../../helpers/people';
import { eventually } from '../../helpers/poll';
import { rowsOf } from '../../helpers/stored';

export { inboxOf, rowsOf, staffAt };
export const NANTANG = ['n-center', 'n-chengguan', 'n-nantang'];

/** A small PNG; `seed` changes its pixels so every photo is its own file. */
export const png = (seed = 0) => encodeGreyPng(4, 4, (x, y) => (x * 40 + y * 10 + seed * 7) % 256);
/** A PNG the local image check answers `risky` (or `review`) for: a tEXt chunk carries the marker. */
export const failingPng = (suggest: 'risky' | 'review' = 'risky', seed = 0) => markedPng(png(seed), suggest);

/** Uploads through the gateway as the H5 app does; answers the cloud file id. */
export async function upload(cloud: LocalCloud, who: Caller, bytes: Buffer = png(Math.floor(Math.random() * 1000))): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'photo.png');
  const res = await fetch(`${cloud.gateway.url}/api/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}` },
    body: form,
  });
  const body = (await res.json()) as { fileID?: string };
  if (!body.fileID) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.fileID;
}

export { listingInput };

export const storedListing = async (id: string) => (await rowsOf(COLLECTIONS.listings, { _id: id }))[0];
export const storedProducer = async (id: string) => (await rowsOf(COLLECTIONS.producers, { _id: id }))[0];

/** Waits (up to 15 s) until no photo of the listing waits for its image check; answers the stored listing. */
export const settled = (id: string, timeoutMs = 15_000): Promise<any> =>
  eventually(
    () => storedListing(id),
    (l) => l && !Object.values(l.photoChecks as Record<string, string>).includes('pending'),
    { timeoutMs, what: `listing ${id} still waits for its image checks` },
  );

/** Waits until every media check of `targetId` has a verdict; answers them. */
export const checksDecided = (targetId: string, timeoutMs = 15_000): Promise<any[]> =>
  eventually(
    () => rowsOf(COLLECTIONS.mediaChecks, { 'target.id': targetId }),
    (rows) => rows.length > 0 && rows.every((r) => r.status !== 'pending'),
    { timeoutMs, what: `checks of ${targetId} still pending` },
  );

/** A logged-in villager registered at `stationId` and approved by `staff`. */
export async function producer(
  cloud: LocalCloud,
  staff: Caller,
  openid: string,
  stationId = 'n-nantang',
  name = '孙小田',
): Promise<{ caller: Caller; view: ProducerView }> {
  const caller = await cloud.as(openid);
  await caller.ok('user', 'login');
  const registered = await caller.ok<ProducerView>('market', 'registerProducer', {
    name,
    phone: '13900001111',
    village: '南塘村',
    stationId,
  });
  const view = await staff.ok<ProducerView>('market', 'reviewProducer', { id: registered.id, approve: true });
  return { caller, view };
}

/** A listing created by `who` with one fresh photo, its checks settled. */
export async function listing(
  cloud: LocalCloud,
  who: Caller,
  over: Partial<MarketInputOf<'createListing'>> = {},
  bytes?: Buffer,
): Promise<ListingView> {
  const photo = await upload(cloud, who, bytes);
  const created = await who.ok<ListingView>('market', 'createListing', listingInput([photo], over));
  await settled(created.id);
  return created;
}

/** A listing on sale: created by `who`, checks settled, approved by `staff`. */
export async function onSale(
  cloud: LocalCloud,
  who: Caller,
  staff: Caller,
  over: Partial<MarketInputOf<'createListing'>> = {},
): Promise<ListingView> {
  const created = await listing(cloud, who, over);
  return staff.ok<ListingView>('market', 'reviewListing', { id: created.id, approve: true });
}
