/**
 * Sign-ups under a rush, through the gateway and the real SDK: capacity is never exceeded, the waitlist is
 * numbered in the order the database took it, one volunteer never gets two places, and freed seats go to
 * the line exactly once each.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { db } from '@/server/cloud';
import { callersFor, crowd, eventInput, placesOf, rowsOf, slot, storedEvent, volunteers } from './fixtures';

const cloud = useLocalCloud();
let leader: Caller;
beforeAll(async () => {
  leader = await cloud.as('demo-leader');
});

const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
type Answer = { ok: boolean; code?: string; data?: { status: string; position?: number; signUpId: string } };

it('seats exactly 50 of 2,000 volunteers at once and numbers the other 1,950 1 … 1,950, telling each which', async () => {
  const openids = range(2_000, 'rush-');
  await volunteers(openids);
  const callers = await callersFor(cloud, openids);
  const ev = await leader.ok('event', 'publish', eventInput({ title: '千人报名的热门活动' }, [slot(3, 9, 3, 50)]));
  const slotId = ev.slots[0].id;

  const many = crowd(cloud.gateway.url);
  const answers = (await Promise.all(callers.map((c) => many.call(c.token, 'event', 'signUp', { eventId: ev.id, slotId })))) as Answer[];
  many.close();

  expect(answers.filter((a) => !a.ok)).toEqual([]);
  const seats = answers.filter((a) => a.data!.status === 'confirmed');
  const waiting = answers.filter((a) => a.data!.status === 'waiting');
  expect(seats).toHaveLength(50);
  expect(waiting).toHaveLength(1_950);
  expect(seats.every((a) => a.data!.position === undefined)).toBe(true);
  const positions = waiting.map((a) => a.data!.position!).sort((x, y) => x - y);
  expect(positions).toEqual(Array.from({ length: 1_950 }, (_, i) => i + 1));

  expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ capacity: 50, taken: 50, waitSeq: 1_950, waitLeft: 0 });
  expect(await placesOf({ slotId, status: 'confirmed' })).toHaveLength(50);
  expect(await countWaiting(slotId)).toBe(1_950);
  // Every caller told which, once: a confirmation or a waitlist place in their inbox, never both.
  const told = await countMessages(openids);
  expect(told).toEqual({ 'event.confirmed': 50, 'event.waitlisted': 1_950 });
}, 300_000);

async function countWaiting(slotId: string): Promise<number> {
  const res = (await db().collection(COLLECTIONS.eventSignups).where({ slotId, status: 'waiting' }).count()) as { total: number };
  return res.total;
}

async function countMessages(openids: string[]): Promise<Record<string, number>> {
  const c = db().command;
  const out: Record<string, number> = {};
  for (const kind of ['event.confirmed', 'event.waitlisted', 'event.promoted']) {
    const res = (await db()
      .collection(COLLECTIONS.messages)
      .where({ kind, userId: c.in(openids.map(userIdOf)) })
      .count()) as { total: number };
    if (res.total) out[kind] = res.total;
  }
  return out;
}

it('gives one volunteer firing 10 sign-ups for the same slot at once exactly one place', async () => {
  for (const round of [0, 1, 2]) {
    const [id] = range(1, `greedy-${round}-`);
    await volunteers([id]);
    const [c] = await callersFor(cloud, [id]);
    const ev = await leader.ok('event', 'publish', eventInput({ title: `重复报名 ${round}` }, [slot(4, 9, 2, round === 2 ? 1 : 20)]));
    if (round === 2) {
      // A full slot: the ten race for waitlist tickets instead of seats.
      await volunteers(['greedy-holder']);
      await (await cloud.as('greedy-holder')).ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    }
    const answers = (await Promise.all(
      Array.from({ length: 10 }, () => c.call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id })),
    )) as Answer[];
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(new Set(answers.filter((a) => !a.ok).map((a) => a.code))).toEqual(new Set(['EVENT_ALREADY_SIGNED_UP']));
    const mine = await placesOf({ eventId: ev.id, userId: userIdOf(id) });
    expect(mine.filter((p: { status: string }) => p.status === 'confirmed' || p.status === 'waiting')).toHaveLength(1);
    const s = (await storedEvent(ev.id)).slots[0];
    if (round === 2) {
      expect(s).toMatchObject({ taken: 1, waitSeq: s.waitLeft + 1 });
      expect((await c.ok('event', 'detail', { id: ev.id })).slots[0].mine).toMatchObject({ status: 'waiting', position: 1 });
    } else expect(s.taken).toBe(1);
  }
}, 300_000);

it('gives one volunteer signing up for two overlapping slots at once exactly one place', async () => {
  for (const round of [0, 1, 2, 3, 4]) {
    const id = `twofold-${round}`;
    await volunteers([id]);
    const [c] = await callersFor(cloud, [id]);
    const a = await leader.ok('event', 'publish', eventInput({ title: `上午场 ${round}` }, [slot(5, 9, 2, 10)]));
    const b = await leader.ok('event', 'publish', eventInput({ title: `交叉场 ${round}` }, [slot(5, 10, 2, 10)]));
    const answers = (await Promise.all([
      c.call('event', 'signUp', { eventId: a.id, slotId: a.slots[0].id }),
      c.call('event', 'signUp', { eventId: b.id, slotId: b.slots[0].id }),
    ])) as Answer[];
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    expect(answers.find((x) => !x.ok)).toMatchObject({ code: 'EVENT_SLOT_OVERLAP' });
    const held = (await placesOf({ userId: userIdOf(id) })).filter((p: { status: string }) => p.status === 'confirmed');
    expect(held).toHaveLength(1);
    const taken = (await storedEvent(a.id)).slots[0].taken + (await storedEvent(b.id)).slots[0].taken;
    expect(taken).toBe(1);
  }
}, 300_000);

it('promotes exactly the first 20 in line, in line order, each told once, when 20 seat-holders cancel at once', async () => {
  const holders = range(20, 'holder-');
  const line = range(30, 'line-');
  await volunteers([...holders, ...line]);
  const hc = await callersFor(cloud, holders);
  const lc = await callersFor(cloud, line);
  const ev = await leader.ok('event', 'publish', eventInput({ title: '二十人同时取消' }, [slot(6, 9, 2, 20)]));
  const eventId = ev.id;
  const slotId = ev.slots[0].id;
  const seats: { signUpId: string }[] = [];
  for (const c of hc) seats.push(await c.ok('event', 'signUp', { eventId, slotId }));
  const queued: { signUpId: string; position: number }[] = [];
  for (const c of lc) queued.push(await c.ok('event', 'signUp', { eventId, slotId }));
  expect(queued.map((q) => q.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

  const answers = await Promise.all(hc.map((c, i) => c.ok('event', 'cancelSignUp', { signUpId: seats[i].signUpId })));
  expect(answers.every((a) => a.status === 'cancelled' && a.promoted)).toBe(true);

  const byId = new Map((await placesOf({ slotId })).map((p: { _id: string; status: string }) => [p._id, p.status]));
  expect(queued.map((q) => byId.get(q.signUpId))).toEqual([...Array(20).fill('confirmed'), ...Array(10).fill('waiting')]);
  expect((await storedEvent(eventId)).slots[0]).toMatchObject({ taken: 20, waitSeq: 30, waitLeft: 20 });
  const promotedTold = await Promise.all(
    line.map(async (o) => (await rowsOf(COLLECTIONS.messages, { userId: userIdOf(o), kind: 'event.promoted' })).length),
  );
  expect(promotedTold).toEqual([...Array(20).fill(1), ...Array(10).fill(0)]);
  // The ten still waiting moved up to 1 … 10, in their order.
  const left = await Promise.all(lc.slice(20).map(async (c) => (await c.ok('event', 'detail', { id: eventId })).slots[0].mine.position));
  expect(left).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
}, 300_000);
