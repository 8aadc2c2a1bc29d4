/** Lists, the detail, 我的报名, the roster and an organiser's events through the real SDK. */
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { callersFor, DAY, dayAt, eventInput, leaderOf, LONGXICUN, slot, volunteers } from './fixtures';

const cloud = useLocalCloud();
let leader: Caller, staff: Caller, admin: Caller, resident: Caller, longxiLeader: Caller;
let v: Caller[];
const ids = Array.from({ length: 5 }, (_, i) => `br-v${i}`);
const ev: Record<string, any> = {};
/** The ids of a page's events that this file published (the demo county has events of its own). */
const idsOf = (page: { items: { id: string }[] }) => page.items.map((e) => e.id).filter((id) => Object.values(ev).some((e) => e.id === id));

beforeAll(async () => {
  await volunteers(ids, '13912345678');
  await leaderOf('br-lead-longxi', 't-longxi', 'n-longxicun', LONGXICUN);
  [leader, staff, admin, resident, longxiLeader] = await callersFor(cloud, [
    'demo-leader',
    'demo-staff',
    'demo-admin',
    'demo-resident',
    'br-lead-longxi',
  ]);
  await resident.ok('user', 'login');
  v = await callersFor(cloud, ids);
  // 东门: tomorrow morning (1 seat) and in 5 days; 南塘 (staff) in 3 days; 龙溪村 (its leader) in 2 days.
  ev.soon = await leader.ok('event', 'publish', eventInput({ title: '明早环境整治', category: '文明引导' }, [slot(1, 9, 2, 1)]));
  ev.later = await leader.ok('event', 'publish', eventInput({ title: '五天后法律讲座', category: '法律服务' }, [slot(5, 14, 2, 40)]));
  ev.nantang = await staff.ok(
    'event',
    'publish',
    eventInput({ stationId: 'n-nantang', title: '南塘村义诊', category: '卫生健康', location: { lat: 26.7108, lng: 110.6188 } }, [
      slot(3, 9, 3, 20),
    ]),
  );
  ev.longxi = await longxiLeader.ok(
    'event',
    'publish',
    eventInput({ stationId: 'n-longxicun', title: '龙溪村政策宣讲', category: '政策宣讲', location: { lat: 26.6587, lng: 110.7091 } }, [
      slot(2, 9, 2, 20),
    ]),
  );
});

