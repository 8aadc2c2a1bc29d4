import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { claimedWish, fulfilledWish, kindsFor, resident, rowsOf, slotsHeld, staffAt, storedWish, volunteers } from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
  await staffAt('cf-far', 'n-longxi');
  await volunteers(['cf-v1', 'cf-v2', 'cf-v3', 'cf-v4', 'cf-v5']);
  await db()
    .collection(COLLECTIONS.orgNodes)
    .where({ _id: 'n-nantang' })
    .update({ data: { settings: { wishPoints: 25 } } });
});

let n = 0;
const nextOwner = async () => resident(cloud, `cf-owner-${++n}`);
const balanceOf = async (openid: string) => (await (await cloud.as(openid)).ok('points', 'balance')).balance;
const wishEntries = (wishId: string) => rowsOf(COLLECTIONS.pointsEntries, { source: 'wish', sourceId: wishId });

describe('wish.confirm', () => {
  it("lets the resident confirm and rate; the claimer earns the station's default 10 points once", async () => {
    const o = await nextOwner();
    const v = await cloud.as('cf-v1');
    const w = await fulfilledWish(o, staff, v);
    const done = await o.ok('wish', 'confirm', { id: w.id, rating: 5, comment: '非常感谢志愿者！' });
    expect(done).toMatchObject({
      status: 'confirmed',
      rating: 5,
      comment: '非常感谢志愿者！',
      autoConfirmed: false,
      pointsAwarded: 10,
      viewer: 'owner',
    });
    expect(await balanceOf('cf-v1')).toBe(10);
    expect(await wishEntries(w.id)).toEqual([expect.objectContaining({ userId: userIdOf('cf-v1'), amount: 10, kind: 'earn' })]);
    expect(await storedWish(w.id)).not.toHaveProperty('pointsPending');
    expect(await kindsFor('cf-v1')).toContain('wish.confirmed');
    expect(await slotsHeld(`cf-owner-${n}`, 'ownerSlot')).toBe(0);
    expect(await o.call('wish', 'confirm', { id: w.id, rating: 4 })).toMatchObject({ ok: false, code: 'WISH_ALREADY_CONFIRMED' });
    expect(await balanceOf('cf-v1')).toBe(10);
    expect((await v.ok('wish', 'detail', { id: w.id })).rating).toBe(5);
  });

  it('awards the points the station sets', async () => {
    const o = await resident(cloud, 'cf-nantang', 'n-nantang');
    const w = await fulfilledWish(o, staff, await cloud.as('cf-v2'), { stationId: 'n-nantang' });
    expect((await o.ok('wish', 'confirm', { id: w.id, rating: 4 })).pointsAwarded).toBe(25);
    expect(await balanceOf('cf-v2')).toBe(25);
  });

  it('lets staff in scope confirm (audited) — not a volunteer, not staff elsewhere, not the claimer', async () => {
    const o = await nextOwner();
    const w = await fulfilledWish(o, staff, await cloud.as('cf-v3'));
    // A volunteer, a resident, staff elsewhere and the claimer, in turn.
    for (const [openid, code] of [
      ['cf-v4', 'FORBIDDEN'],
      ['demo-resident', 'FORBIDDEN'],
      ['cf-far', 'OUT_OF_SCOPE'],
      ['cf-v3', 'WISH_CONFIRM_OWN_CLAIM'],
    ])
      expect(await (await cloud.as(openid)).call('wish', 'confirm', { id: w.id, rating: 5 })).toMatchObject({ ok: false, code });
    expect(await staff.call('wish', 'confirm', { id: w.id, rating: 6 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await staff.call('wish', 'confirm', { id: w.id, rating: 3, comment: '在赌场门口交接' })).toMatchObject({
      code: 'CONTENT_RISKY',
    });
    expect((await storedWish(w.id)).status).toBe('fulfilled');
    expect(await staff.ok('wish', 'confirm', { id: w.id, rating: 3 })).toMatchObject({ status: 'confirmed', viewer: 'staff' });
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: w.id, action: 'wish.confirm' })).toHaveLength(1);
    expect(await kindsFor(`cf-owner-${n}`)).toEqual(['wish.approved', 'wish.claimed', 'wish.fulfilled']);
  });

  it('refuses a wish that is not fulfilled yet', async () => {
    const o = await nextOwner();
    const w = await claimedWish(o, staff, await cloud.as('cf-v5'));
    expect(await o.call('wish', 'confirm', { id: w.id, rating: 5 })).toMatchObject({ ok: false, code: 'WISH_NOT_FULFILLED' });
    expect(await o.call('wish', 'confirm', { id: 'w-none', rating: 5 })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
  });

  it('lets the proxy confirm the wish they recorded', async () => {
    const w = await fulfilledWish(staff, staff, await cloud.as('cf-v5'), { proxy: true });
    expect(await staff.ok('wish', 'confirm', { id: w.id, rating: 5 })).toMatchObject({
      status: 'confirmed',
      viewer: 'owner',
      pointsAwarded: 10,
    });
  });
});
