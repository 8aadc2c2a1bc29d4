/** Signing up, the waitlist, cancelling and removals through the real SDK: what each caller is told and what is stored. */
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { oneSentTo, sentTo as subscribeSent } from '../../helpers/subscribe-sent';
import { callersFor, eventInput, H, inboxOf, placesOf, slot, storedEvent, volunteers } from './fixtures';

const cloud = useLocalCloud();
let leader: Caller;
let v: Caller[];
const ids = Array.from({ length: 13 }, (_, i) => `su-v${i}`);
beforeAll(async () => {
  await volunteers(ids);
  leader = await cloud.as('demo-leader');
  v = await callersFor(cloud, ids);
});

const publish = (slots = [slot(3, 9, 2, 2)]) => leader.ok('event', 'publish', eventInput({}, slots));
const signUp = (c: Caller, ev: { id: string; slots: { id: string }[] }, i = 0) =>
  c.ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[i].id });
/** One sign-up and the database calls it made (the emulator's counts, without zeros). */
async function resetAndSignUp(c: Caller, ev: { id: string; slots: { id: string }[] }) {
  await cloud.resetStats();
  const res = await signUp(c, ev);
  const raw = await cloud.stats();
  const stats = Object.fromEntries(
    Object.entries(raw)
      .map(([coll, ops]) => [coll, Object.fromEntries(Object.entries(ops).filter(([, n]) => n))] as const)
      .filter(([, ops]) => Object.keys(ops).length),
  );
  return { res, stats };
}

describe('a seat', () => {
  it('costs one conditional write on the slot and one insert of the place (plus the caller, the write budget and the inbox)', async () => {
    const ev = await publish([slot(3, 9, 2, 2)]);
    // The instance's first sign-up for the event reads it; later ones go by the copy the last write answered.
    await resetAndSignUp(v[8], ev);
    const { res, stats } = await resetAndSignUp(v[0], ev);
    expect(res).toEqual({ signUpId: expect.any(String), eventId: ev.id, slotId: ev.slots[0].id, status: 'confirmed', seatsLeft: 0 });
    expect(stats.events).toEqual({ update: 1 });
    // No read of the volunteer's day: the place's unique day key, tried as the day's first, does that work.
    expect(stats.event_signups).toEqual({ insert: 1 });
    // The caller read once: who they are, and their subscribe grants for the notice.
    expect(stats.users).toEqual({ read: 1 });
    expect(stats.messages).toEqual({ insert: 1 });
    // The write budget (docs/limits.md): one conditional write (a user's very first write also inserts it).
    expect(stats.rate_limits).toMatchObject({ update: 1 });
    console.log('signUp (seat) database calls', JSON.stringify(stats));

    // The slot is full now: a waitlist place is the ticket write, the insert and one conditional write
    // that finds no seat freed meanwhile (it changes nothing).
    const wait = await resetAndSignUp(v[9], ev);
    expect(wait.res).toMatchObject({ status: 'waiting', position: 1, seatsLeft: 0 });
    expect(wait.stats.events).toEqual({ update: 2 });
    expect(wait.stats.event_signups).toEqual({ insert: 1 });
    expect(wait.stats.users).toEqual({ read: 1 });
    console.log('signUp (waitlist) database calls', JSON.stringify(wait.stats));
  });

  it('goes by a fresh read when the copy of the event the last write left here is stale: added seats, a cancelled slot', async () => {
    const ev = await publish([slot(6, 9, 2, 1), slot(6, 14, 2, 1)]);
    // The copy now shows the first slot full at capacity 1; the edit adds a seat the copy does not know.
    await signUp(v[10], ev);
    await leader.ok('event', 'edit', { id: ev.id, capacities: [{ slotId: ev.slots[0].id, capacity: 2 }] });
    expect(await signUp(v[11], ev)).toMatchObject({ status: 'confirmed', seatsLeft: 0 });
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ capacity: 2, taken: 2, waitSeq: 0, waitLeft: 0 });
    // The copy shows the second slot open; it is cancelled meanwhile: refused, nothing taken.
    await leader.ok('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[1].id, reason: '场地临时有安排' });
    expect(await v[12].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[1].id })).toMatchObject({
      ok: false,
      code: 'EVENT_SLOT_CANCELLED',
    });
    expect((await storedEvent(ev.id)).slots[1]).toMatchObject({ taken: 0, waitSeq: 0 });
    expect(await placesOf({ slotId: ev.slots[1].id })).toEqual([]);
  });

  it('gives a seat, not a ticket, when the copy shows the slot full but a seat was freed meanwhile', async () => {
    const ev = await publish([slot(9, 9, 2, 1)]);
    // The seat write's answer leaves a copy showing the slot full; the cancel (nobody waits) frees the seat
    // without touching that copy.
    const p = await signUp(v[8], ev);
    await v[8].ok('event', 'cancelSignUp', { signUpId: p.signUpId });
    const { res, stats } = await resetAndSignUp(v[9], ev);
    expect(res).toMatchObject({ status: 'confirmed', seatsLeft: 0 });
    // The ticket write (conditional on the slot still full) changed nothing; one read, then the seat write.
    expect(stats.events).toEqual({ read: 1, update: 2 });
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ capacity: 1, taken: 1, waitSeq: 0, waitLeft: 0 });
    expect(await placesOf({ slotId: ev.slots[0].id, status: 'waiting' })).toEqual([]);
  });

  it('tells the volunteer, shows in the detail with its cancel deadline, and counts in seats left', async () => {
    const ev = await publish([slot(3, 14, 2, 3)]);
    const res = await signUp(v[1], ev);
    const detail = await v[1].ok('event', 'detail', { id: ev.id });
    expect(detail.slots[0]).toMatchObject({
      taken: 1,
      seatsLeft: 2,
      mine: { signUpId: res.signUpId, status: 'confirmed', cancelUntil: ev.slots[0].start - 2 * H },
      actions: ['cancelSignUp'],
    });
    expect(detail.mine).toEqual({ confirmed: 1, waiting: 0 });
    expect(await inboxOf('su-v1', 'event.confirmed')).toEqual([
      expect.objectContaining({
        title: '活动报名成功',
        body: expect.stringContaining('社区垃圾分类宣传'),
        link: `/packages/event/detail/index?id=${ev.id}`,
      }),
    ]);
    const other = await v[2].ok('event', 'detail', { id: ev.id });
    expect(other.slots[0]).toMatchObject({ seatsLeft: 2, actions: ['signUp'] });
    expect(other.slots[0]).not.toHaveProperty('mine');
  });
});