describe('list', () => {
  it('shows upcoming events soonest first, to anyone signed in, as one read', async () => {
    await cloud.resetStats();
    const page = await resident.ok('event', 'list', {});
    const stats = await cloud.stats();
    const expected = [ev.soon.id, ev.longxi.id, ev.nantang.id, ev.later.id];
    expect(idsOf(page)).toEqual(expected);
    const reads = Object.values(stats).reduce((n: number, s: any) => n + s.read + s.count + s.aggregate, 0);
    expect(reads).toBe(1);
    expect(stats.events.read).toBe(1);
    expect(page.items.find((e: { id: string }) => e.id === ev.soon.id)).toMatchObject({
      capacity: 1,
      seatsLeft: 1,
      waiting: 0,
      availability: 'signUp',
      stationName: '东门社区新时代文明实践站',
    });
  });

  it('filters by a subtree, a category and a date range; sorts newest first; pages with next', async () => {
    expect(idsOf(await v[0].ok('event', 'list', { nodeId: 'n-longxi' }))).toEqual([ev.longxi.id]);
    expect(idsOf(await v[0].ok('event', 'list', { nodeId: 'n-chengguan', category: '卫生健康' }))).toEqual([ev.nantang.id]);
    expect(idsOf(await v[0].ok('event', 'list', { from: dayAt(3, 0), to: dayAt(4, 0) }))).toEqual([ev.nantang.id]);
    const newest = idsOf(await v[0].ok('event', 'list', { sort: 'newest' }));
    expect(newest).toEqual([ev.longxi.id, ev.nantang.id, ev.later.id, ev.soon.id]);
    const first = await v[0].ok('event', 'list', { limit: 2 });
    const second = await v[0].ok('event', 'list', { limit: 2, cursor: first.next });
    expect(first.next).toEqual(expect.any(String));
    const all = (p: { items: { id: string }[] }) => p.items.map((e) => e.id);
    expect([...all(first), ...all(second)]).toEqual(all(await v[0].ok('event', 'list', { limit: 4 })));
    expect(await v[0].call('event', 'list', { cursor: 'eyJ4Ijox' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('sorts nearest first from the caller’s location with each distance', async () => {
    const page = await v[0].ok('event', 'list', { sort: 'nearest', lat: 26.6587, lng: 110.7091 });
    expect(page.items[0]).toMatchObject({ id: ev.longxi.id, distanceM: 0 });
    const d = page.items.map((e: { distanceM: number }) => e.distanceM);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it('shows today’s events today and past ones once they are over', async () => {
    expect(idsOf(await v[0].ok('event', 'list', { when: 'today' }, { now: dayAt(1, 7) }))).toEqual([ev.soon.id]);
    expect(idsOf(await v[0].ok('event', 'list', { when: 'today' }, { now: dayAt(2, 23) }))).toEqual([ev.longxi.id]);
    const pastNow = ev.later.lastEnd + 1;
    const past = await v[0].ok('event', 'list', { when: 'past' }, { now: pastNow });
    expect(idsOf(past)[0]).toBe(ev.later.id);
    expect(past.items[0].availability).toBe('closed');
    expect(idsOf(await v[0].ok('event', 'list', {}, { now: pastNow }))).toEqual([]);
  });
});

describe('detail', () => {
  it('carries each viewer’s actions: a seat for volunteers, registering for residents, organising for organisers', async () => {
    expect((await v[1].ok('event', 'detail', { id: ev.later.id })).slots[0].actions).toEqual(['signUp']);
    const forResident = await resident.ok('event', 'detail', { id: ev.later.id });
    expect(forResident.slots[0].actions).toEqual(['registerToSignUp']);
    expect(forResident.eventActions).toEqual([]);
    const forStaff = await staff.ok('event', 'detail', { id: ev.later.id });
    expect(forStaff.eventActions).toEqual(['editLimited', 'cancel', 'roster']);
    expect(forStaff.slots[0].actions).toEqual(['registerToSignUp', 'cancelSlot']);
    expect((await longxiLeader.ok('event', 'detail', { id: ev.later.id })).eventActions).toEqual([]);
    expect((await admin.ok('event', 'detail', { id: ev.longxi.id })).eventActions).toEqual(['editLimited', 'cancel', 'roster']);
  });
});

describe('我的报名, the roster and an organiser’s events', () => {
  it('lists a volunteer’s upcoming places soonest first and the past ones once over', async () => {
    await v[2].ok('event', 'signUp', { eventId: ev.later.id, slotId: ev.later.slots[0].id });
    await v[2].ok('event', 'signUp', { eventId: ev.nantang.id, slotId: ev.nantang.slots[0].id });
    await cloud.resetStats();
    const up = await v[2].ok('event', 'mySignUps', {});
    expect((await cloud.stats()).event_signups.read).toBe(1);
    expect(up.items.map((p: { eventTitle: string; status: string }) => [p.eventTitle, p.status])).toEqual([
      ['南塘村义诊', 'confirmed'],
      ['五天后法律讲座', 'confirmed'],
    ]);
    const past = await v[2].ok('event', 'mySignUps', { when: 'past' }, { now: ev.later.lastEnd + DAY });
    expect(past.items.map((p: { eventTitle: string }) => p.eventTitle)).toEqual(['五天后法律讲座', '南塘村义诊']);
    expect((await v[2].ok('event', 'mySignUps', {}, { now: ev.later.lastEnd + DAY })).items).toEqual([]);
  });

  it('gives organisers the roster with whole phones and the waitlist in line order', async () => {
    await v[0].ok('event', 'signUp', { eventId: ev.soon.id, slotId: ev.soon.slots[0].id });
    await v[3].ok('event', 'signUp', { eventId: ev.soon.id, slotId: ev.soon.slots[0].id });
    await v[4].ok('event', 'signUp', { eventId: ev.soon.id, slotId: ev.soon.slots[0].id });
    const seats = await leader.ok('event', 'roster', { eventId: ev.soon.id, slotId: ev.soon.slots[0].id });
    expect(seats.items).toEqual([
      expect.objectContaining({ userId: userIdOf('br-v0'), name: '志愿者1', phone: '13912345678', status: 'confirmed' }),
    ]);
    expect(seats.slot).toMatchObject({ taken: 1, waiting: 2 });
    const line = await staff.ok('event', 'roster', { eventId: ev.soon.id, slotId: ev.soon.slots[0].id, list: 'waiting', limit: 1 });
    expect(line.items.map((e: { userId: string; position: number }) => [e.userId, e.position])).toEqual([[userIdOf('br-v3'), 1]]);
    const rest = await staff.ok('event', 'roster', {
      eventId: ev.soon.id,
      slotId: ev.soon.slots[0].id,
      list: 'waiting',
      cursor: line.next,
    });
    expect(rest.items.map((e: { userId: string; position: number }) => [e.userId, e.position])).toEqual([[userIdOf('br-v4'), 2]]);
    expect(rest.next).toBeNull();
  });

  it('lists the events a leader’s team and a staff member’s scope organise, newest first', async () => {
    const mine = idsOf(await leader.ok('event', 'managed', {}));
    expect(mine).toEqual([ev.later.id, ev.soon.id]);
    const scope = idsOf(await staff.ok('event', 'managed', {}));
    expect(scope).toEqual(expect.arrayContaining([ev.nantang.id, ev.later.id, ev.soon.id]));
    expect(scope).not.toContain(ev.longxi.id);
    expect(idsOf(await longxiLeader.ok('event', 'managed', {}))).toEqual([ev.longxi.id]);
  });
});
