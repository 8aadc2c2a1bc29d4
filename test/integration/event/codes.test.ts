/**
 * Every EVENT_* code, each produced through the real SDK by the call a person would make, and every role
 * that must be refused; a refusal changes nothing. The last test checks that no code was left out.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { EVENT_ERROR_MESSAGES } from '@/contracts/event-errors';
import { chinaDay, dayKey } from '@/core/event';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import {
  callersFor,
  dayAt,
  eventInput,
  H,
  leaderOf,
  LONGXICUN,
  MIN,
  placesOf,
  rowsOf,
  slot,
  staffAt,
  storedEvent,
  volunteers,
} from './fixtures';

const cloud = useLocalCloud();
const seen = new Set<string>();
/** Expects the call to be refused with `code` (and records it for the coverage check). */
async function refused(p: Promise<{ ok: boolean; code?: string; message?: string }>, code: string, message?: RegExp) {
  const res = await p;
  expect(res).toMatchObject({ ok: false, code });
  if (message) expect(res.message).toMatch(message);
  seen.add(code);
  return res;
}

let leader: Caller, staff: Caller, resident: Caller, volunteer: Caller, otherLeader: Caller, farStaff: Caller;
let v: Caller[];
beforeAll(async () => {
  await leaderOf('ec-lead-longxi', 't-longxi', 'n-longxicun', LONGXICUN);
  await staffAt('ec-staff-longxi', 'n-longxi');
  await volunteers(Array.from({ length: 6 }, (_, i) => `ec-v${i}`));
  [leader, staff, resident, volunteer, otherLeader, farStaff] = await callersFor(cloud, [
    'demo-leader',
    'demo-staff',
    'demo-resident',
    'demo-volunteer',
    'ec-lead-longxi',
    'ec-staff-longxi',
  ]);
  await resident.ok('user', 'login');
  v = await callersFor(
    cloud,
    Array.from({ length: 6 }, (_, i) => `ec-v${i}`),
  );
});

const publish = (c: Caller, over = {}, slots = [slot(4, 9, 2, 2)]) => c.ok('event', 'publish', eventInput(over, slots));

describe('publishing', () => {
  it('refuses a volunteer, a resident, a leader for another team and staff outside their subtree; nothing is stored', async () => {
    await refused(volunteer.call('event', 'publish', eventInput()), 'EVENT_PUBLISH_FORBIDDEN', /队长和站点管理员/);
    await refused(resident.call('event', 'publish', eventInput()), 'EVENT_PUBLISH_FORBIDDEN');
    await refused(otherLeader.call('event', 'publish', eventInput({ teamId: 't-dongmen' })), 'EVENT_NOT_ORGANISER');
    await refused(otherLeader.call('event', 'publish', eventInput()), 'EVENT_NOT_ORGANISER');
    await refused(farStaff.call('event', 'publish', eventInput()), 'OUT_OF_SCOPE');
    const mine = await rowsOf(COLLECTIONS.events, {
      organiserId: db().command.in(['demo-volunteer', 'demo-resident', 'ec-lead-longxi', 'ec-staff-longxi'].map(userIdOf)),
    });
    expect(mine).toEqual([]);
  });

  it('refuses a team of another station and a team that does not exist', async () => {
    await refused(staff.call('event', 'publish', eventInput({ teamId: 't-longxi' })), 'EVENT_TEAM_INVALID', /不属于该站点/);
    await refused(staff.call('event', 'publish', eventInput({ teamId: 't-nowhere' })), 'EVENT_TEAM_INVALID');
  });

  it('refuses times in the past, off the quarter hour, across midnight, or a window closing after the last slot', async () => {
    const past = { start: Date.now() - 2 * H - ((Date.now() - 2 * H) % (15 * MIN)), end: 0, capacity: 5 };
    past.end = past.start + H;
    await refused(leader.call('event', 'publish', eventInput({ signUpClosesAt: Date.now() + H }, [past])), 'EVENT_TIME_INVALID');
    const odd = { start: dayAt(4, 9, 10), end: dayAt(4, 11), capacity: 5 };
    const r = await refused(leader.call('event', 'publish', eventInput({}, [odd])), 'EVENT_TIME_INVALID', /整刻钟/);
    expect((r as { fields?: object }).fields).toHaveProperty(['slots.0.start']);
    const night = { start: dayAt(4, 23), end: dayAt(5, 1), capacity: 5 };
    await refused(leader.call('event', 'publish', eventInput({}, [night])), 'EVENT_TIME_INVALID', /同一天/);
    await refused(
      leader.call('event', 'publish', eventInput({ signUpClosesAt: dayAt(4, 10) }, [slot(4, 9, 2, 5)])),
      'EVENT_TIME_INVALID',
      /不能晚于/,
    );
  });

  it('refuses a risky text and an unknown station', async () => {
    await refused(leader.call('event', 'publish', eventInput({ description: '活动后去赌场玩' })), 'CONTENT_RISKY');
    await refused(staff.call('event', 'publish', eventInput({ stationId: 'n-nowhere' })), 'STATION_NOT_FOUND');
    await refused(staff.call('event', 'publish', eventInput({ title: '' })), 'VALIDATION_FAILED');
  });
});

