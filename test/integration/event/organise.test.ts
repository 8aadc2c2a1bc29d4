/** Publishing, editing and cancelling through the real SDK, as leaders, staff and a center admin. */
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { callersFor, dayAt, eventInput, inboxOf, placesOf, rowsOf, slot, storedEvent, volunteers } from './fixtures';

const cloud = useLocalCloud();
let leader: Caller, staff: Caller, admin: Caller;
let v: Caller[];
const ids = Array.from({ length: 6 }, (_, i) => `og-v${i}`);
beforeAll(async () => {
  await volunteers(ids);
  [leader, staff, admin] = await callersFor(cloud, ['demo-leader', 'demo-staff', 'demo-admin']);
  v = await callersFor(cloud, ids);
});

describe('publish', () => {
  it('lets a leader publish for their team at its station, with the defaults, the slots and what organisers may do', async () => {
    const ev = await leader.ok('event', 'publish', eventInput({}, [slot(3, 9, 2, 30), slot(3, 14, 3, 20)]));
    expect(ev).toMatchObject({
      status: 'published',
      stationId: 'n-dongmen',
      teamName: '东门社区志愿服务队',
      organiserName: '东门社区志愿服务队',
      checkInRadiusM: 500,
      pointsPerHour: 10,
      capacity: 50,
      seatsLeft: 50,
      slotCount: 2,
      availability: 'signUp',
      eventActions: ['editLimited', 'cancel', 'roster'],
    });
    expect(ev.slots.map((s: { capacity: number; seatsLeft: number; status: string }) => [s.capacity, s.seatsLeft, s.status])).toEqual([
      [30, 30, 'open'],
      [20, 20, 'open'],
    ]);
    expect(await storedEvent(ev.id)).toMatchObject({
      teamId: 't-dongmen',
      stationPath: ['n-center', 'n-chengguan', 'n-dongmen'],
      flagged: false,
    });
  });

  it('lets staff publish at a station in their subtree without a team, and a center admin anywhere; both are audited', async () => {
    const s = await staff.ok('event', 'publish', eventInput({ stationId: 'n-nantang', title: '南塘村义诊' }));
    expect(s).toMatchObject({ stationId: 'n-nantang', organiserName: '刘芳' });
    expect(s).not.toHaveProperty('teamName');
    const a = await admin.ok(
      'event',
      'publish',
      eventInput({ stationId: 'n-longxicun', teamId: 't-longxi', title: '龙溪村政策宣讲', category: '政策宣讲' }),
    );
    expect(a).toMatchObject({ stationId: 'n-longxicun', teamName: '龙溪村党员先锋队' });
    expect(await rowsOf('audit_logs', { action: 'event.publish', targetId: s.id })).toHaveLength(1);
    expect(await rowsOf('audit_logs', { action: 'event.publish', targetId: a.id })).toHaveLength(1);
  });

  it('flags a text the content check wants a person to read, for organisers only', async () => {
    const ev = await leader.ok('event', 'publish', eventInput({ description: '报名后请加微信联系队长' }));
    expect(ev.flaggedFields).toEqual(['description']);
    expect(await v[0].ok('event', 'detail', { id: ev.id })).not.toHaveProperty('flaggedFields');
  });
});

