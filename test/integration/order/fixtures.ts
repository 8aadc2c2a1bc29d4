/**
 * Shared set-up for the order tests: listings on sale written straight into the store (as the seed does,
 * so a test does not wait for image checks), buyers, the 模拟支付 sheet's endpoint, and reads of what is
 * stored.
 */
import { COLLECTIONS } from '@/contracts/collections';
import type { OrderView, PayResult } from '@/contracts/order';
import { db } from '@/server/cloud';
import type { ListingDoc } from '@/server/market/repo';
import { newId, userIdOf } from '@/server/shared/ids';
import { forwarding } from '../../helpers/lifecycle';
import { useLocalCloud, type Caller, type LocalCloud } from '../../helpers/local-cloud';
import { grant, inboxOf, seedUsers, staffAt } from '../../helpers/people';
import { eventually } from '../../helpers/poll';
import { rowsOf } from '../../helpers/stored';
import { callersFor, crowd } from '../event/fixtures';
import { NANTANG } from '../market/fixtures';

export { callersFor, crowd, eventually, grant, inboxOf, NANTANG, rowsOf, seedUsers, staffAt };
export const MIN = 60_000;
export const DONGMEN = ['n-center', 'n-chengguan', 'n-dongmen'];
/** The merchant the local cloud-pay sandbox is ordered for (src/server/order/pay-api.ts LOCAL_SUB_MCH_ID). */
export const MCH = '1900000109';

/** The demo producer (赵大山, 南塘村站, supported): their listings notify their account. */
export const PRODUCER_ID = `p${userIdOf('demo-producer')}`;

/** A listing on sale at 南塘村站 by the demo producer, written straight into the store. */
export async function saleListing(over: Partial<ListingDoc> & { perBuyerLimit?: number } = {}): Promise<ListingDoc> {
  const at = Date.now();
  const doc: ListingDoc = {
    _id: newId('l', at),
    status: 'on_sale',
    name: '南塘高山大米',
    description: '山脚下的梯田种的稻子。',
    photos: ['cloud://local/market/rice.png'],
    category: '粮油',
    unit: '斤',
    priceFen: 350,
    pointsPrice: 35,
    stock: 100,
    soldCount: 0,
    originVillage: '南塘村',
    producerId: PRODUCER_ID,
    producerUserId: userIdOf('demo-producer'),
    producerName: '赵大山',
    producerStationPath: NANTANG,
    supported: true,
    stationId: 'n-nantang',
    stationName: '南塘村新时代文明实践站',
    stationPath: NANTANG,
    photoChecks: {},
    flagged: false,
    flaggedFields: [],
    proxy: false,
    createdBy: userIdOf('demo-producer'),
    onSaleAt: at,
    rev: 0,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
  await db().collection(COLLECTIONS.listings).add({ data: doc });
  return doc;
}

/**
 * A fresh resident for each test (`<prefix>-1`, `-2`, …, with `points` love points), written and signed in
 * before it; usable from the file's top (each property is read from that test's caller). Its openid also
 * names the test's other people uniquely.
 */
export function useBuyerEach(cloud: LocalCloud, prefix: string, points = 0): Caller {
  let n = 0;
  let signedIn: Caller | undefined;
  beforeEach(async () => {
    const openid = `${prefix}-${++n}`;
    await buyers([openid], points);
    signedIn = await cloud.as(openid);
  });
  const now = () => {
    if (!signedIn) throw new Error(`the ${prefix} buyer signs in in beforeEach — use it inside tests or hooks`);
    return signedIn;
  };
  return forwarding(now, ['openid', 'token', 'call', 'ok']);
}

/**
 * An order test file's set-up, called once at its top: the local cloud, a fresh buyer for each test
 * (useBuyerEach), and the test's other people on demand — named after that buyer (`<buyer>-<suffix>`, so
 * unique to the test), seeded and signed in.
 */
export function useOrderTest(prefix: string, points = 0) {
  const cloud = useLocalCloud();
  const buyer = useBuyerEach(cloud, prefix, points);
  const signedIn = async (suffix: string, seed: (openid: string) => Promise<void>) => {
    const openid = `${buyer.openid}-${suffix}`;
    await seed(openid);
    return cloud.as(openid);
  };
  return {
    cloud,
    buyer,
    /** Another resident with no roles and no points. */
    otherBuyer: (suffix: string) => signedIn(suffix, (openid) => buyers([openid])),
    /** Staff of `nodeId` (a 所 or a 站). */
    staffMember: (suffix: string, nodeId: string) => signedIn(suffix, (openid) => staffAt(openid, nodeId)),
  };
}

/** Residents (no roles), optionally with love points already on their account. */
export async function buyers(openids: string[], points = 0): Promise<void> {
  await seedUsers(openids.map((openid, i) => ({ openid, roles: [], realName: `买家${i + 1}` })));
  if (points) {
    await db()
      .collection(COLLECTIONS.users)
      .where({ _id: db().command.in(openids.map(userIdOf)) })
      .update({ data: { pointsBalance: points, pointsEarned: points, pointsSpent: 0, pointsSeq: 0 } });
  }
}

export const storedListing = async (id: string): Promise<ListingDoc & { holds?: Record<string, number> }> =>
  (await rowsOf(COLLECTIONS.listings, { _id: id }))[0];
export const storedOrder = async (id: string) => (await rowsOf(COLLECTIONS.orders, { _id: id }))[0];
export const issuesOf = (orderId: string) => rowsOf(COLLECTIONS.paymentIssues, { orderId });

export const line = (listingId: string, qty = 1) => ({ listingId, qty });
export const place = (
  who: Caller,
  lines: { listingId: string; qty: number }[],
  pay: 'wechat' | 'points' = 'wechat',
  stationId = 'n-nantang',
) => who.call<OrderView>('market', 'placeOrder', { stationId, lines, pay });

/** The 模拟支付 sheet's decision, as the payer (the gateway's /api/dev/pay). */
export async function sheet(
  cloud: LocalCloud,
  who: Caller,
  outTradeNo: string,
  decision: 'pay' | 'cancel' | 'redeliver' = 'pay',
  deliveries = 1,
): Promise<{ status: number; body: any }> {
  return cloud.post('/api/dev/pay', { outTradeNo, decision, deliveries }, who.token);
}

/** Places a WeChat order and asks to pay it: the order, its outTradeNo and the payment for requestPayment. */
export async function wechatOrder(who: Caller, lines: { listingId: string; qty: number }[]) {
  const order = await who.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines, pay: 'wechat' });
  const paying = await who.ok<PayResult>('market', 'pay', { orderId: order.id });
  const stored = await storedOrder(order.id);
  return { order, paying, outTradeNo: stored.attempts[stored.attempts.length - 1].outTradeNo as string };
}

/** Places a WeChat order and pays it in the sandbox; waits until the callback marked it paid. */
export async function paidOrder(cloud: LocalCloud, who: Caller, lines: { listingId: string; qty: number }[]) {
  const o = await wechatOrder(who, lines);
  const res = await sheet(cloud, who, o.outTradeNo);
  if (res.status !== 200) throw new Error(`pay failed: ${JSON.stringify(res.body)}`);
  return { ...o, order: await who.ok<OrderView>('market', 'orderDetail', { orderId: o.order.id }) };
}

/** A buyer's points as cached on their account. */
export const pointsOf = async (openid: string): Promise<number> =>
  (await rowsOf(COLLECTIONS.users, { _id: userIdOf(openid) }))[0]?.pointsBalance ?? 0;
