/**
 * What buyers and staff read: the 集市 (browse: station, 所 or county, category, 帮扶, name, sorts, pages,
 * one read), a listing opened, the review queue per scope, 我的商品.
 */
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { walkPages } from '../../helpers/paging';
import { listing, onSale, producer, staffAt } from './fixtures';

jest.setTimeout(180_000);
const cloud = useLocalCloud();
let staff: Caller;
let far: Caller;
let buyer: Caller;
let nantang: Caller; // a supported producer of 南塘村站
let dongmen: Caller; // a producer of 东门社区站
let shiqiao: Caller; // a producer of 石桥村站 (龙溪镇所)
const ids: Record<string, string> = {};
beforeAll(async () => {
  await staffAt('br-staff', 'n-chengguan');
  await staffAt('br-staff2', 'n-chengguan');
  await staffAt('br-far', 'n-longxi');
  staff = await cloud.as('br-staff');
  const staff2 = await cloud.as('br-staff2');
  far = await cloud.as('br-far');
  buyer = await cloud.as('demo-resident');
  const n = await producer(cloud, staff, 'br-nantang', 'n-nantang', '李春花');
  nantang = n.caller;
  await staff.ok('market', 'markSupported', { id: n.view.id, category: '五保户' });
  dongmen = (await producer(cloud, staff, 'br-dongmen', 'n-dongmen', '周建')).caller;
  shiqiao = (await producer(cloud, far, 'br-shiqiao', 'n-shiqiao', '何平')).caller;
  ids.rice = (await onSale(cloud, nantang, staff, { name: '南塘香米', priceFen: 600 })).id;
  ids.eggs = (await onSale(cloud, nantang, staff, { name: '土鸡蛋', category: '禽蛋肉', unit: '个', priceFen: 150 })).id;
  ids.tea = (await onSale(cloud, dongmen, staff2, { name: '东门老茶', category: '干货', priceFen: 3_000, stationId: 'n-dongmen' })).id;
  ids.oranges = (
    await onSale(cloud, shiqiao, far, {
      name: '石桥脐橙',
      category: '果蔬',
      priceFen: 800,
      stationId: 'n-shiqiao',
      originVillage: '石桥村',
    })
  ).id;
  ids.pending = (await listing(cloud, nantang, { name: '待审的米' })).id;
});

const browse = async (data: Record<string, unknown>) =>
  (await buyer.ok('market', 'browse', { limit: 100, ...data })).items.map((c: { id: string }) => c.id);
const mine = (list: string[]) => list.filter((id) => Object.values(ids).includes(id));

