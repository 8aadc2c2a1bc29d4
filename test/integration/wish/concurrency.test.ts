import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { fulfilledWish, openWish, resident, rowsOf, slotsHeld, storedWish, volunteers } from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

let n = 0;
const nextOwner = async () => resident(cloud, `cc-owner-${++n}`);

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('claims under concurrency', () => {
  it('gives one open wish to exactly one of 200 volunteers claiming at once; the rest get WISH_ALREADY_CLAIMED', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `cc-vol-${i}`);
    await volunteers(ids);
    const callers = await Promise.all(ids.map((id) => cloud.as(id)));
    const w = await openWish(await nextOwner(), staff);

    const answers = await Promise.all(callers.map((c) => c.call('wish', 'claim', { id: w.id })));
    const winners = answers.map((a, i) => (a.ok ? ids[i] : null)).filter((x): x is string => !!x);
    expect(winners).toHaveLength(1);
    const losers = answers.filter((a) => !a.ok);
    expect(new Set(losers.map((a) => (a.ok ? '' : a.code)))).toEqual(new Set(['WISH_ALREADY_CLAIMED']));
    expect(losers.every((a) => !a.ok && a.message === '手慢了，该心愿已被他人认领')).toBe(true);

    expect(await storedWish(w.id)).toMatchObject({ status: 'claimed', claimerId: userIdOf(winners[0]) });
    expect(await storedWish(w.id)).toMatchObject({ claimSlot: `${userIdOf(winners[0])}#0` });
    expect(await slotsHeld(winners[0], 'claimSlot')).toBe(1);
    expect(await rowsOf(COLLECTIONS.messages, { userId: userIdOf(`cc-owner-${n}`), kind: 'wish.claimed' })).toHaveLength(1);
  });

  it('lets one volunteer fire 10 claims on 10 wishes at once and keeps at most 3', async () => {
    await volunteers(['cc-greedy']);
    const v = await cloud.as('cc-greedy');
    const wishes = [];
    for (let i = 0; i < 10; i++) wishes.push(await openWish(await nextOwner(), staff));

    const answers = await Promise.all(wishes.map((w) => v.call('wish', 'claim', { id: w.id })));
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'WISH_CLAIM_LIMIT_REACHED')).toBe(true);
    const stored = await Promise.all(wishes.map((w) => storedWish(w.id)));
    expect(stored.filter((w) => w.status === 'claimed' && w.claimerId === userIdOf('cc-greedy'))).toHaveLength(3);
    expect(stored.filter((w) => w.status === 'open')).toHaveLength(7);
    expect(await slotsHeld('cc-greedy', 'claimSlot')).toBe(3);
  });

  it('keeps the cap when the 10 claims race other volunteers for the same wishes', async () => {
    await volunteers(['cc-racer', 'cc-rival']);
    const [v, rival] = await Promise.all([cloud.as('cc-racer'), cloud.as('cc-rival')]);
    const wishes = [];
    for (let i = 0; i < 10; i++) wishes.push(await openWish(await nextOwner(), staff));
    const answers = await Promise.all(
      wishes.flatMap((w) => [v.call('wish', 'claim', { id: w.id }), rival.call('wish', 'claim', { id: w.id })]),
    );
    const stored = await Promise.all(wishes.map((w) => storedWish(w.id)));
    for (const who of ['cc-racer', 'cc-rival']) {
      const held = stored.filter((w) => w.claimerId === userIdOf(who)).length;
      expect(held).toBeLessThanOrEqual(3);
      expect(await slotsHeld(who, 'claimSlot')).toBe(held);
    }
    expect(answers.filter((a) => a.ok)).toHaveLength(stored.filter((w) => w.status === 'claimed').length);
  });
});

describe('confirmations under concurrency', () => {
  it('awards the claimer once when the resident and staff confirm 20 times at the same moment', async () => {
    await volunteers(['cc-earner']);
    const v = await cloud.as('cc-earner');
    const o = await nextOwner();
    const w = await fulfilledWish(o, staff, v);
    const admin = await cloud.as('demo-admin');
    const confirmers = Array.from({ length: 20 }, (_, i) => [o, staff, admin][i % 3]);

    const answers = await Promise.all(confirmers.map((c, i) => c.call('wish', 'confirm', { id: w.id, rating: 1 + (i % 5) })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'WISH_ALREADY_CONFIRMED')).toBe(true);
    expect(await rowsOf(COLLECTIONS.pointsEntries, { source: 'wish', sourceId: w.id })).toEqual([
      expect.objectContaining({ userId: userIdOf('cc-earner'), amount: 10 }),
    ]);
    expect((await v.ok('points', 'balance')).balance).toBe(10);
    expect(await rowsOf(COLLECTIONS.messages, { userId: userIdOf('cc-earner'), kind: 'wish.confirmed' })).toHaveLength(1);
    expect(await slotsHeld(`cc-owner-${n}`, 'ownerSlot')).toBe(0);
  });
});