describe('editing and cancelling', () => {
  it('refuses a leader of another team, staff elsewhere and a volunteer; the event is unchanged', async () => {
    const ev = await publish(leader);
    await refused(otherLeader.call('event', 'edit', { id: ev.id, description: '改一改' }), 'EVENT_NOT_ORGANISER', /组织本活动/);
    await refused(farStaff.call('event', 'edit', { id: ev.id, description: '改一改' }), 'OUT_OF_SCOPE');
    await refused(volunteer.call('event', 'cancel', { id: ev.id, reason: '不想办了' }), 'FORBIDDEN');
    await refused(
      otherLeader.call('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[0].id, reason: '不想办了' }),
      'EVENT_NOT_ORGANISER',
    );
    expect(await storedEvent(ev.id)).toMatchObject({ status: 'published', description: ev.description, slots: [{ status: 'open' }] });
  });

  it('locks everything but the description, the address and more seats once sign-up opened; capacity never shrinks', async () => {
    const ev = await publish(leader, {}, [slot(4, 14, 2, 5)]);
    await refused(leader.call('event', 'edit', { id: ev.id, title: '新名字' }), 'EVENT_EDIT_LOCKED');
    await refused(leader.call('event', 'edit', { id: ev.id, slots: [slot(4, 15, 1, 5)] }), 'EVENT_EDIT_LOCKED');
    await refused(
      leader.call('event', 'edit', { id: ev.id, capacities: [{ slotId: ev.slots[0].id, capacity: 4 }] }),
      'EVENT_CAPACITY_DECREASE',
    );
    await refused(leader.call('event', 'edit', { id: ev.id, capacities: [{ slotId: 'nope', capacity: 9 }] }), 'EVENT_SLOT_NOT_FOUND');
    expect((await storedEvent(ev.id)).slots[0].capacity).toBe(5);
  });

  it('answers EVENT_CANCELLED and EVENT_SLOT_CANCELLED for what is cancelled already, to organisers and volunteers', async () => {
    const ev = await publish(staff, {}, [slot(5, 9, 2, 3), slot(5, 14, 2, 3)]);
    await staff.ok('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[0].id, reason: '场地临时有安排' });
    await refused(staff.call('event', 'cancelSlot', { id: ev.id, slotId: ev.slots[0].id, reason: '再取消一次' }), 'EVENT_SLOT_CANCELLED');
    await refused(v[0].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }), 'EVENT_SLOT_CANCELLED');
    await staff.ok('event', 'cancel', { id: ev.id, reason: '天气原因' });
    await refused(staff.call('event', 'cancel', { id: ev.id, reason: '再取消一次' }), 'EVENT_CANCELLED');
    await refused(staff.call('event', 'edit', { id: ev.id, description: '还能改吗' }), 'EVENT_CANCELLED');
    await refused(v[0].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[1].id }), 'EVENT_CANCELLED');
  });
});

