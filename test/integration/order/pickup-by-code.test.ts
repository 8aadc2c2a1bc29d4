/**
 * Pickup by 个人码, through the real SDK: staff of the pickup station read the buyer's 个人码 and see that
 * person's orders waiting at THIS station only, then hand each over with one tap — the same hand-over as by
 * the 6-digit code (stock consumed once, one notice, one audit entry), once however many taps race. Every
 * refusal has its own code and changes nothing.
 */
import { COLLECTIONS } from '@/contracts/collections';
import type { BuyerPickupsView, OrderView, PayResult } from '@/contracts/order';
import { USER_CODE } from '@/contracts/user';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { DONGMEN, grant, inboxOf, line, rowsOf, saleListing, seedUsers, staffAt, storedListing, storedOrder } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();

let n = 0;
let buyer: Caller; // a registered volunteer (so a phone to mask), with 500 love points
let staff: Caller; // staff of 城关镇所: over 南塘村站 and 东门社区站
beforeEach(async () => {
  const openid = `pbc-buyer-${++n}`;
  await seedUsers([{ openid, roles: [grant('volunteer', 'n-dongmen')], realName: '陈买家', phone: '13912345678' }]);
  await db()
    .collection(COLLECTIONS.users)
    .where({ _id: userIdOf(openid) })
    .update({ data: { pointsBalance: 500, pointsEarned: 500, pointsSpent: 0, pointsSeq: 0 } });
  buyer = await cloud.as(openid);
  await staffAt(`${openid}-staff`, 'n-chengguan');
  staff = await cloud.as(`${openid}-staff`);
});

/** A points order placed and paid (state paid, a pickup code drawn) at `stationId`. */
async function paidAt(who: Caller, listingId: string, stationId = 'n-nantang', qty = 1): Promise<OrderView> {
  const o = await who.ok<OrderView>('market', 'placeOrder', { stationId, lines: [line(listingId, qty)], pay: 'points' });
  return (await who.ok<PayResult>('market', 'pay', { orderId: o.id })).order;
}
const codeOf = async (who: Caller, now?: number): Promise<string> => (await who.ok('user', 'myCode', {}, now ? { now } : undefined)).code;
const DONGMEN_STATION = { stationId: 'n-dongmen', stationName: '东门社区新时代文明实践站', stationPath: DONGMEN };

