/**
 * The order rush: 2,000 different buyers order one 50-unit listing at the same moment through the gateway
 * (every call issued before the first answer, at most 256 keep-alive connections, opened before the clock),
 * then 2,000 orders of a listing with stock for all by 200 callers at a time. Prints units held, oversold,
 * refusals, orders/s and latency; beside it the bare wx-server-sdk call rate of the same run and the bound it
 * implies (rate ÷ database calls per order, counted by the emulator). Then the database calls of one order
 * (one line and three), of WeChat's pay notification as the callback handles it (one delivery, and a repeat),
 * and of a pickup. Prints; asserts nothing.
 *   npx tsx test/bench/order-rush.ts        (also part of `npm run bench`)
 */
import { COLLECTIONS } from '../../src/contracts/collections';
import { db } from '../../src/server/cloud';
import { startLocalCloud, type Caller, type LocalCloud } from '../helpers/local-cloud';
import { seedUsers } from '../helpers/people';
import { crowd } from '../integration/event/fixtures';
import { saleListing } from '../integration/order/fixtures';
import { table } from './table';
import { runWhenMain, timedCalls } from './main';
import { bareRate } from './bare-sdk';

const BUYERS = 2_000;
const UNITS = 50;
const BARE_CALLS = 3_000;
const CONCURRENT = 200;

type Answer = { ok: boolean; code?: string };
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const f1 = (n: number) => n.toFixed(1);
const order = (listingId: string, qty = 1) => ({ stationId: 'n-nantang', lines: [{ listingId, qty }], pay: 'wechat' });

type Ops = Record<string, Record<string, number>>;
const sum = (stats: Ops, kinds: string[]) => Object.values(stats).reduce((n, s) => n + kinds.reduce((m, k) => m + (s[k] ?? 0), 0), 0);
const reads = (s: Ops) => sum(s, ['read', 'count', 'aggregate']);
const writes = (s: Ops) => sum(s, ['insert', 'update', 'remove']);
const detail = (s: Ops) =>
  Object.entries(s)
    .map(
      ([c, ops]) =>
        `${c} ${Object.entries(ops)
          .filter(([, v]) => v)
          .map(([k, v]) => `${k[0]}${v}`)
          .join(' ')}`,
    )
    .filter((x) => !x.endsWith(' '))
    .join('; ');

async function run(cloud: LocalCloud, tokens: string[], listingId: string, concurrency: number | 'all') {
  const sockets = concurrency === 'all' ? 256 : concurrency;
  const pool = crowd(cloud.gateway.url, sockets);
  await Promise.all(Array.from({ length: sockets }, () => pool.call('', 'market', 'detail', {})));
  await cloud.resetStats();
  const { answers, seconds, latency } = await timedCalls<Answer>(tokens.length, concurrency, (i) =>
    pool.call(tokens[i], 'market', 'placeOrder', order(listingId)),
  );
  const stats = (await cloud.stats()) as Ops;
  pool.close();
  return { answers, seconds, latency, calls: reads(stats) + writes(stats) };
}

/** The database calls of one thing `act` does, by the emulator's count. */
async function counted(cloud: LocalCloud, act: () => Promise<unknown>): Promise<Ops> {
  await cloud.resetStats();
  await act();
  return (await cloud.stats()) as Ops;
}

