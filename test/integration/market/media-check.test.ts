/**
 * Image checks end to end: the function asks security.mediaCheckAsync v2 for each photo, the local CloudBase
 * answers a trace id and later pushes the `wxa_media_check` event to the market function (message-push.json),
 * with a verdict from the photo's bytes (a PNG whose tEXt chunk says `civic-media-check:risky` fails).
 */
import { COLLECTIONS } from '@/contracts/collections';
import { MARKET_ERROR_MESSAGES } from '@/contracts/market-errors';
import { photoKey } from '@/core/market';
import { db } from '@/server/cloud';
import { mediaCheckEvent } from '../../../emulator/openapi/media-check';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { eventually } from '../../helpers/poll';
import {
  checksDecided,
  failingPng,
  inboxOf,
  listing,
  listingInput,
  producer,
  rowsOf,
  settled,
  staffAt,
  storedListing,
  upload,
} from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
let staff: Caller;
let farmer: Caller;
let farmerOpenid: string;
let n = 0;
beforeEach(async () => {
  n++;
  await staffAt(`mc-staff-${n}`, 'n-chengguan');
  staff = await cloud.as(`mc-staff-${n}`);
  farmerOpenid = `mc-farmer-${n}`;
  farmer = (await producer(cloud, staff, farmerOpenid)).caller;
});

/** What WeChat pushes, delivered as the gateway delivers a push: to `market`, with no user behind it. */
const push = (event: Record<string, unknown>) => cloud.gateway.trigger('market', event) as Promise<any>;
const buyerBrowse = async () =>
  (await (await cloud.as('demo-resident')).ok('market', 'browse', { nodeId: 'n-nantang', limit: 100 })).items.map(
    (c: { id: string }) => c.id,
  );

describe('a photo that fails the image check', () => {
  it('keeps its listing off sale, tells the producer, and is fixed by replacing the photo', async () => {
    const bad = await upload(cloud, farmer, failingPng('risky', n));
    const created = await farmer.ok('market', 'createListing', listingInput([bad]));
    expect(created.photoChecks).toEqual([{ fileId: bad, check: 'pending' }]);
    const stored = await settled(created.id);
    expect(stored).toMatchObject({
      status: 'rejected',
      rejectReason: MARKET_ERROR_MESSAGES.MARKET_PHOTO_RISKY,
      photoChecks: { [photoKey(bad)]: 'risky' },
    });
    expect((await inboxOf(farmerOpenid)).filter((m) => m.kind === 'market.photoRisky')).toHaveLength(1);

    // Off sale: staff cannot approve it, buyers neither find nor open it.
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_LISTING_NOT_PENDING',
    });
    expect(await buyerBrowse()).not.toContain(created.id);
    expect(await (await cloud.as('demo-resident')).call('market', 'detail', { id: created.id })).toMatchObject({
      ok: false,
      code: 'MARKET_LISTING_NOT_FOUND',
    });
    // Resubmitting with the risky photo still in it is refused; replacing it sends it back to review.
    expect(await farmer.call('market', 'editListing', { id: created.id, name: '南塘新米' })).toMatchObject({
      ok: false,
      code: 'MARKET_PHOTO_RISKY',
    });
    const good = await upload(cloud, farmer);
    expect((await farmer.ok('market', 'editListing', { id: created.id, photos: [good] })).status).toBe('pending_review');
    expect((await settled(created.id)).photoChecks).toEqual({ [photoKey(good)]: 'pass' });
    expect((await staff.ok('market', 'reviewListing', { id: created.id, approve: true })).status).toBe('on_sale');
    expect(await buyerBrowse()).toContain(created.id);
  });

  it('a risky verdict reaching a listing already on sale takes it off sale', async () => {
    const sale = await listing(cloud, farmer);
    await staff.ok('market', 'reviewListing', { id: sale.id, approve: true });
    const photo = sale.photos[0];
    // As if WeChat had found the photo risky after all: a check whose verdict comes late.
    await db()
      .collection(COLLECTIONS.mediaChecks)
      .add({
        data: {
          _id: `late-${n}`,
          fileId: photo,
          key: photoKey(photo),
          target: { kind: 'listing', id: sale.id },
          status: 'pending',
          requestedAt: Date.now(),
        },
      });
    await db()
      .collection(COLLECTIONS.listings)
      .where({ _id: sale.id })
      .update({ data: { [`photoChecks.${photoKey(photo)}`]: 'timeout' } });
    expect(await push(mediaCheckEvent(`late-${n}`, 'risky'))).toMatchObject({ ok: true, data: { applied: true } });
    expect(await storedListing(sale.id)).toMatchObject({ status: 'rejected', photoChecks: { [photoKey(photo)]: 'risky' } });
    expect(await buyerBrowse()).not.toContain(sale.id);
  });
});

