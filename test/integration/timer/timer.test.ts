import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import {
  claimedWish,
  fulfilledWish,
  kindsFor,
  openWish,
  resident,
  rowsOf,
  slotsHeld,
  storedWish,
  volunteers,
  wishInput,
} from '../wish/fixtures';

const DAY = 24 * 3600 * 1000;
const MIN = 60 * 1000;
const T0 = Date.UTC(2026, 4, 1, 2);

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

/** What WeChat's cron sends: no user, an event naming the trigger (only the scheduler may: no HTTP route). */
function fire(now: number, trigger = 'hourly'): Promise<any> {
  return cloud.trigger('timer', trigger, { now });
}
const done = (answer: any) =>
  Object.fromEntries(Object.entries(answer.data.jobs as Record<string, { done: number }>).map(([k, v]) => [k, v.done]));
const NOTHING = { wishLapse: 0, wishAutoConfirm: 0, wishExpire: 0, eventReminders: 0 };

describe('timer.hourly', () => {
  it('refuses users and unknown triggers', async () => {
    expect(await staff.call('timer', 'hourly')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await fire(T0, 'daily')).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('lapses claims, auto-confirms and expires on the 7- and 60-day lines, and nothing before them', async () => {
    await volunteers(['tm-v1', 'tm-v2', 'tm-v3']);
    const [v1, v2, v3] = await Promise.all(['tm-v1', 'tm-v2', 'tm-v3'].map((o) => cloud.as(o)));
    const owner = (i: number) => resident(cloud, `tm-owner-${i}`);
    const at = { now: T0 };
    const claimed = await claimedWish(await owner(1), staff, v1, {}, at);
    const fulfilled = await fulfilledWish(await owner(2), staff, v2, {}, at);
    const open = await openWish(await owner(3), staff, {}, at);
    const pending = await (await owner(4)).ok('wish', 'submit', wishInput(), at);
    const late = await openWish(await owner(5), staff, {}, at);
    await v3.ok('wish', 'claim', { id: late.id }, { now: T0 + 3 * DAY });

    expect(done(await fire(T0 + 7 * DAY - MIN))).toEqual(NOTHING);
    expect((await storedWish(claimed.id)).status).toBe('claimed');
    expect((await storedWish(fulfilled.id)).status).toBe('fulfilled');

    expect(done(await fire(T0 + 7 * DAY + MIN))).toEqual({ ...NOTHING, wishLapse: 1, wishAutoConfirm: 1 });
    const lapsed = await storedWish(claimed.id);
    expect(lapsed).toMatchObject({ status: 'open', lapseCount: 1, openedAt: T0 });
    expect(lapsed).not.toHaveProperty('claimerId');
    expect(await slotsHeld('tm-v1', 'claimSlot')).toBe(0);
    expect(await kindsFor('tm-v1')).toEqual(['wish.lapsed']);
    expect(await kindsFor('tm-owner-1')).toEqual(['wish.approved', 'wish.claimed', 'wish.lapsed']);
    expect((await v1.ok('wish', 'detail', { id: claimed.id })).beneficiary).toEqual({ name: '王**' });

    expect(await storedWish(fulfilled.id)).toMatchObject({
      status: 'confirmed',
      autoConfirmed: true,
      confirmedBy: 'timer',
      pointsAwarded: 10,
    });
    expect((await v2.ok('points', 'balance')).balance).toBe(10);
    expect(await kindsFor('tm-v2')).toContain('wish.confirmed');
    expect(await kindsFor('tm-owner-2')).toContain('wish.confirmed');
    expect(await slotsHeld('tm-owner-2', 'ownerSlot')).toBe(0);
    expect((await storedWish(late.id)).status).toBe('claimed');

    expect(done(await fire(T0 + 7 * DAY + MIN))).toEqual(NOTHING);
    expect((await v2.ok('points', 'balance')).balance).toBe(10);

    expect(done(await fire(T0 + 60 * DAY - MIN))).toEqual({ ...NOTHING, wishLapse: 1 }); // the late claim, at day 10
    expect((await storedWish(open.id)).status).toBe('open');
    expect(done(await fire(T0 + 60 * DAY + MIN))).toEqual({ ...NOTHING, wishExpire: 3 });
    for (const id of [open.id, claimed.id, late.id]) expect((await storedWish(id)).status).toBe('expired');
    expect((await storedWish(pending.id)).status).toBe('pending_review');
    expect(await slotsHeld('tm-owner-3', 'ownerSlot')).toBe(0);
    expect(await kindsFor('tm-owner-3')).toEqual(['wish.approved', 'wish.expired']);
    expect(done(await fire(T0 + 90 * DAY))).toEqual(NOTHING);
  });

  // How many batches fit in one run depends on the machine's speed (the job has a 500 ms budget); that a run
  // goes on past its first batch while the budget lasts is pinned without a clock in test/unit/timer/drain.test.ts.
  // Here: runs stopped by the budget resume until the backlog is gone, each wish lapsed exactly once.
  it('works through a backlog larger than a batch, resuming run after run', async () => {
    await volunteers(['tm-busy']);
    const owner = await resident(cloud, 'tm-many');
    const t = T0 + 100 * DAY;
    const base = (await owner.ok('wish', 'submit', wishInput(), { now: t })) as { id: string };
    const stored = await storedWish(base.id);
    const docs = Array.from({ length: 250 }, (_, i) => ({
      ...stored,
      _id: `w-batch-${String(i).padStart(3, '0')}`,
      status: 'claimed',
      openedAt: t,
      claimerId: userIdOf('tm-busy'),
      claimerName: '忙碌的志愿者',
      claimerKind: 'volunteer',
      claimedAt: t + i,
      ownerSlot: `w-batch-${String(i).padStart(3, '0')}`,
      claimSlot: `${userIdOf('tm-busy')}#${i}`,
    }));
    await Promise.all(docs.map((d) => db().collection(COLLECTIONS.wishes).add({ data: d })));

    const first = await fire(t + 8 * DAY);
    expect(first.data.jobs.wishLapse.done).toBeGreaterThan(0);
    let lapsedTotal = first.data.jobs.wishLapse.done;
    let more = first.data.jobs.wishLapse.more;
    for (let runs = 1; more; runs++) {
      expect(runs).toBeLessThan(60);
      const next = await fire(t + 8 * DAY);
      lapsedTotal += next.data.jobs.wishLapse.done;
      more = next.data.jobs.wishLapse.more;
    }
    expect(lapsedTotal).toBe(250);
    expect(await rowsOf(COLLECTIONS.wishes, { claimerId: userIdOf('tm-busy') })).toEqual([]);
    expect(await slotsHeld('tm-busy', 'claimSlot')).toBe(0);
  });

  it('awards once when the timer auto-confirms while the resident confirms', async () => {
    await volunteers(['tm-race']);
    const v = await cloud.as('tm-race');
    const owner = await resident(cloud, 'tm-race-owner');
    const t = T0 + 200 * DAY;
    const w = await fulfilledWish(owner, staff, v, {}, { now: t });
    const [tick, mine] = await Promise.all([
      fire(t + 7 * DAY + MIN),
      owner.call('wish', 'confirm', { id: w.id, rating: 5 }, { now: t + 7 * DAY + MIN }),
    ]);
    const byTimer = tick.data.jobs.wishAutoConfirm.done;
    expect(byTimer + (mine.ok ? 1 : 0)).toBe(1);
    if (!mine.ok) expect(mine.code).toBe('WISH_ALREADY_CONFIRMED');
    expect(await rowsOf(COLLECTIONS.pointsEntries, { sourceId: w.id })).toEqual([
      expect.objectContaining({ userId: userIdOf('tm-race'), amount: 10 }),
    ]);
    expect(await storedWish(w.id)).toMatchObject({ status: 'confirmed', pointsAwarded: 10, autoConfirmed: byTimer === 1 });
    expect((await v.ok('points', 'balance')).balance).toBe(10);
  });
});

describe('timer.tick (the one trigger, every 5 minutes)', () => {
  it('refuses users', async () => {
    for (const action of ['tick', 'every5Minutes'])
      expect(await staff.call('timer', action)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('runs the hourly jobs on the first tick of an hour only, by the time the trigger fired', async () => {
    await volunteers(['tm-tick']);
    const t = T0 + 300 * DAY; // 10:00 China time
    const w = await claimedWish(await resident(cloud, 'tm-tick-owner'), staff, await cloud.as('tm-tick'), {}, { now: t });
    const due = t + 8 * DAY;
    for (const minutes of [5, 30, 55]) {
      expect(await fire(due + minutes * MIN, 'tick')).toEqual({
        ok: true,
        data: {
          at: due + minutes * MIN,
          schedules: ['every5Minutes'],
          jobs: {
            marketImageTimeout: { done: 0, more: false, ms: expect.any(Number) },
            eventDrops: { done: 0, more: false, ms: expect.any(Number) },
            orderRelease: { done: 0, more: false, ms: expect.any(Number) },
          },
        },
      });
    }
    expect((await storedWish(w.id)).status).toBe('claimed');
    // A tick that fired at 11:00 but started late still counts as the hour's first.
    const late = await cloud.gateway.trigger(
      'timer',
      { Type: 'Timer', TriggerName: 'tick', Time: new Date(due + 60 * MIN).toISOString() },
      { now: due + 65 * MIN },
    );
    expect(late).toMatchObject({
      ok: true,
      data: { schedules: ['every5Minutes', 'hourly'], jobs: { wishLapse: { done: 1, more: false } } },
    });
    expect((await storedWish(w.id)).status).toBe('open');
    expect(done(await fire(due + 120 * MIN, 'tick'))).toEqual({ marketImageTimeout: 0, eventDrops: 0, orderRelease: 0, ...NOTHING });
  });
});
