/** The event domain's timer jobs, fired as WeChat's cron fires the timer: the 24 h reminder and the cancelled places' notices. */
import { COLLECTIONS } from '@/contracts/collections';
import { placeKey } from '@/core/event';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { callersFor, eventInput, H, inboxOf, MIN, placesOf, slot, volunteers } from './fixtures';

const cloud = useLocalCloud();
const tick = async (now: number): Promise<{ jobs: Record<string, { done: number; more: boolean }> }> =>
  (await cloud.trigger('timer', 'tick', { now })).data;
let leader: Caller;
beforeAll(async () => {
  leader = await cloud.as('demo-leader');
});

describe('the 24 h reminder', () => {
  it('reminds each seat once when its slot is 24 h away, also when the timer runs twice; never a waitlist place or a cancelled one', async () => {
    const ids = ['rm-a', 'rm-b', 'rm-c', 'rm-wait', 'rm-gone'];
    await volunteers(ids);
    const [a, b, c, w, gone] = await callersFor(cloud, ids);
    const ev = await leader.ok('event', 'publish', eventInput({ title: '周末植树' }, [slot(3, 9, 2, 3)]));
    const start = ev.slots[0].start;
    const su = (x: Caller) => x.ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    const left = await su(gone);
    await su(a);
    await su(b);
    await gone.ok('event', 'cancelSignUp', { signUpId: left.signUpId });
    expect(await su(c)).toMatchObject({ status: 'confirmed' });
    expect(await su(w)).toMatchObject({ status: 'waiting' });

    const before = await tick(start - 24 * H - 5 * MIN);
    expect(before.jobs.eventReminders).toBeUndefined(); // not an hourly tick
    const early = await tick(start - 25 * H);
    expect(early.jobs.eventReminders).toMatchObject({ done: 0 });
    const due = await tick(start - 24 * H);
    const again = await tick(start - 24 * H);
    const later = await tick(start - 23 * H);
    const seats = ['rm-a', 'rm-b', 'rm-c'].map(userIdOf);
    expect(due.jobs.eventReminders).toMatchObject({ done: 3, more: false });
    expect(again.jobs.eventReminders).toMatchObject({ done: 0 });
    expect(later.jobs.eventReminders).toMatchObject({ done: 0 });
    for (const o of ids) {
      const reminded = await inboxOf(o, 'event.reminder');
      expect(reminded).toHaveLength(seats.includes(userIdOf(o)) ? 1 : 0);
    }
    expect((await inboxOf('rm-a', 'event.reminder'))[0]).toMatchObject({
      title: '活动明天开始',
      body: expect.stringContaining('周末植树'),
    });
  }, 120_000);

  it('reminds a seat taken less than 24 h ahead at the next hourly run, and none once the slot started', async () => {
    await volunteers(['rm-late', 'rm-never']);
    const [late, never] = await callersFor(cloud, ['rm-late', 'rm-never']);
    const ev = await leader.ok('event', 'publish', eventInput({ title: '临时加场' }, [slot(4, 9, 2, 5)]));
    const start = ev.slots[0].start;
    await late.ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }, { now: start - 5 * H - 30 * MIN });
    expect((await tick(start - 5 * H)).jobs.eventReminders).toMatchObject({ done: 1 });
    expect((await tick(start - 4 * H)).jobs.eventReminders).toMatchObject({ done: 0 });
    await never.ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }, { now: start - 30 * MIN });
    expect((await tick(start)).jobs.eventReminders).toMatchObject({ done: 0 });
    expect((await tick(start + H)).jobs.eventReminders).toMatchObject({ done: 0 });
    expect(await inboxOf('rm-never', 'event.reminder')).toHaveLength(0);
    expect(await inboxOf('rm-late', 'event.reminder')).toHaveLength(1);
  }, 120_000);
});

describe('cancelled places', () => {
  it('tells the first 100 at the cancel and the rest at the next tick, each once; drops a sign-up that was on its way', async () => {
    const ids = Array.from({ length: 130 }, (_, i) => `dr-${i}`);
    await volunteers(ids);
    const callers = await callersFor(cloud, ids);
    const ev = await leader.ok('event', 'publish', eventInput({ title: '大型公益跑' }, [slot(5, 8, 4, 200)]));
    await Promise.all(callers.map((x) => x.ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id })));
    const out = await leader.ok('event', 'cancel', { id: ev.id, reason: '赛道施工' });
    expect(out.dropped).toBe(130);
    const told = () => countOf({ kind: 'event.cancelled', userId: db().command.in(ids.map(userIdOf)) });
    expect(await told()).toBe(100);

    // A sign-up that took its seat just before the cancel and stored its place just after it.
    const straggler = userIdOf('dr-straggler');
    await db()
      .collection(COLLECTIONS.eventSignups)
      .add({
        data: {
          _id: 'p-straggler',
          eventId: ev.id,
          slotId: ev.slots[0].id,
          userId: straggler,
          status: 'confirmed',
          placeKey: placeKey(ev.slots[0].id, straggler),
          dayKey: `${straggler}#0#0`,
          day: 0,
          eventTitle: ev.title,
          stationName: ev.stationName,
          slotStart: ev.slots[0].start,
          slotEnd: ev.slots[0].end,
          name: '迟到者',
          phone: '',
          createdAt: Date.now(),
        },
      });
    const now = Date.now() + 5 * MIN;
    const first = await tick(now);
    expect(first.jobs.eventDrops).toMatchObject({ done: 31, more: false });
    expect((await tick(now + 5 * MIN)).jobs.eventDrops).toMatchObject({ done: 0 });
    expect(await told()).toBe(130);
    expect(await placesOf({ _id: 'p-straggler' })).toEqual([expect.objectContaining({ status: 'dropped', toldAt: expect.any(Number) })]);
    expect(await countOf({ kind: 'event.cancelled', userId: straggler })).toBe(1);
  }, 180_000);
});

async function countOf(where: object): Promise<number> {
  return ((await db().collection(COLLECTIONS.messages).where(where).count()) as { total: number }).total;
}