describe('a photo the check wants a person to look at', () => {
  it('flags the listing for staff, first in their queue; staff may approve it', async () => {
    const plain = await listing(cloud, farmer);
    const doubtful = await listing(cloud, farmer, {}, failingPng('review', n));
    const stored = await storedListing(doubtful.id);
    expect(stored).toMatchObject({ status: 'pending_review', flagged: true, photoChecks: { [photoKey(doubtful.photos[0])]: 'review' } });
    const queue = (await staff.ok('market', 'reviewQueue', { nodeId: 'n-nantang', limit: 100 })).items.map((l: { id: string }) => l.id);
    expect(queue.indexOf(doubtful.id)).toBeLessThan(queue.indexOf(plain.id));
    const seen = await staff.ok('market', 'detail', { id: doubtful.id });
    expect(seen).toMatchObject({ flagged: true, flaggedFields: ['photos'], photoChecks: [{ check: 'review' }] });
    expect(seen.actions).toContain('approve');
    const own = await farmer.ok('market', 'detail', { id: doubtful.id });
    expect(own).not.toHaveProperty('flagged');
    expect((await staff.ok('market', 'reviewListing', { id: doubtful.id, approve: true })).status).toBe('on_sale');
  });
});

describe('the verdict event', () => {
  it('delivered twice changes nothing the second time', async () => {
    const created = await farmer.ok('market', 'createListing', listingInput([await upload(cloud, farmer, failingPng('risky', 100 + n))]));
    const [check] = await checksDecided(created.id);
    // The verdict lands on the check first, then on the listing, then the farmer is told: wait for all three.
    const before = await settled(created.id);
    await eventually(
      () => inboxOf(farmerOpenid, 'market.photoRisky'),
      (messages) => messages.some((m) => m.link?.includes(created.id)),
      { timeoutMs: 15_000, what: "the farmer's notice of the risky photo" },
    );
    const inboxBefore = await inboxOf(farmerOpenid);
    expect(check.status).toBe('risky');

    const again = await push(mediaCheckEvent(check._id, 'risky'));
    expect(again).toMatchObject({ ok: true, data: { traceId: check._id, applied: false } });
    // Even a contrary verdict for the same trace id: the first one stands.
    expect(await push(mediaCheckEvent(check._id, 'pass'))).toMatchObject({ ok: true, data: { applied: false } });
    expect(await storedListing(created.id)).toEqual(before);
    expect(await inboxOf(farmerOpenid)).toEqual(inboxBefore);
    expect((await rowsOf(COLLECTIONS.mediaChecks, { _id: check._id }))[0]).toEqual(check);
  });

  it('is taken only from WeChat’s push: a user sending it is refused and nothing changes', async () => {
    const created = await listing(cloud, farmer);
    const [check] = await checksDecided(created.id);
    const before = await settled(created.id);
    const event = mediaCheckEvent(check._id, 'risky');
    for (const who of [farmer, staff, await cloud.as('demo-admin')]) {
      expect(await who.call('market', 'wxaMediaCheck', event)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const raw = await fetch(`${cloud.gateway.url}/api/fn/market`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
        body: JSON.stringify(event),
      });
      expect(await raw.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await cloud.anonymous('market', event)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await storedListing(created.id)).toEqual(before);
    // Not the push's shape: refused by validation, even with no user.
    expect(await push({ MsgType: 'event', Event: 'wxa_media_check', trace_id: check._id })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });

  it('a verdict for a trace id nobody asked for is kept, and changes nothing else', async () => {
    expect(await push(mediaCheckEvent(`unknown-${n}`, 'risky'))).toMatchObject({ ok: true, data: { applied: false } });
    expect((await rowsOf(COLLECTIONS.mediaChecks, { _id: `unknown-${n}` }))[0]).toMatchObject({ status: 'risky' });
  });
});

describe('a check with no verdict after 30 minutes', () => {
  it('goes to staff like a review (the timer), and a verdict arriving later still counts', async () => {
    const created = await listing(cloud, farmer);
    const photo = created.photos[0];
    const key = photoKey(photo);
    const now = Date.now();
    const MIN = 60_000;
    // Two checks WeChat never answered: 31 and 29 minutes old.
    const stale = {
      _id: `stale-${n}`,
      fileId: photo,
      key,
      target: { kind: 'listing', id: created.id },
      status: 'pending',
      requestedAt: now - 31 * MIN,
    };
    const recent = { ...stale, _id: `recent-${n}`, target: { kind: 'listing', id: `l-other-${n}` }, requestedAt: now - 29 * MIN };
    await db()
      .collection(COLLECTIONS.mediaChecks)
      .add({ data: [stale, recent] });
    await db()
      .collection(COLLECTIONS.listings)
      .where({ _id: created.id })
      .update({ data: { [`photoChecks.${key}`]: 'pending' } });
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_PHOTO_CHECK_PENDING',
    });

    const tick = await cloud.trigger('timer', 'tick', { now });
    expect(tick.data.jobs.marketImageTimeout).toMatchObject({ done: 1, more: false });
    expect((await rowsOf(COLLECTIONS.mediaChecks, { _id: stale._id }))[0].status).toBe('timeout');
    expect((await rowsOf(COLLECTIONS.mediaChecks, { _id: recent._id }))[0].status).toBe('pending');
    expect(await storedListing(created.id)).toMatchObject({ flagged: true, photoChecks: { [key]: 'timeout' } });
    const seen = await staff.ok('market', 'detail', { id: created.id });
    expect(seen).toMatchObject({ flaggedFields: ['photos'] });
    expect(seen.actions).toContain('approve');
    // The 30-minute line: the 29-minute-old check is not due half a minute later, and is a minute after that.
    expect((await cloud.trigger('timer', 'tick', { now: now + MIN / 2 })).data.jobs.marketImageTimeout.done).toBe(0);
    expect((await cloud.trigger('timer', 'tick', { now: now + 2 * MIN })).data.jobs.marketImageTimeout.done).toBe(1);

    expect(await push(mediaCheckEvent(stale._id, 'risky'))).toMatchObject({ ok: true, data: { applied: true } });
    expect((await storedListing(created.id)).status).toBe('rejected');
  });
});