describe('the waitlist', () => {
  it('takes the volunteers a full slot cannot seat, in order, each told their place in line', async () => {
    const ev = await publish([slot(4, 9, 2, 1)]);
    expect(await signUp(v[0], ev)).toMatchObject({ status: 'confirmed' });
    expect(await signUp(v[1], ev)).toMatchObject({ status: 'waiting', position: 1, seatsLeft: 0 });
    expect(await signUp(v[2], ev)).toMatchObject({ status: 'waiting', position: 2 });
    expect((await inboxOf('su-v2', 'event.waitlisted'))[0].body).toContain('排在第2位');
    const d = await v[2].ok('event', 'detail', { id: ev.id });
    expect(d.slots[0]).toMatchObject({ waiting: 2, mine: { status: 'waiting', position: 2 }, actions: ['leaveWaitlist'] });
    expect((await v[3].ok('event', 'detail', { id: ev.id })).slots[0].actions).toEqual(['joinWaitlist']);
  });

  it('promotes the first in line when a seat is given up; the next moves up; the promoted is told', async () => {
    const ev = await publish([slot(4, 14, 2, 1)]);
    const seat = await signUp(v[0], ev);
    const first = await signUp(v[1], ev);
    await signUp(v[2], ev);
    const out = await v[0].ok('event', 'cancelSignUp', { signUpId: seat.signUpId });
    expect(out).toMatchObject({ status: 'cancelled', promoted: true });
    expect(await placesOf({ _id: first.signUpId })).toEqual([
      expect.objectContaining({ status: 'confirmed', promotedAt: expect.any(Number) }),
    ]);
    expect(await inboxOf('su-v1', 'event.promoted')).toHaveLength(1);
    expect((await v[2].ok('event', 'detail', { id: ev.id })).slots[0].mine).toMatchObject({ status: 'waiting', position: 1 });
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ taken: 1, waitSeq: 2, waitLeft: 1 });
    // The seat never went back to the free pool: a newcomer joins the line behind the one still waiting.
    expect(await signUp(v[3], ev)).toMatchObject({ status: 'waiting', position: 2 });
  });

  it('lets a volunteer leave the line; those behind move up; no seat changes hands', async () => {
    const ev = await publish([slot(5, 9, 2, 1)]);
    await signUp(v[0], ev);
    const a = await signUp(v[1], ev);
    await signUp(v[2], ev);
    expect(await v[1].ok('event', 'cancelSignUp', { signUpId: a.signUpId })).toMatchObject({ status: 'cancelled', promoted: false });
    expect((await v[2].ok('event', 'detail', { id: ev.id })).slots[0].mine).toMatchObject({ position: 1 });
    expect(await signUp(v[4], ev)).toMatchObject({ status: 'waiting', position: 2 });
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ taken: 1, waitSeq: 3, waitLeft: 1 });
  });

  it('gives added seats to the line in order, each promoted volunteer told once', async () => {
    const ev = await publish([slot(5, 14, 2, 1)]);
    await signUp(v[0], ev);
    const line = [];
    for (const c of v.slice(1, 5)) line.push(await signUp(c, ev));
    const out = await leader.ok('event', 'edit', {
      id: ev.id,
      capacities: [{ slotId: ev.slots[0].id, capacity: 3 }],
      description: '增加两个名额',
    });
    expect(out).toMatchObject({ promoted: 2, description: '增加两个名额' });
    const stored = await placesOf({ eventId: ev.id });
    const byId = new Map(stored.map((p: { _id: string; status: string }) => [p._id, p.status]));
    expect(line.map((p) => byId.get(p.signUpId))).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
    expect(await inboxOf('su-v1', 'event.promoted')).toHaveLength(2); // one from the earlier test, one now
    expect(await inboxOf('su-v3', 'event.promoted')).toHaveLength(0);
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ capacity: 3, taken: 3, waitSeq: 4, waitLeft: 2 });
  });
});

