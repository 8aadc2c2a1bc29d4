/**
 * The timer's jobs each have their own budget and resume where they stopped: a backlog in one job neither
 * starves the others nor is processed twice, and items that keep failing are passed over, not re-read.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { fulfilledWish, openWish, resident, storedWish, volunteers, wishInput } from '../wish/fixtures';
import { TOP_OF_HOUR_JOBS } from './job-order';

const DAY = 24 * 3600 * 1000;
/** 2026-07-01 10:00:00 China time: the first tick of an hour, when the hourly jobs run. */
const T = Date.UTC(2026, 6, 1, 2, 0, 0);
const BACKLOG = 5_000;

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

/** WeChat's trigger: `tick` fired at `at`, the functions' clock at `at`. */
const tick = (at: number): Promise<any> => cloud.trigger('timer', 'tick', { now: at });

const count = async (collection: string, where: object): Promise<number> =>
  ((await db().collection(collection).where(where).count()) as { total: number }).total;

/** Claimed wishes written straight into the store, `claimedAt` as given (many share one: ties by `_id`). */
async function insertClaimed(
  prefix: string,
  n: number,
  claimer: string,
  claimedAt: (i: number) => number,
  extra: (id: string) => object = () => ({}),
) {
  const owner = await resident(cloud, `${prefix}-owner`);
  const template = await storedWish((await owner.ok('wish', 'submit', wishInput(), { now: T - 30 * DAY })).id);
  const docs = Array.from({ length: n }, (_, i) => {
    const _id = `${prefix}-${String(i).padStart(5, '0')}`;
    return {
      ...template,
      _id,
      status: 'claimed',
      openedAt: T - 9 * DAY,
      claimerId: userIdOf(claimer),
      claimerName: '忙碌的志愿者',
      claimerKind: 'volunteer',
      claimedAt: claimedAt(i),
      ownerSlot: _id,
      claimSlot: `${userIdOf(claimer)}#${i}`,
      ...extra(_id),
    };
  });
  for (let i = 0; i < docs.length; i += 500)
    await db()
      .collection(COLLECTIONS.wishes)
      .add({ data: docs.slice(i, i + 500) });
  return docs.map((d) => d._id);
}

describe('the timer with a backlog in one job', () => {
  it('still runs every other job in the same invocation, and drains the backlog over runs with no item processed twice', async () => {
    await volunteers(['bl-busy', 'bl-v']);
    // 5,000 claims past their 7 days, 250 to a claimedAt: the wishLapse backlog, first in the list.
    await insertClaimed('bl', BACKLOG, 'bl-busy', (i) => T - 8 * DAY + Math.floor(i / 250));
    // One due item for each other job, made through the app 61 days ago.
    const v = await cloud.as('bl-v');
    const toConfirm = await fulfilledWish(await resident(cloud, 'bl-o1'), staff, v, {}, { now: T - 61 * DAY });
    const toExpire = await openWish(await resident(cloud, 'bl-o2'), staff, {}, { now: T - 61 * DAY });

    const first = await tick(T);
    expect(first).toMatchObject({ ok: true, data: { schedules: ['every5Minutes', 'hourly'] } });
    const jobs = first.data.jobs;
    expect(Object.keys(jobs)).toEqual(TOP_OF_HOUR_JOBS);
    expect(jobs.wishLapse).toEqual({ done: expect.any(Number), more: true, ms: expect.any(Number) });
    expect(jobs.wishLapse.done).toBeGreaterThan(0);
    expect(jobs.wishAutoConfirm).toEqual({ done: 1, more: false, ms: expect.any(Number) });
    expect(jobs.wishExpire).toEqual({ done: 1, more: false, ms: expect.any(Number) });
    expect(await storedWish(toConfirm.id)).toMatchObject({ status: 'confirmed', autoConfirmed: true });
    expect((await storedWish(toExpire.id)).status).toBe('expired');
    // Budgets are wall-clock: the whole run stays inside the function's 3 s timeout.
    expect(jobs.wishLapse.ms + jobs.wishAutoConfirm.ms + jobs.wishExpire.ms).toBeLessThan(3_000);

    let lapsed = jobs.wishLapse.done;
    let runs = 1;
    for (let more = true; more; runs++) {
      expect(runs).toBeLessThan(100); // every run makes progress: a job stuck on the same items would spin here
      const next = (await tick(T + runs * 3_600_000)).data.jobs.wishLapse;
      if (next.more) expect(next.done).toBeGreaterThan(0);
      lapsed += next.done;
      more = next.more;
    }
    // Each wish was lapsed exactly once: the counts add up, every one carries lapseCount 1 and told its claimer once.
    expect(lapsed).toBe(BACKLOG);
    expect(await count(COLLECTIONS.wishes, { _id: db().RegExp({ regexp: '^bl-' }), status: 'open', lapseCount: 1 })).toBe(BACKLOG);
    expect(await count(COLLECTIONS.wishes, { lapseCount: db().command.gt(1) })).toBe(0);
    expect(await count(COLLECTIONS.wishes, { claimerId: userIdOf('bl-busy') })).toBe(0);
    expect(await count(COLLECTIONS.messages, { userId: userIdOf('bl-busy'), kind: 'wish.lapsed' })).toBe(BACKLOG);
    expect((await tick(T + runs * 3_600_000)).data.jobs.wishLapse).toMatchObject({ done: 0, more: false });
  }, 600_000);

  it('passes over items that keep failing instead of re-reading them, and reaches the due items behind them', async () => {
    await volunteers(['bl-stuck', 'bl-fine']);
    const DAY_20 = T - 20 * DAY;
    // 150 claims, the oldest due, whose lapse cannot be written: another wish holds the claimSlot value the
    // lapse would give back (the unique index refuses the write every time).
    const stuck = await insertClaimed('bl-stuck', 150, 'bl-stuck', (i) => DAY_20 + i);
    const blockers = stuck.map((id, i) => ({ _id: `bl-block-${i}`, status: 'confirmed', ownerSlot: `bl-block-${i}`, claimSlot: id }));
    await db().collection(COLLECTIONS.wishes).add({ data: blockers });
    const fine = await insertClaimed('bl-fine', 20, 'bl-fine', () => T - 8 * DAY);

    // The functions run in this process: the timer's log of the refused writes is observable here.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const first = (await tick(T + 200 * 3_600_000)).data.jobs.wishLapse;
    expect(first).toMatchObject({ done: 20, more: false });
    expect(errors.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/100 of 100 item\(s\) failed.*E11000/);
    for (const id of fine) expect((await storedWish(id)).status).toBe('open');
    expect(await count(COLLECTIONS.wishes, { claimerId: userIdOf('bl-stuck'), status: 'claimed' })).toBe(150);
    // Tried again on the next run, still refused, nothing counted twice.
    expect((await tick(T + 201 * 3_600_000)).data.jobs.wishLapse).toMatchObject({ done: 0, more: false });
    errors.mockRestore();
    expect(await count(COLLECTIONS.messages, { userId: userIdOf('bl-fine'), kind: 'wish.lapsed' })).toBe(20);
  }, 120_000);
});
