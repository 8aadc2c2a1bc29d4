/**
 * Orders under a rush, through the gateway and the real SDK: a listing is never oversold, losers read
 * 库存不足 (never a transaction conflict), and an order of several lines holds all of them or none.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { useLocalCloud } from '../../helpers/local-cloud';
import { buyers, callersFor, crowd, line, saleListing, storedListing } from './fixtures';

const cloud = useLocalCloud();
const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
type Answer = { ok: boolean; code?: string; message?: string; data?: { id: string; lines: { listingId: string }[] } };

async function countOrders(where: object): Promise<number> {
  return ((await db().collection(COLLECTIONS.orders).where(where).count()) as { total: number }).total;
}

it('2,000 buyers on a 50-unit listing at once: exactly 50 reserved, none oversold, every other buyer told 库存不足', async () => {
  const openids = range(2_000, 'rush-');
  await buyers(openids);
  const callers = await callersFor(cloud, openids);
  const l = await saleListing({ stock: 50 });

  const many = crowd(cloud.gateway.url);
  const started = Date.now();
  const answers = (await Promise.all(
    callers.map((c) => many.call(c.token, 'market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 1)], pay: 'wechat' })),
  )) as Answer[];
  const ms = Date.now() - started;
  many.close();

  const won = answers.filter((a) => a.ok);
  const lost = answers.filter((a) => !a.ok);
  expect(won).toHaveLength(50);
  expect(new Set(lost.map((a) => `${a.code} ${a.message}`))).toEqual(new Set(['OUT_OF_STOCK 库存不足']));
  const stored = await storedListing(l._id);
  expect(stored).toMatchObject({ stock: 0, soldCount: 50, status: 'sold_out' });
  expect(Object.keys(stored.holds ?? {}).sort()).toEqual(won.map((a) => a.data!.id).sort());
  expect(await countOrders({ 'lines.listingId': l._id, state: 'pending_payment' })).toBe(50);
  expect(await countOrders({ 'lines.listingId': l._id })).toBe(50);
  console.log(`order rush: 2,000 buyers, 50 units, ${ms} ms, ${((2_000 / ms) * 1000).toFixed(0)} calls/s`);
}, 300_000);

it('200 buyers each ordering the same 3 listings at once: every order holds all three lines or none, no stock below 0', async () => {
  const openids = range(200, 'trio-');
  await buyers(openids);
  const callers = await callersFor(cloud, openids);
  const [a, b, c] = await Promise.all([saleListing({ stock: 120 }), saleListing({ stock: 80 }), saleListing({ stock: 150 })]);
  const ids = [a._id, b._id, c._id];
  // Each buyer names the lines in another order, so takes on the three listings interleave every way.
  const orders = [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];

  const many = crowd(cloud.gateway.url);
  const answers = (await Promise.all(
    callers.map((who, i) =>
      many.call(who.token, 'market', 'placeOrder', {
        stationId: 'n-nantang',
        lines: orders[i % 4].map((k) => line(ids[k], 1)),
        pay: 'wechat',
      }),
    ),
  )) as Answer[];
  many.close();

  const won = answers.filter((x) => x.ok).map((x) => x.data!.id);
  const lost = answers.filter((x) => !x.ok);
  expect(lost.every((x) => x.code === 'OUT_OF_STOCK')).toBe(true);
  expect(won.length).toBeGreaterThan(0);
  expect(won.length).toBeLessThanOrEqual(80);
  for (const [id, initial] of [
    [a._id, 120],
    [b._id, 80],
    [c._id, 150],
  ] as const) {
    const l = await storedListing(id);
    // Every listing holds exactly the winners' units: all three lines of each winner, nothing of a loser.
    expect(Object.keys(l.holds ?? {}).sort()).toEqual([...won].sort());
    expect(l.stock).toBe(initial - won.length);
    expect(l.stock).toBeGreaterThanOrEqual(0);
  }
  expect(await countOrders({ 'lines.listingId': a._id })).toBe(won.length);
}, 300_000);