describe('edit', () => {
  it('changes anything before sign-up opens, slots included', async () => {
    const ev = await leader.ok(
      'event',
      'publish',
      eventInput({ signUpOpensAt: dayAt(1, 9), signUpClosesAt: dayAt(4, 8) }, [slot(4, 9, 2, 10)]),
    );
    expect(ev.eventActions).toEqual(['edit', 'cancel', 'roster']);
    const out = await leader.ok('event', 'edit', {
      id: ev.id,
      title: '垃圾分类宣传（改期）',
      slots: [slot(4, 14, 2, 12), slot(4, 16, 1, 8)],
      signUpClosesAt: dayAt(4, 13),
    });
    expect(out).toMatchObject({
      title: '垃圾分类宣传（改期）',
      capacity: 20,
      slotCount: 2,
      availability: 'notOpen',
      eventActions: ['edit', 'cancel', 'roster'],
    });
    expect((await storedEvent(ev.id)).slots.map((s: { start: number; capacity: number }) => [s.start, s.capacity])).toEqual([
      [dayAt(4, 14), 12],
      [dayAt(4, 16), 8],
    ]);
  });

  it('after opening changes the description and the address; staff over the station may edit too', async () => {
    const ev = await leader.ok('event', 'publish', eventInput());
    await staff.ok('event', 'edit', { id: ev.id, address: '东门社区文化广场（北门）', description: '请穿志愿者马甲。' });
    expect(await storedEvent(ev.id)).toMatchObject({
      address: '东门社区文化广场（北门）',
      description: '请穿志愿者马甲。',
      title: ev.title,
    });
    expect(await rowsOf('audit_logs', { action: 'event.edit', targetId: ev.id })).toHaveLength(1);
  });
});

describe('cancel', () => {
  it('cancels an event: every place ends, and everyone who held a seat or waited is told once', async () => {
    const ev = await leader.ok('event', 'publish', eventInput({}, [slot(5, 9, 2, 1), slot(5, 14, 2, 5)]));
    await v[0].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    await v[1].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    await v[2].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[1].id });
    const out = await leader.ok('event', 'cancel', { id: ev.id, reason: '暴雨预警' });
    expect(out).toMatchObject({
      status: 'cancelled',
      availability: 'cancelled',
      dropped: 3,
      cancelReason: '暴雨预警',
      eventActions: ['roster'],
    });
    expect((await placesOf({ eventId: ev.id })).map((p: { status: string }) => p.status)).toEqual(['dropped', 'dropped', 'dropped']);
    for (const who of ['og-v0', 'og-v1', 'og-v2']) {
      const told = await inboxOf(who, 'event.cancelled');
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('暴雨预警');
    }
    expect((await storedEvent(ev.id)).slots.map((s: { status: string }) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect((await v[0].ok('event', 'list', {})).items.map((e: { id: string }) => e.id)).not.toContain(ev.id);
  });

  it('cancels one slot: its places end and are told, the others stand, and the time is free again', async () => {
    const ev = await leader.ok('event', 'publish', eventInput({}, [slot(6, 9, 2, 5), slot(6, 14, 2, 5)]));
    const kept = await v[3].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[1].id });
    await v[4].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    const out = await leader.ok('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[0].id, reason: '场地冲突' });
    expect(out).toMatchObject({ status: 'published', dropped: 1 });
    expect(out.slots.map((s: { status: string }) => s.status)).toEqual(['cancelled', 'open']);
    expect(await inboxOf('og-v4', 'event.cancelled')).toHaveLength(1);
    expect(await inboxOf('og-v3', 'event.cancelled')).toHaveLength(0);
    expect(await placesOf({ _id: kept.signUpId })).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    // Another event at the same time takes og-v4 now that the dropped place no longer holds it.
    const other = await staff.ok('event', 'publish', eventInput({ title: '同一时间的另一场' }, [slot(6, 9, 2, 5)]));
    expect(await v[4].ok('event', 'signUp', { eventId: other.id, slotId: other.slots[0].id })).toMatchObject({ status: 'confirmed' });
  });

  it('cancelling the last open slot cancels the event with it', async () => {
    const ev = await leader.ok('event', 'publish', eventInput({}, [slot(7, 9, 2, 5), slot(7, 14, 2, 5)]));
    await leader.ok('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[0].id, reason: '人手不足' });
    const out = await leader.ok('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[1].id, reason: '人手不足' });
    expect(out).toMatchObject({ status: 'cancelled', availability: 'cancelled' });
    expect(await storedEvent(ev.id)).toMatchObject({ status: 'cancelled', cancelReason: '人手不足' });
  });
});