describe('market.buyerPickups / handOverByCode', () => {
  it('lists the person’s orders waiting at this station only, masked, and hands one over like the pickup code does', async () => {
    const rice = await saleListing({ stock: 10 });
    const eggs = await saleListing({ name: '土鸡蛋', stock: 10, ...DONGMEN_STATION });
    const first = await paidAt(buyer, rice._id, 'n-nantang', 2);
    const second = await paidAt(buyer, rice._id);
    await paidAt(buyer, eggs._id, 'n-dongmen');
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(rice._id)], pay: 'points' }); // unpaid: not listed
    const code = await codeOf(buyer);

    const seen = await staff.ok<BuyerPickupsView>('market', 'buyerPickups', { stationId: 'n-nantang', code });
    expect(seen).toMatchObject({
      stationId: 'n-nantang',
      stationName: '南塘村新时代文明实践站',
      buyerId: userIdOf(buyer.openid),
      buyerName: '陈买家',
      buyerPhone: '139****5678',
      next: null,
    });
    expect(seen.items.map((i) => i.order.id)).toEqual([second.id, first.id]);
    for (const i of seen.items) {
      expect(i.actions).toEqual(['handOver']);
      expect(i.order).toMatchObject({ stationId: 'n-nantang', state: 'paid', viewer: 'staff', buyerPhone: '139****5678' });
      expect(i.order.pickupCode).toBeUndefined();
    }
    expect(JSON.stringify(seen)).not.toContain('13912345678');

    expect((await storedListing(rice._id)).holds).toHaveProperty(first.id, 2);
    const done = await staff.ok<OrderView>('market', 'handOverByCode', { stationId: 'n-nantang', code, orderId: first.id });
    expect(done).toMatchObject({ id: first.id, state: 'completed', viewer: 'staff', completedAt: expect.any(Number) });
    expect(await storedOrder(first.id)).toMatchObject({ stockHeld: false, pickupKey: `-${first.id}`, verifiedBy: userIdOf(staff.openid) });
    // The hold is consumed (stock and sales were counted when it was taken), the other orders' holds stay.
    const after = await storedListing(rice._id);
    expect(after).toMatchObject({ stock: 6, soldCount: 4 });
    expect(after.holds).not.toHaveProperty(first.id);
    expect(after.holds).toHaveProperty(second.id, 1);
    expect(await inboxOf(buyer.openid, 'order.completed')).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: first.id, action: 'order.pickup' })).toEqual([
      expect.objectContaining({ actorId: userIdOf(staff.openid), detail: { userCode: true } }),
    ]);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: userIdOf(buyer.openid), action: 'order.buyerPickups' })).toHaveLength(1);

    // A second tap changes nothing; the order's 6-digit code is spent too; the list shows what is left.
    expect(await staff.call('market', 'handOverByCode', { stationId: 'n-nantang', code, orderId: first.id })).toEqual({
      ok: false,
      code: 'PICKUP_ALREADY_DONE',
      message: '这个订单已经交付过了，不用再交付',
    });
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code: first.pickupCode })).toMatchObject({
      code: 'PICKUP_CODE_USED',
    });
    expect(await storedListing(rice._id)).toEqual(after);
    expect(await inboxOf(buyer.openid, 'order.completed')).toHaveLength(1);
    const left = await staff.ok<BuyerPickupsView>('market', 'buyerPickups', { stationId: 'n-nantang', code });
    expect(left.items.map((i) => i.order.id)).toEqual([second.id]);
    // At 东门社区站 the same code shows the order waiting there, and only that one.
    const there = await staff.ok<BuyerPickupsView>('market', 'buyerPickups', { stationId: 'n-dongmen', code });
    expect(there.items.map((i) => i.order.stationId)).toEqual(['n-dongmen']);
  });

  it('refuses wrong, expired and foreign codes, others’ orders, other stations, unpaid orders, with nothing changed', async () => {
    const rice = await saleListing({ stock: 10 });
    const eggs = await saleListing({ name: '土鸡蛋', stock: 10, ...DONGMEN_STATION });
    const mine = await paidAt(buyer, rice._id);
    const atDongmen = await paidAt(buyer, eggs._id, 'n-dongmen');
    const unpaid = await buyer.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(rice._id)], pay: 'points' });
    await seedUsers([{ openid: `${buyer.openid}-other`, roles: [] }]);
    await db()
      .collection(COLLECTIONS.users)
      .where({ _id: userIdOf(`${buyer.openid}-other`) })
      .update({ data: { pointsBalance: 100, pointsEarned: 100, pointsSpent: 0, pointsSeq: 0 } });
    const other = await cloud.as(`${buyer.openid}-other`);
    const theirs = await paidAt(other, rice._id);
    const now = Date.now();
    const code = await codeOf(buyer, now);
    const [p, body] = code.split('.');
    const checkin = `checkin.${body}.${code.split('.')[2]}`;
    const forged = `${p}.${Buffer.from(JSON.stringify({ u: userIdOf(other.openid), t: now })).toString('base64url')}.${code.split('.')[2]}`;

    const cases: [object, string, { now?: number }?][] = [
      [{ orderId: mine.id, code: 'not a code' }, 'USER_CODE_INVALID'],
      [{ orderId: mine.id, code: forged }, 'USER_CODE_INVALID'],
      [{ orderId: mine.id, code: checkin }, 'USER_CODE_INVALID'],
      [{ orderId: mine.id, code }, 'USER_CODE_EXPIRED', { now: now + USER_CODE.maxAgeMs + 1 }],
      [{ orderId: 'o-nothing', code }, 'ORDER_NOT_FOUND'],
      [{ orderId: theirs.id, code }, 'PICKUP_NOT_BUYERS'],
      [{ orderId: atDongmen.id, code }, 'PICKUP_WRONG_STATION'],
      [{ orderId: unpaid.id, code }, 'ORDER_NOT_PAID'],
      [{ orderId: mine.id }, 'VALIDATION_FAILED'],
      [{ orderId: mine.id, code, stationId: 'n-nowhere' }, 'NODE_NOT_FOUND'],
      [{ orderId: mine.id, code, stationId: 'n-chengguan' }, 'NODE_NOT_FOUND'],
    ];
    for (const [data, want, opts] of cases) {
      const res = await staff.call('market', 'handOverByCode', { stationId: 'n-nantang', ...data }, opts);
      expect([want, res]).toEqual([
        want,
        expect.objectContaining({ ok: false, code: want, message: expect.stringMatching(/[\u4e00-\u9fa5]/) }),
      ]);
    }
    for (const [data, want, opts] of cases.filter(([, c]) => c.startsWith('USER_CODE') || c === 'NODE_NOT_FOUND'))
      expect(await staff.call('market', 'buyerPickups', { stationId: 'n-nantang', ...data }, opts)).toMatchObject({
        ok: false,
        code: want,
      });

    // Roles that must be refused: the buyer, a producer, a resident (FORBIDDEN); staff of another 所 (OUT_OF_SCOPE).
    await staffAt(`${buyer.openid}-far`, 'n-longxi');
    const far = await cloud.as(`${buyer.openid}-far`);
    for (const [who, want] of [
      [buyer, 'FORBIDDEN'],
      [await cloud.as('demo-producer'), 'FORBIDDEN'],
      [await cloud.as('demo-resident'), 'FORBIDDEN'],
      [far, 'OUT_OF_SCOPE'],
    ] as const) {
      for (const action of ['buyerPickups', 'handOverByCode'])
        expect(await who.call('market', action, { stationId: 'n-nantang', code, orderId: mine.id })).toMatchObject({
          ok: false,
          code: want,
        });
    }
    for (const o of [mine, atDongmen, theirs]) expect(await storedOrder(o.id)).toMatchObject({ state: 'paid', stockHeld: true });
    expect(await inboxOf(buyer.openid, 'order.completed')).toEqual([]);
    expect(await rowsOf(COLLECTIONS.auditLogs, { action: 'order.pickup', targetId: mine.id })).toEqual([]);
  });

  it('completes an order once when taps by 个人码 and the 6-digit code race', async () => {
    const rice = await saleListing({ stock: 10 });
    const o = await paidAt(buyer, rice._id, 'n-nantang', 3);
    const code = await codeOf(buyer);
    await staffAt(`${buyer.openid}-staff-b`, 'n-nantang');
    const counter = await cloud.as(`${buyer.openid}-staff-b`);
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, (_, i) =>
        (i % 2 ? counter : staff).call('market', 'handOverByCode', { stationId: 'n-nantang', code, orderId: o.id }),
      ),
      counter.call('market', 'verifyPickup', { stationId: 'n-nantang', code: o.pickupCode }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const refusals = answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code));
    expect(refusals.every((c) => c === 'PICKUP_ALREADY_DONE' || c === 'PICKUP_CODE_USED')).toBe(true);
    expect(await storedListing(rice._id)).toMatchObject({ stock: 7, soldCount: 3, holds: {} });
    expect(await storedOrder(o.id)).toMatchObject({ state: 'completed', stockHeld: false });
    expect(await inboxOf(buyer.openid, 'order.completed')).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: o.id, action: 'order.pickup' })).toHaveLength(1);
  });
});