describe('signing up', () => {
  it('refuses a resident (not a volunteer); the slot is unchanged', async () => {
    const ev = await publish(leader);
    await refused(resident.call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }), 'EVENT_VOLUNTEER_REQUIRED', /注册志愿者/);
    await refused(staff.call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }), 'EVENT_VOLUNTEER_REQUIRED');
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ taken: 0, waitSeq: 0 });
  });

  it('refuses an unknown event or slot, before the window opens and after it closes', async () => {
    await refused(v[0].call('event', 'detail', { id: 'e-nowhere' }), 'EVENT_NOT_FOUND');
    await refused(v[0].call('event', 'signUp', { eventId: 'e-nowhere', slotId: 'x' }), 'EVENT_NOT_FOUND');
    const ev = await publish(leader, { signUpOpensAt: dayAt(2, 9), signUpClosesAt: dayAt(4, 8) }, [slot(4, 9, 2, 3)]);
    await refused(v[0].call('event', 'signUp', { eventId: ev.id, slotId: 'x' }), 'EVENT_SLOT_NOT_FOUND');
    await refused(v[0].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }), 'EVENT_SIGNUP_NOT_OPEN', /报名将于.*开始/);
    await refused(v[0].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }, { now: dayAt(4, 8) }), 'EVENT_SIGNUP_CLOSED');
    expect((await storedEvent(ev.id)).slots[0]).toMatchObject({ taken: 0, waitSeq: 0 });
  });

  it('refuses a second place on the slot and an overlapping slot of another event; leaves back-to-back slots alone', async () => {
    const a = await publish(leader, {}, [slot(6, 9, 2, 5)]);
    const b = await publish(staff, {}, [slot(6, 10, 2, 5), slot(6, 11, 2, 5)]);
    await v[1].ok('event', 'signUp', { eventId: a.id, slotId: a.slots[0].id });
    await refused(v[1].call('event', 'signUp', { eventId: a.id, slotId: a.slots[0].id }), 'EVENT_ALREADY_SIGNED_UP');
    await refused(v[1].call('event', 'signUp', { eventId: b.id, slotId: b.slots[0].id }), 'EVENT_SLOT_OVERLAP', /时间重叠/);
    expect(await v[1].ok('event', 'signUp', { eventId: b.id, slotId: b.slots[1].id })).toMatchObject({ status: 'confirmed' });
    expect((await storedEvent(b.id)).slots.map((s: { taken: number }) => s.taken)).toEqual([0, 1]);
  });

  it('refuses a volunteer with 100 places on one day (EVENT_DAY_BUSY)', async () => {
    const ev = await publish(leader, {}, [slot(7, 9, 2, 5)]);
    const uid = userIdOf('ec-v2');
    const day = chinaDay(ev.slots[0].start);
    const fake = Array.from({ length: 100 }, (_, k) => ({
      _id: `ec-busy-${k}`,
      eventId: 'e-old',
      slotId: `s-${k}`,
      userId: uid,
      status: 'cancelled',
      placeKey: `ec-busy-${k}`,
      dayKey: dayKey(uid, day, k),
      day,
      slotStart: 0,
      slotEnd: 0,
    }));
    await db().collection(COLLECTIONS.eventSignups).add({ data: fake });
    await refused(v[2].call('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id }), 'EVENT_DAY_BUSY');
  });
});

describe('cancelling a place', () => {
  it('refuses someone else’s place, a seat inside 2 h of the start, and a place already cancelled', async () => {
    const ev = await publish(leader, {}, [slot(8, 9, 2, 5)]);
    const mine = await v[3].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    await refused(v[4].call('event', 'cancelSignUp', { signUpId: mine.signUpId }), 'EVENT_SIGNUP_NOT_FOUND');
    await refused(v[4].call('event', 'cancelSignUp', { signUpId: 'p-nowhere' }), 'EVENT_SIGNUP_NOT_FOUND');
    const late = ev.slots[0].start - 2 * H + 1;
    await refused(v[3].call('event', 'cancelSignUp', { signUpId: mine.signUpId }, { now: late }), 'EVENT_CANCEL_TOO_LATE', /2小时/);
    expect(await placesOf({ _id: mine.signUpId })).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    await v[3].ok('event', 'cancelSignUp', { signUpId: mine.signUpId }, { now: ev.slots[0].start - 2 * H });
    await refused(v[3].call('event', 'cancelSignUp', { signUpId: mine.signUpId }), 'EVENT_SIGNUP_ENDED');
    await refused(leader.call('event', 'removeSignUp', { signUpId: mine.signUpId, reason: '重复报名' }), 'EVENT_SIGNUP_ENDED');
  });

  it('refuses a volunteer removing a place and a roster to anyone but the organisers', async () => {
    const ev = await publish(leader, {}, [slot(8, 14, 2, 5)]);
    const p = await v[5].ok('event', 'signUp', { eventId: ev.id, slotId: ev.slots[0].id });
    await refused(v[4].call('event', 'removeSignUp', { signUpId: p.signUpId, reason: '看他不顺眼' }), 'FORBIDDEN');
    await refused(otherLeader.call('event', 'removeSignUp', { signUpId: p.signUpId, reason: '看他不顺眼' }), 'EVENT_NOT_ORGANISER');
    await refused(v[4].call('event', 'roster', { eventId: ev.id, slotId: ev.slots[0].id }), 'FORBIDDEN');
    await refused(farStaff.call('event', 'roster', { eventId: ev.id, slotId: ev.slots[0].id }), 'OUT_OF_SCOPE');
    await refused(v[4].call('event', 'managed', {}), 'FORBIDDEN');
    expect(await placesOf({ _id: p.signUpId })).toEqual([expect.objectContaining({ status: 'confirmed' })]);
  });
});

it('has produced every EVENT_* code', () => {
  const missing = Object.keys(EVENT_ERROR_MESSAGES).filter((c) => !seen.has(c));
  expect(missing).toEqual([]);
});