describe('cancelling and removing', () => {
  it('frees the volunteer to sign up again after cancelling, and lets them cancel until 2 h before', async () => {
    const ev = await publish([slot(6, 9, 2, 2)]);
    const p = await signUp(v[5], ev);
    await v[5].ok('event', 'cancelSignUp', { signUpId: p.signUpId }, { now: ev.slots[0].start - 2 * H - 1 });
    const again = await signUp(v[5], ev);
    expect(again).toMatchObject({ status: 'confirmed' });
    expect(again.signUpId).not.toBe(p.signUpId);
    expect((await storedEvent(ev.id)).slots[0].taken).toBe(1);
  });

  it('lets an organiser remove a place with a reason the volunteer reads; the seat goes to the line; no coming back', async () => {
    const ev = await publish([slot(6, 14, 2, 1)]);
    const p = await signUp(v[6], ev);
    const next = await signUp(v[7], ev);
    const out = await leader.ok('event', 'removeSignUp', { signUpId: p.signUpId, reason: '多次无故缺席' });
    expect(out).toMatchObject({ status: 'removed', promoted: true, phone: '13700000000' });
    expect((await inboxOf('su-v6', 'event.removed'))[0].body).toContain('多次无故缺席');
    expect(await placesOf({ _id: next.signUpId })).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    expect(await v[6].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id })).toMatchObject({
      ok: false,
      code: 'EVENT_ALREADY_SIGNED_UP',
      message: expect.stringContaining('移出'),
    });
  });

  it('lets staff over the station remove a waitlist place too', async () => {
    const staff = await cloud.as('demo-staff');
    const ev = await publish([slot(7, 9, 2, 1)]);
    await signUp(v[0], ev);
    const w = await signUp(v[1], ev);
    expect(await staff.ok('event', 'removeSignUp', { signUpId: w.signUpId, reason: '报名信息有误' })).toMatchObject({
      status: 'removed',
      promoted: false,
    });
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ taken: 1, waitSeq: 1, waitLeft: 1 });
  });
});

describe('subscribe messages', () => {
  const sentTo = (openid: string) => subscribeSent(cloud, openid);

  it('sends a volunteer who opted in the promotion once, in the demo template, with values WeChat accepts', async () => {
    await volunteers(['su-sub-a', 'su-sub-b']);
    const [a, b] = await callersFor(cloud, ['su-sub-a', 'su-sub-b']);
    // Two grants banked: a second send would find one left, so "once" is the code's doing, not the grants'.
    for (let i = 0; i < 2; i++) await b.ok('inbox', 'optIn', { templateIds: ['TPL_EVENT_PROMOTED'] });
    const ev = await leader.ok('event', 'publish', eventInput({ title: '周末敬老院陪伴老人聊天活动' }, [slot(8, 9, 2, 1)]));
    const seat = await signUp(a, ev);
    expect(await signUp(b, ev)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await sentTo('su-sub-b')).toEqual([]); // no grant for the waitlist template
    await a.ok('event', 'cancelSignUp', { signUpId: seat.signUpId });

    await oneSentTo(cloud, 'su-sub-b', {
      template_id: 'TPL_EVENT_PROMOTED',
      page: `packages/event/detail/index?id=${ev.id}`,
      data: {
        thing1: { value: '周末敬老院陪伴老人聊天活动' },
        time2: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 09:00$/) },
        thing3: { value: expect.any(String) },
        phrase4: { value: '已递补' },
      },
    });
    expect((await b.ok('inbox', 'templates')).grants).toEqual({ TPL_EVENT_PROMOTED: 1 });
    expect(await inboxOf('su-sub-b', 'event.promoted')).toHaveLength(1);
    expect(await sentTo('su-sub-a')).toEqual([]); // opted in to nothing
  }, 120_000);
});
