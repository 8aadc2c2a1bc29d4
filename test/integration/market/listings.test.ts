/**
 * Listings through the real SDK: create (a producer, staff on a producer's behalf), edit and the review loop
 * it starts, take off / put on, delete, review — happy paths, every error code, every refused role.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { photoKey } from '@/core/market';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { inboxOf, listing, listingInput, onSale, producer, rowsOf, settled, staffAt, storedListing, upload } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
let staff: Caller; // staff of 城关镇所 (over 东门 and 南塘), a fresh one per test
let staffOpenid: string;
let admin: Caller;
let far: Caller; // staff of 龙溪镇所
let farmer: Caller; // a producer at 南塘村站, fresh per test
let farmerOpenid: string;
let farmerId: string;
let other: Caller; // another producer at 南塘村站
let otherOpenid: string;
let n = 0;
beforeAll(async () => {
  admin = await cloud.as('demo-admin');
  await staffAt('mk-far', 'n-longxi');
  far = await cloud.as('mk-far');
});
// Fresh people per test: each user may make 30 writes in any 10 s (docs/limits.md), and these tests are quick.
beforeEach(async () => {
  n++;
  staffOpenid = `mk-staff-${n}`;
  await staffAt(staffOpenid, 'n-chengguan');
  staff = await cloud.as(staffOpenid);
  farmerOpenid = `mk-farmer-${n}`;
  const p = await producer(cloud, staff, farmerOpenid);
  farmer = p.caller;
  farmerId = p.view.id;
  otherOpenid = `mk-other-${n}`;
  other = (await producer(cloud, staff, otherOpenid, 'n-nantang', '钱二')).caller;
});

describe('market.createListing', () => {
  it('a producer lists produce: pending review, each photo waiting for its image check', async () => {
    const photos = [await upload(cloud, farmer), await upload(cloud, farmer)];
    const created = await farmer.ok('market', 'createListing', listingInput(photos, { pointsPrice: 40 }));
    expect(created).toMatchObject({
      status: 'pending_review',
      name: '南塘有机大米',
      priceFen: 450,
      pointsPrice: 40,
      unit: '斤',
      stock: 10,
      soldCount: 0,
      stationId: 'n-nantang',
      supported: false,
      viewer: 'producer',
      producerName: '孙小田',
      actions: ['edit', 'delete'],
      photoChecks: photos.map((fileId) => ({ fileId, check: 'pending' })),
    });
    const checks = await rowsOf(COLLECTIONS.mediaChecks, { 'target.id': created.id });
    expect(checks.map((c) => c.fileId).sort()).toEqual([...photos].sort());
    expect(checks.every((c) => c.status === 'pending' && c.target.kind === 'listing')).toBe(true);
    const stored = await settled(created.id);
    expect(stored.photoChecks).toEqual({ [photoKey(photos[0])]: 'pass', [photoKey(photos[1])]: 'pass' });
  });

  it('staff list on behalf of a villager without a phone: no account behind it, audited', async () => {
    const villager = await staff.ok('market', 'registerProducer', {
      name: '吴老汉',
      phone: '13900002222',
      village: '南塘村',
      stationId: 'n-nantang',
      proxy: true,
    });
    const photo = await upload(cloud, staff);
    const created = await staff.ok(
      'market',
      'createListing',
      listingInput([photo], { producerId: villager.id, name: '土鸡蛋', category: '禽蛋肉', unit: '个', priceFen: 150 }),
    );
    expect(created).toMatchObject({
      status: 'pending_review',
      proxy: true,
      producerId: villager.id,
      producerName: '吴老汉',
      viewer: 'staff',
    });
    const stored = await storedListing(created.id);
    expect(stored.producerUserId).toBeUndefined();
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: created.id })).toEqual([
      expect.objectContaining({ action: 'market.proxyCreateListing', actorId: userIdOf(staffOpenid) }),
    ]);
    // Staff may also list for a producer who has an account; the producer then manages it too.
    const forFarmer = await staff.ok('market', 'createListing', listingInput([await upload(cloud, staff)], { producerId: farmerId }));
    expect((await farmer.ok('market', 'detail', { id: forFarmer.id })).actions).toEqual(['edit', 'delete']);
  });

  it('the pickup station is the producer’s own or another of the same 所', async () => {
    const photo = await upload(cloud, farmer);
    expect((await farmer.ok('market', 'createListing', listingInput([photo], { stationId: 'n-dongmen' }))).stationId).toBe('n-dongmen');
    const refused = await farmer.call('market', 'createListing', listingInput([photo], { stationId: 'n-shiqiao' }));
    expect(refused).toMatchObject({ ok: false, code: 'MARKET_PICKUP_STATION_INVALID', fields: { stationId: expect.any(String) } });
    // A 所 (not a station), then a node that does not exist.
    for (const [stationId, code] of [
      ['n-chengguan', 'NOT_A_STATION'],
      ['n-nowhere', 'STATION_NOT_FOUND'],
    ])
      expect(await farmer.call('market', 'createListing', listingInput([photo], { stationId }))).toMatchObject({ ok: false, code });
  });

  it('refuses whoever is not a registered, approved producer, or staff over the producer', async () => {
    const photo = await upload(cloud, farmer);
    const resident = await cloud.as('demo-resident');
    expect(await resident.call('market', 'createListing', listingInput([photo]))).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_REQUIRED',
    });
    const waiting = await cloud.as(`mk-waiting-${n}`);
    await waiting.ok('user', 'login');
    await waiting.ok('market', 'registerProducer', { name: '郑等等', phone: '13900003333', village: '南塘村', stationId: 'n-nantang' });
    expect(await waiting.call('market', 'createListing', listingInput([photo]))).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_APPROVED',
    });
    // For the farmer's producer record: a resident, another producer, staff outside the subtree, in turn.
    for (const [caller, code] of [
      [resident, 'FORBIDDEN'],
      [other, 'FORBIDDEN'],
      [far, 'OUT_OF_SCOPE'],
    ] as const)
      expect(await caller.call('market', 'createListing', listingInput([photo], { producerId: farmerId }))).toMatchObject({
        ok: false,
        code,
      });
    expect(await staff.call('market', 'createListing', listingInput([photo], { producerId: 'p-nobody' }))).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_FOUND',
    });
  });

  it('validates the fields and checks the texts', async () => {
    const photo = await upload(cloud, farmer);
    expect(await farmer.call('market', 'createListing', listingInput([]))).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { photos: '请至少上传1张商品图片' },
    });
    expect(await farmer.call('market', 'createListing', listingInput([photo], { priceFen: 4.5 }))).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { priceFen: '价格以分为单位' },
    });
    expect(await farmer.call('market', 'createListing', listingInput([photo], { description: '正宗好米，刷单返利' }))).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
      fields: { description: expect.any(String) },
    });
    const flagged = await farmer.ok('market', 'createListing', listingInput([photo], { description: '新米上市，量大可以加微信' }));
    const seen = await staff.ok('market', 'detail', { id: flagged.id });
    expect(seen).toMatchObject({ flagged: true, flaggedFields: ['description'] });
  });
});

describe('market.reviewListing', () => {
  it('approves onto the 集市, audited, and tells the producer', async () => {
    const created = await listing(cloud, farmer);
    expect((await staff.ok('market', 'detail', { id: created.id })).actions).toEqual(['edit', 'approve', 'reject', 'delete']);
    const approved = await staff.ok('market', 'reviewListing', { id: created.id, approve: true });
    expect(approved).toMatchObject({ status: 'on_sale', onSaleAt: expect.any(Number), viewer: 'staff' });
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: created.id })).toEqual([
      expect.objectContaining({ action: 'market.approveListing' }),
    ]);
    expect((await inboxOf(farmerOpenid)).filter((m) => m.kind === 'market.listingApproved')).toHaveLength(1);
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: false, reason: '重复' })).toMatchObject({
      ok: false,
      code: 'MARKET_LISTING_NOT_PENDING',
    });
  });

  it('rejects with a reason the producer reads', async () => {
    const created = await listing(cloud, farmer);
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: false })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { reason: '请填写不通过的原因' },
    });
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: false, reason: '涉嫌诈骗' })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    });
    const rejected = await staff.ok('market', 'reviewListing', { id: created.id, approve: false, reason: '图片看不清大米的品相' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '图片看不清大米的品相' });
    expect((await farmer.ok('market', 'detail', { id: created.id })).rejectReason).toBe('图片看不清大米的品相');
    expect((await inboxOf(farmerOpenid)).find((m) => m.kind === 'market.listingRejected')?.body).toContain('图片看不清大米的品相');
  });

  it('approves nothing before every photo has its verdict, nor without stock', async () => {
    const created = await listing(cloud, farmer);
    const stored = await storedListing(created.id);
    const key = Object.keys(stored.photoChecks)[0];
    // As if WeChat had not answered yet (then as if it had found the photo risky).
    await updateStored(created.id, { [`photoChecks.${key}`]: 'pending' });
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_PHOTO_CHECK_PENDING',
    });
    expect((await staff.ok('market', 'detail', { id: created.id })).actions).not.toContain('approve');
    await updateStored(created.id, { [`photoChecks.${key}`]: 'risky' });
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_PHOTO_RISKY',
    });
    await updateStored(created.id, { [`photoChecks.${key}`]: 'pass' });
    await farmer.ok('market', 'editListing', { id: created.id, stock: 0 });
    expect(await staff.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_STOCK_EMPTY',
    });
    expect((await storedListing(created.id)).status).toBe('pending_review');
  });

  it('refuses a buyer, the producer (their own listing) and staff outside the subtree; the admin may', async () => {
    const created = await listing(cloud, farmer);
    for (const who of [await cloud.as('demo-resident'), await cloud.as('demo-volunteer'), farmer, other]) {
      expect(await who.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await far.call('market', 'reviewListing', { id: created.id, approve: true })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await storedListing(created.id)).status).toBe('pending_review');
    expect((await admin.ok('market', 'reviewListing', { id: created.id, approve: true })).status).toBe('on_sale');
    expect(await staff.call('market', 'reviewListing', { id: 'l-nothing', approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_LISTING_NOT_FOUND',
    });
  });

  it('decides once when staff review at the same moment', async () => {
    const created = await listing(cloud, other);
    const answers = await Promise.all([
      staff.call('market', 'reviewListing', { id: created.id, approve: true }),
      admin.call('market', 'reviewListing', { id: created.id, approve: false, reason: '品相不好' }),
      staff.call('market', 'reviewListing', { id: created.id, approve: true }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && ['MARKET_LISTING_NOT_PENDING', 'CONFLICT'].includes(a.code))).toBe(true);
    expect((await inboxOf(otherOpenid)).filter((m) => m.kind.startsWith('market.listing'))).toHaveLength(1);
  });
});

describe('market.editListing: the review loop', () => {
  it('a price change sends an on-sale listing back to review and off the 集市 until staff approve again', async () => {
    const sale = await onSale(cloud, farmer, staff);
    const resident = await cloud.as('demo-resident');
    const edited = await farmer.ok('market', 'editListing', { id: sale.id, priceFen: 520 });
    expect(edited).toMatchObject({ status: 'pending_review', priceFen: 520 });
    expect(await resident.call('market', 'detail', { id: sale.id })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
    expect(
      (await resident.ok('market', 'browse', { nodeId: 'n-nantang', limit: 100 })).items.map((c: { id: string }) => c.id),
    ).not.toContain(sale.id);
    expect((await staff.ok('market', 'reviewQueue', { nodeId: 'n-nantang', limit: 100 })).items.map((l: { id: string }) => l.id)).toContain(
      sale.id,
    );
    await staff.ok('market', 'reviewListing', { id: sale.id, approve: true });
    expect(await resident.ok('market', 'detail', { id: sale.id })).toMatchObject({ status: 'on_sale', priceFen: 520 });
  });

  it('name, description, photos, points price, unit and pickup station go back to review; stock does not', async () => {
    const sale = await onSale(cloud, farmer, staff);
    const back = async (edit: Record<string, unknown>) => {
      const answer = await farmer.ok('market', 'editListing', { id: sale.id, ...edit });
      const status = answer.status;
      if (status === 'pending_review') await staff.ok('market', 'reviewListing', { id: sale.id, approve: true });
      return status;
    };
    expect(await back({ stock: 25 })).toBe('on_sale');
    expect(await back({ category: '干货', originVillage: '南塘村三组' })).toBe('on_sale');
    expect(await back({ name: '南塘香米' })).toBe('pending_review');
    expect(await back({ description: '今年新米，颗粒饱满。' })).toBe('pending_review');
    expect(await back({ pointsPrice: 30 })).toBe('pending_review');
    expect(await back({ pointsPrice: null })).toBe('pending_review');
    expect(await back({ unit: '袋' })).toBe('pending_review');
    expect(await back({ stationId: 'n-dongmen' })).toBe('pending_review');
    expect(await back({ priceFen: 450, name: '南塘香米' })).toBe('on_sale'); // the same values change nothing
    const photo = await upload(cloud, farmer);
    const edited = await farmer.ok('market', 'editListing', { id: sale.id, photos: [photo, ...sale.photos] });
    expect(edited).toMatchObject({ status: 'pending_review', photos: [photo, ...sale.photos] });
    expect(edited.photoChecks).toEqual([
      { fileId: photo, check: 'pending' },
      { fileId: sale.photos[0], check: 'pass' },
    ]);
    expect((await settled(sale.id)).photoChecks[photoKey(photo)]).toBe('pass');
    expect(await storedListing(sale.id)).not.toHaveProperty('pointsPrice');
  });

  it('stock 0 sells it out and stock again puts it back on sale; a rejected listing edited goes back to review', async () => {
    const sale = await onSale(cloud, farmer, staff);
    expect((await farmer.ok('market', 'editListing', { id: sale.id, stock: 0 })).status).toBe('sold_out');
    expect((await farmer.ok('market', 'editListing', { id: sale.id, stock: 3 })).status).toBe('on_sale');
    const created = await listing(cloud, farmer);
    await staff.ok('market', 'reviewListing', { id: created.id, approve: false, reason: '价格偏高' });
    expect((await farmer.ok('market', 'editListing', { id: created.id, stock: 4 })).status).toBe('rejected');
    const again = await farmer.ok('market', 'editListing', { id: created.id, priceFen: 380 });
    expect(again.status).toBe('pending_review');
    expect(again).not.toHaveProperty('rejectReason');
    expect((await staff.ok('market', 'reviewListing', { id: created.id, approve: true })).status).toBe('on_sale');
  });

  it('refuses another producer, buyers and staff outside the subtree; staff in scope may, audited', async () => {
    const created = await listing(cloud, farmer);
    expect(await other.call('market', 'editListing', { id: created.id, priceFen: 1 })).toMatchObject({
      ok: false,
      code: 'MARKET_NOT_YOUR_LISTING',
    });
    expect(await (await cloud.as('demo-resident')).call('market', 'editListing', { id: created.id, priceFen: 1 })).toMatchObject({
      ok: false,
      code: 'MARKET_NOT_YOUR_LISTING',
    });
    expect(await far.call('market', 'editListing', { id: created.id, priceFen: 1 })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await storedListing(created.id)).priceFen).toBe(450);
    expect((await staff.ok('market', 'editListing', { id: created.id, stock: 8 })).stock).toBe(8);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: created.id, action: 'market.editListing' })).toHaveLength(1);
    expect(await farmer.call('market', 'editListing', { id: 'l-nothing', stock: 1 })).toMatchObject({
      ok: false,
      code: 'MARKET_LISTING_NOT_FOUND',
    });
    expect(await farmer.call('market', 'editListing', { id: created.id, stationId: 'n-shiqiao' })).toMatchObject({
      ok: false,
      code: 'MARKET_PICKUP_STATION_INVALID',
    });
    expect(await farmer.call('market', 'editListing', { id: created.id })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await farmer.call('market', 'editListing', { id: created.id, name: '赌博米' })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    });
  });

  it('simultaneous edits never lose one another: each either lands on the revision it read or answers CONFLICT', async () => {
    const created = await listing(cloud, farmer);
    const before = (await storedListing(created.id)).rev;
    const answers = await Promise.all(
      [11, 12, 13, 14, 15, 16].map((stock) => farmer.call('market', 'editListing', { id: created.id, stock })),
    );
    const landed = answers.filter((a) => a.ok);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'CONFLICT')).toBe(true);
    expect((await storedListing(created.id)).rev).toBe(before + landed.length);
  });
});

describe('market.takeOff, putOn and deleteListing', () => {
  it('takes an on-sale listing off the shelf and puts it back', async () => {
    const sale = await onSale(cloud, farmer, staff);
    expect(await farmer.call('market', 'putOn', { id: sale.id })).toMatchObject({ ok: false, code: 'MARKET_NOT_OFF_SHELF' });
    const off = await farmer.ok('market', 'takeOff', { id: sale.id });
    expect(off).toMatchObject({ status: 'off_shelf', actions: ['edit', 'putOn', 'delete'] });
    expect(await farmer.call('market', 'takeOff', { id: sale.id })).toMatchObject({ ok: false, code: 'MARKET_NOT_ON_SALE' });
    expect((await farmer.ok('market', 'putOn', { id: sale.id })).status).toBe('on_sale');
    // Staff may too, audited; with no stock it stays off.
    await staff.ok('market', 'takeOff', { id: sale.id });
    await farmer.ok('market', 'editListing', { id: sale.id, stock: 0 });
    expect(await farmer.call('market', 'putOn', { id: sale.id })).toMatchObject({ ok: false, code: 'MARKET_STOCK_EMPTY' });
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: sale.id, action: 'market.takeOff' })).toHaveLength(1);
    const pending = await listing(cloud, farmer);
    expect(await farmer.call('market', 'takeOff', { id: pending.id })).toMatchObject({ ok: false, code: 'MARKET_NOT_ON_SALE' });
  });

  it('refuses another producer, buyers and staff elsewhere', async () => {
    const sale = await onSale(cloud, farmer, staff);
    for (const [who, code] of [
      [other, 'MARKET_NOT_YOUR_LISTING'],
      [far, 'OUT_OF_SCOPE'],
    ] as const) {
      expect(await who.call('market', 'takeOff', { id: sale.id })).toMatchObject({ ok: false, code });
      expect(await who.call('market', 'deleteListing', { id: sale.id })).toMatchObject({ ok: false, code });
    }
    expect(await (await cloud.as('demo-resident')).call('market', 'takeOff', { id: sale.id })).toMatchObject({
      ok: false,
      code: 'MARKET_NOT_YOUR_LISTING',
    });
    expect((await storedListing(sale.id)).status).toBe('on_sale');
  });

  it('deletes a listing never sold; a sold one stays (take it off instead)', async () => {
    const created = await listing(cloud, farmer);
    expect(await farmer.ok('market', 'deleteListing', { id: created.id })).toEqual({ id: created.id, deleted: true });
    expect(await storedListing(created.id)).toBeUndefined();
    expect(await farmer.call('market', 'deleteListing', { id: created.id })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
    const sold = await onSale(cloud, farmer, staff);
    await updateStored(sold.id, { soldCount: 2 });
    expect(await farmer.call('market', 'deleteListing', { id: sold.id })).toMatchObject({ ok: false, code: 'MARKET_ALREADY_SOLD' });
    expect((await farmer.ok('market', 'detail', { id: sold.id })).actions).not.toContain('delete');
    expect(await storedListing(sold.id)).toBeDefined();
  });
});

async function updateStored(id: string, data: Record<string, unknown>): Promise<void> {
  const { db } = await import('@/server/cloud');
  await db().collection(COLLECTIONS.listings).where({ _id: id }).update({ data });
}