describe('market.browse', () => {
  it('lists what is on sale at a station, its 所 or the county — never what waits for review', async () => {
    expect(mine(await browse({ nodeId: 'n-nantang' })).sort()).toEqual([ids.rice, ids.eggs].sort());
    expect(mine(await browse({ nodeId: 'n-chengguan' })).sort()).toEqual([ids.rice, ids.eggs, ids.tea].sort());
    expect(mine(await browse({})).sort()).toEqual([ids.rice, ids.eggs, ids.tea, ids.oranges].sort());
    expect(mine(await browse({ nodeId: 'n-center' })).sort()).toEqual([ids.rice, ids.eggs, ids.tea, ids.oranges].sort());
  });

  it('filters by category, the 帮扶 badge and a name; sorts newest first or by price', async () => {
    expect(mine(await browse({ category: '禽蛋肉' }))).toEqual([ids.eggs]);
    expect(mine(await browse({ supported: true })).sort()).toEqual([ids.rice, ids.eggs].sort());
    expect(mine(await browse({ q: '脐橙' }))).toEqual([ids.oranges]);
    expect(mine(await browse({ q: '米.*' }))).toEqual([]); // a search is a plain text, not a pattern
    expect(mine(await browse({ sort: 'newest' }))).toEqual([ids.oranges, ids.tea, ids.eggs, ids.rice]);
    expect(mine(await browse({ sort: 'priceAsc' }))).toEqual([ids.eggs, ids.rice, ids.oranges, ids.tea]);
    expect(mine(await browse({ sort: 'priceDesc' }))).toEqual([ids.tea, ids.oranges, ids.rice, ids.eggs]);
  });

  it('each card carries the photo, price, unit, origin, pickup station, badge and sold count', async () => {
    const card = (await buyer.ok('market', 'browse', { supported: true, category: '禽蛋肉' })).items[0];
    expect(card).toEqual({
      id: ids.eggs,
      name: '土鸡蛋',
      category: '禽蛋肉',
      photo: expect.stringMatching(/^cloud:\/\//),
      priceFen: 150,
      unit: '个',
      originVillage: '南塘村',
      stationId: 'n-nantang',
      stationName: '南塘村新时代文明实践站',
      supported: true,
      soldCount: 0,
      onSaleAt: expect.any(Number),
    });
  });

  it('pages by cursor: every listing once, in order, and a cursor of another order is refused', async () => {
    const all = await browse({ sort: 'priceAsc' });
    const seen = await walkPages(buyer, ['market', 'browse'], { sort: 'priceAsc', limit: 2 }, 50);
    expect(seen.map((c: { id: string }) => c.id)).toEqual(all);
    const first = await buyer.ok('market', 'browse', { sort: 'priceAsc', limit: 1 });
    expect(await buyer.call('market', 'browse', { sort: 'newest', cursor: first.next })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await buyer.call('market', 'browse', { limit: 101 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('is one read', async () => {
    await cloud.resetStats();
    await buyer.ok('market', 'browse', { nodeId: 'n-chengguan', category: '粮油', supported: true, q: '米', sort: 'priceAsc' });
    const stats = await cloud.stats();
    const reads = Object.values(stats).reduce((n, c) => n + c.read + c.count + c.aggregate, 0);
    const writes = Object.values(stats).reduce((n, c) => n + c.insert + c.update + c.remove, 0);
    expect({ reads, writes, listings: stats.listings?.read }).toEqual({ reads: 1, writes: 0, listings: 1 });
  });
});

describe('market.detail', () => {
  it('a buyer opens a listing on sale: all photos, the producer’s masked name, the badge, nothing to do', async () => {
    const seen = await buyer.ok('market', 'detail', { id: ids.rice });
    expect(seen).toMatchObject({
      id: ids.rice,
      status: 'on_sale',
      producerName: '李**',
      supported: true,
      soldCount: 0,
      viewer: 'buyer',
      actions: [],
    });
    expect(seen.photos).toHaveLength(1);
    for (const key of ['rejectReason', 'photoChecks', 'flagged', 'producerId', 'proxy']) expect(seen).not.toHaveProperty(key);
  });

  it('a listing not on sale is there only for its producer and staff in scope', async () => {
    expect(await buyer.call('market', 'detail', { id: ids.pending })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
    expect(await dongmen.call('market', 'detail', { id: ids.pending })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
    expect(await far.call('market', 'detail', { id: ids.pending })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
    expect(await nantang.ok('market', 'detail', { id: ids.pending })).toMatchObject({
      viewer: 'producer',
      producerName: '李春花',
      actions: ['edit', 'delete'],
    });
    expect(await staff.ok('market', 'detail', { id: ids.pending })).toMatchObject({
      viewer: 'staff',
      actions: ['edit', 'approve', 'reject', 'delete'],
    });
    expect(await buyer.call('market', 'detail', { id: 'l-nothing' })).toMatchObject({ ok: false, code: 'MARKET_LISTING_NOT_FOUND' });
  });
});

describe('market.reviewQueue', () => {
  it('lists what waits in the caller’s subtree only', async () => {
    const queue = async (c: Caller, data = {}) =>
      (await c.ok('market', 'reviewQueue', { limit: 100, ...data })).items.map((l: { id: string }) => l.id);
    expect(await queue(staff)).toContain(ids.pending);
    expect(await queue(staff, { nodeId: 'n-nantang' })).toContain(ids.pending);
    expect(await queue(staff, { nodeId: 'n-dongmen' })).not.toContain(ids.pending);
    expect(await queue(far)).not.toContain(ids.pending);
    expect(await queue(await cloud.as('demo-admin'))).toContain(ids.pending);
  });

  it('refuses non-staff and nodes outside the subtree', async () => {
    for (const who of [buyer, nantang, await cloud.as('demo-volunteer')]) {
      expect(await who.call('market', 'reviewQueue', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await staff.call('market', 'reviewQueue', { nodeId: 'n-shiqiao' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('market', 'reviewQueue', { nodeId: 'n-nowhere' })).toMatchObject({ ok: false, code: 'NODE_NOT_FOUND' });
  });
});

describe('market.myListings', () => {
  it('a producer sees their own listings in every state, newest first; nobody else’s', async () => {
    const own = (await nantang.ok('market', 'myListings', {})).items;
    expect(own.map((l: { id: string }) => l.id)).toEqual([ids.pending, ids.eggs, ids.rice]);
    expect(own[0]).toMatchObject({ status: 'pending_review', viewer: 'producer' });
    expect((await buyer.ok('market', 'myListings', {})).items).toEqual([]);
  });

  it('staff in scope see a producer’s; others are refused', async () => {
    const producerId = (await nantang.ok('market', 'myProducer')).id;
    expect((await staff.ok('market', 'myListings', { producerId })).items).toHaveLength(3);
    expect(await far.call('market', 'myListings', { producerId })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await dongmen.call('market', 'myListings', { producerId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await staff.call('market', 'myListings', { producerId: 'p-nobody' })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_FOUND',
    });
  });
});