describe('wish photos', () => {
  it('go through the same check: a failing photo flags the wish for its review', async () => {
    const resident = await cloud.as(`mc-resident-${n}`);
    await resident.ok('user', 'login');
    const photo = await upload(cloud, resident, failingPng('risky', 200 + n));
    const wish = await resident.ok('wish', 'submit', {
      title: '给独居老人买一袋米',
      story: '王奶奶独自生活，腿脚不便，希望有人帮忙买一袋米送到家里。',
      category: '生活用品',
      valueFen: 8_000,
      photos: [photo],
      beneficiary: { name: '王秀英', phone: '13912340001', address: '东门社区幸福里3栋2单元101室' },
      stationId: 'n-dongmen',
    });
    const [check] = await checksDecided(wish.id);
    expect(check).toMatchObject({ status: 'risky', fileId: photo, target: { kind: 'wish', id: wish.id } });
    // The verdict is written on the check first and on the wish right after: wait for the wish's write.
    const stored = await eventually(
      async () => (await rowsOf(COLLECTIONS.wishes, { _id: wish.id }))[0],
      (w) => w.flagged,
      { timeoutMs: 15_000, what: 'the wish flagged' },
    );
    expect(stored).toMatchObject({ flagged: true, flaggedFields: expect.arrayContaining(['photos']) });
  });
});