async function perAction(cloud: LocalCloud, buyer: Caller, staff: Caller) {
  const [a, b, c] = await Promise.all([saleListing({ stock: 100 }), saleListing({ stock: 100 }), saleListing({ stock: 100 })]);
  const rows: string[][] = [];
  const row = (what: string, s: Ops) => rows.push([what, `${reads(s)}`, `${writes(s)}`, detail(s)]);
  let orderId = '';
  row('placeOrder, 1 line', await counted(cloud, async () => (orderId = (await buyer.ok('market', 'placeOrder', order(a._id, 2))).id)));
  row(
    'placeOrder, 3 lines',
    await counted(cloud, () =>
      buyer.ok('market', 'placeOrder', {
        stationId: 'n-nantang',
        lines: [a, b, c].map((l) => ({ listingId: l._id, qty: 1 })),
        pay: 'wechat',
      }),
    ),
  );
  row('pay (unifiedOrder)', await counted(cloud, () => buyer.ok('market', 'pay', { orderId })));
  const stored = (await db().collection(COLLECTIONS.orders).where({ _id: orderId }).get()) as unknown as { data: any[] };
  const outTradeNo = stored.data[0].attempts[0].outTradeNo as string;
  row(
    'pay callback, first delivery (+ 2 notices)',
    await counted(cloud, () => cloud.post('/api/dev/pay', { outTradeNo, decision: 'pay' }, buyer.token)),
  );
  row('pay callback, a repeat', await counted(cloud, () => cloud.post('/api/dev/pay', { outTradeNo, decision: 'redeliver' }, buyer.token)));
  const code = (await buyer.ok('market', 'orderDetail', { orderId })).pickupCode as string;
  row('verifyPickup (+ notice, audit)', await counted(cloud, () => staff.ok('market', 'verifyPickup', { stationId: 'n-nantang', code })));
  row(
    'verifyPickup, wrong code',
    await counted(cloud, () => staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code: '000000' })),
  );
  console.log('\n' + table(['database calls', '>reads', '>writes', 'per collection (r read, i insert, u update, d remove)'], rows));
  console.log('WeChat pay calls (unifiedOrder, queryOrder) are not database calls and are not counted here.');
}

export async function orderRushBench(): Promise<void> {
  console.log(`\n## order rush (${BUYERS.toLocaleString('en')} buyers, one ${UNITS}-unit listing, through the gateway)\n`);
  const cloud = await startLocalCloud();
  try {
    const openids = Array.from({ length: BUYERS }, (_, i) => `bench-buyer-${i}`);
    await seedUsers(openids.map((openid) => ({ openid, roles: [] })));
    const tokens: string[] = [];
    for (let i = 0; i < openids.length; i += 200)
      tokens.push(...(await Promise.all(openids.slice(i, i + 200).map(async (o) => (await cloud.as(o)).token))));
    const hot = await saleListing({ stock: UNITS });
    const plenty = await saleListing({ stock: BUYERS });

    const bare = await bareRate(COLLECTIONS.listings, plenty._id, BARE_CALLS, CONCURRENT);
    const rush = await run(cloud, tokens, hot._id, 'all');
    const steady = await run(cloud, tokens, plenty._id, CONCURRENT);
    const left = async (id: string) =>
      ((await db().collection(COLLECTIONS.listings).where({ _id: id }).get()) as unknown as { data: any[] }).data[0];
    const [h, p] = await Promise.all([left(hot._id), left(plenty._id)]);

    const row = (what: string, r: Awaited<ReturnType<typeof run>>, initial: number, l: { stock: number; holds?: object }) => {
      const held = Object.keys(l.holds ?? {}).length;
      const won = r.answers.filter((a) => a.ok).length;
      const refused = r.answers.filter((a) => !a.ok);
      const perOrder = r.calls / r.answers.length;
      const bound = bare / perOrder;
      const rate = r.answers.length / r.seconds;
      return [
        what,
        `${won}`,
        `${initial - l.stock}`,
        `${Math.max(0, -l.stock) + Math.max(0, held - won)}`,
        `${refused.filter((a) => a.code === 'OUT_OF_STOCK').length}`,
        `${refused.filter((a) => a.code !== 'OUT_OF_STOCK').length}`,
        f1(rate),
        f1(pct(r.latency, 50)),
        f1(pct(r.latency, 99)),
        perOrder.toFixed(2),
        (rate / bound).toFixed(2),
      ];
    };
    console.log(
      table(
        ['run', '>orders', '>units held', '>oversold', '>库存不足', '>other', '>calls/s', '>p50 ms', '>p99 ms', '>db/call', '>ratio'],
        [row('2,000 at once, 50 units', rush, UNITS, h), row(`${CONCURRENT} concurrent, stock for all`, steady, BUYERS, p)],
      ),
    );
    console.log(
      `\nbare wx-server-sdk (${BARE_CALLS} one-document reads, ${CONCURRENT} at once, on a thread as the functions run): ${f1(bare)} calls/s`,
    );
    console.log('ratio = calls/s ÷ (bare rate ÷ database calls per call); db/call counts every call of the run, refusals included');

    const buyer = await cloud.as('bench-buyer-0');
    const staff = await cloud.as('demo-staff');
    await perAction(cloud, buyer, staff);
  } finally {
    await cloud.close();
  }
}

runWhenMain(module, orderRushBench);
