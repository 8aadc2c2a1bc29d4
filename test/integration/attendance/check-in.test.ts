/**
 * Checking in and out through the real SDK: the rotating code (age, slot, signature, replay), the geofence,
 * the window, who may have a code, and 50 volunteers checking in at once.
 */
import { signToken } from '@/server/shared/signed-token';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { callersFor, leaderOf, staffAt, volunteers, LONGXICUN } from '../event/fixtures';
import { attendanceOf, H, MIN, north, seatedSlot, SQUARE, useCrew } from './fixtures';

const cloud = useLocalCloud();
const ids = Array.from({ length: 6 }, (_, i) => `ci-v${i}`);
const { leader, v } = useCrew(cloud, ids);

const code = async (slotId: string, now: number) => (await leader.ok('event', 'liveCode', { slotId }, { now })).token as string;
const checkIn = (c: Caller, data: object, now: number) => c.call('event', 'checkIn', data, { now });

describe('the live code', () => {
  it('is a signed token for the slot, valid 60 s, to be refreshed every 25 s', async () => {
    const s = await seatedSlot(leader, [v[0]], { days: 1, hour: 8 });
    const now = s.start - 30 * MIN;
    const live = await leader.ok('event', 'liveCode', { slotId: s.slotId }, { now });
    expect(live).toEqual({
      token: expect.stringMatching(/^checkin\.[\w-]+\.[\w-]+$/),
      slotId: s.slotId,
      issuedAt: now,
      expiresAt: now + 60_000,
      refreshMs: 25_000,
      seats: 1,
      checkedIn: 0,
      checkedOut: 0,
    });
    const again = await leader.ok('event', 'liveCode', { slotId: s.slotId }, { now });
    expect(again.token).not.toBe(live.token); // each code its own nonce
  });

  it('is refused to a volunteer, a leader of another team and staff outside the subtree; and outside the window', async () => {
    const s = await seatedSlot(leader, [v[0]], { days: 1, hour: 11 });
    await leaderOf('ci-other-leader', 't-elsewhere', 'n-longxicun', LONGXICUN);
    await staffAt('ci-far-staff', 'n-longxi');
    const [otherLeader, farStaff] = await callersFor(cloud, ['ci-other-leader', 'ci-far-staff']);
    const now = s.start;
    expect(await v[0].call('event', 'liveCode', { slotId: s.slotId }, { now })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await otherLeader.call('event', 'liveCode', { slotId: s.slotId }, { now })).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ORGANISER',
    });
    expect(await farStaff.call('event', 'liveCode', { slotId: s.slotId }, { now })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    const staff = await cloud.as('demo-staff'); // staff of 城关镇, over 东门
    expect(await staff.call('event', 'liveCode', { slotId: s.slotId }, { now })).toMatchObject({ ok: true });
    expect(await leader.call('event', 'liveCode', { slotId: s.slotId }, { now: s.start - 2 * H - 1 })).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_EARLY',
    });
    expect(await leader.call('event', 'liveCode', { slotId: 'no-such-slot' }, { now })).toMatchObject({
      ok: false,
      code: 'EVENT_SLOT_NOT_FOUND',
    });
  });
});

describe('checking in with the code', () => {
  it('checks in with a fresh code and out with a later one; the same code twice is CODE_REPLAYED', async () => {
    const s = await seatedSlot(leader, [v[0], v[1]], { days: 2, hour: 8 });
    const t0 = s.start - 5 * MIN;
    const c1 = await code(s.slotId, t0);
    const inRes = await checkIn(v[0], { slotId: s.slotId, code: c1 }, t0 + 59_000);
    expect(inRes).toMatchObject({
      ok: true,
      data: { state: 'checked_in', checkInAt: t0 + 59_000, checkInMethod: 'code', actions: ['checkOut'] },
    });
    expect(await checkIn(v[0], { slotId: s.slotId, code: c1 }, t0 + 59_500)).toMatchObject({ ok: false, code: 'CODE_REPLAYED' });
    expect(await v[0].call('event', 'checkOut', { slotId: s.slotId, code: c1 }, { now: t0 + 59_500 })).toMatchObject({
      ok: false,
      code: 'CODE_REPLAYED',
    });
    // another volunteer may use the same code: replay is per volunteer
    expect(await checkIn(v[1], { slotId: s.slotId, code: c1 }, t0 + 30_000)).toMatchObject({ ok: true });
    const t1 = s.end + 10 * MIN;
    const c2 = await code(s.slotId, t1);
    const out = await v[0].call('event', 'checkOut', { slotId: s.slotId, code: c2 }, { now: t1 });
    expect(out).toMatchObject({ ok: true, data: { state: 'checked_out', checkOutAt: t1, checkOutMethod: 'code', hours: 2, actions: [] } });
    expect(await v[0].call('event', 'checkOut', { slotId: s.slotId, code: c2 }, { now: t1 + 1000 })).toMatchObject({
      ok: false,
      code: 'CODE_REPLAYED',
    });
    const c3 = await code(s.slotId, t1 + 2000);
    expect(await v[0].call('event', 'checkOut', { slotId: s.slotId, code: c3 }, { now: t1 + 2000 })).toMatchObject({
      ok: false,
      code: 'CHECKOUT_ALREADY',
    });
    expect(await checkIn(v[0], { slotId: s.slotId, code: c3 }, t1 + 2000)).toMatchObject({ ok: false, code: 'CHECKIN_ALREADY' });
    const [stored] = await attendanceOf({ _id: inRes.ok ? inRes.data.signUpId : '' });
    expect(stored).toMatchObject({ state: 'checked_out', checkInAt: t0 + 59_000, checkOutAt: t1, manual: false });
  });

  it('refuses a code older than 60 s, of another slot, or with a bad signature — each with its own code — and stores nothing', async () => {
    const a = await seatedSlot(leader, [v[2]], { days: 3, hour: 8 });
    const b = await seatedSlot(leader, [v[3]], { days: 3, hour: 8 });
    const t0 = a.start;
    const fresh = await code(a.slotId, t0);
    expect(await checkIn(v[2], { slotId: a.slotId, code: fresh }, t0 + 60_001)).toMatchObject({ ok: false, code: 'CODE_EXPIRED' });
    const other = await code(b.slotId, t0);
    expect(await checkIn(v[2], { slotId: a.slotId, code: other }, t0 + 1000)).toMatchObject({ ok: false, code: 'CODE_WRONG_SLOT' });
    const forged = signToken(Buffer.alloc(32, 7), 'checkin', { s: a.slotId, t: t0, n: 'forged' });
    expect(await checkIn(v[2], { slotId: a.slotId, code: forged }, t0 + 1000)).toMatchObject({ ok: false, code: 'CODE_BAD_SIGNATURE' });
    const [purpose, body, mac] = fresh.split('.');
    const tampered = `${purpose}.${body.slice(0, -2)}AA.${mac}`;
    expect(await checkIn(v[2], { slotId: a.slotId, code: tampered }, t0 + 1000)).toMatchObject({ ok: false, code: 'CODE_BAD_SIGNATURE' });
    expect(await checkIn(v[2], { slotId: a.slotId, code: 'not-a-code' }, t0 + 1000)).toMatchObject({
      ok: false,
      code: 'CODE_BAD_SIGNATURE',
    });
    expect(await attendanceOf({ slotId: a.slotId })).toEqual([]);
    expect(await checkIn(v[2], { slotId: a.slotId, code: fresh }, t0 + 60_000)).toMatchObject({ ok: true }); // exactly 60 s still counts
  });

  it('refuses someone without a seat: not signed up, or only on the waitlist', async () => {
    const s = await seatedSlot(leader, [v[4]], { days: 4, hour: 8, capacity: 1 });
    await v[5].ok('event', 'signUp', { eventId: s.eventId, slotId: s.slotId }); // waitlisted
    const c = await code(s.slotId, s.start);
    expect(await checkIn(v[5], { slotId: s.slotId, code: c }, s.start)).toMatchObject({ ok: false, code: 'SIGNUP_WAITLISTED' });
    const stranger = await cloud.as('ci-stranger');
    expect(await checkIn(stranger, { slotId: s.slotId, code: c }, s.start)).toMatchObject({ ok: false, code: 'NOT_SIGNED_UP' });
  });
});

describe('checking in by location and the window', () => {
  it('checks in 499 m from the event and refuses 501 m (CHECKIN_TOO_FAR)', async () => {
    const s = await seatedSlot(leader, [v[0], v[1]], { days: 5, hour: 8 });
    expect(await checkIn(v[1], { slotId: s.slotId, location: north(SQUARE, 501) }, s.start)).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_FAR',
    });
    expect(await checkIn(v[0], { slotId: s.slotId, location: north(SQUARE, 499) }, s.start)).toMatchObject({
      ok: true,
      data: { state: 'checked_in', checkInMethod: 'location' },
    });
    expect(await attendanceOf({ slotId: s.slotId })).toHaveLength(1);
  });

  it('accepts from slot start − 2 h to slot end + 2 h and refuses outside (CHECKIN_TOO_EARLY / CHECKIN_TOO_LATE)', async () => {
    const s = await seatedSlot(leader, [v[2], v[3]], { days: 5, hour: 14 });
    const at = north(SQUARE, 10);
    expect(await checkIn(v[2], { slotId: s.slotId, location: at }, s.start - 2 * H - 1)).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_EARLY',
    });
    expect(await checkIn(v[3], { slotId: s.slotId, location: at }, s.end + 2 * H + 1)).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_LATE',
    });
    expect(await checkIn(v[2], { slotId: s.slotId, location: at }, s.start - 2 * H)).toMatchObject({ ok: true });
    expect(await v[2].call('event', 'checkOut', { slotId: s.slotId, location: at }, { now: s.end + 2 * H + 1 })).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_LATE',
    });
    expect(await v[3].call('event', 'checkOut', { slotId: s.slotId, location: at }, { now: s.end })).toMatchObject({
      ok: false,
      code: 'CHECKOUT_NOT_CHECKED_IN',
    });
    const mine = await v[2].ok('event', 'myAttendance', { slotId: s.slotId }, { now: s.end + 2 * H });
    expect(mine).toMatchObject({
      state: 'checked_in',
      windowOpensAt: s.start - 2 * H,
      windowClosesAt: s.end + 2 * H,
      radiusM: 500,
      actions: ['checkOut'],
    });
  });

  it('asks for exactly one proof', async () => {
    const res = await v[0].call('event', 'checkIn', { slotId: 'x', code: 'a', location: SQUARE });
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});

describe('what it costs and what stops it', () => {
  it('a check-in costs two reads at once, the insert and the write budget; a check-out one read and one conditional write more', async () => {
    const s = await seatedSlot(leader, [v[4]], { days: 7, hour: 8 });
    const c = await code(s.slotId, s.start);
    await cloud.resetStats();
    await v[4].ok('event', 'checkIn', { slotId: s.slotId, code: c }, { now: s.start + 1000 });
    const stats = await cloud.stats();
    expect(stats.events).toMatchObject({ read: 1 });
    expect(stats.event_signups).toMatchObject({ read: 1 });
    expect(stats.attendance).toMatchObject({ insert: 1 });
    expect(stats.attendance.read ?? 0).toBe(0);
    expect(stats.users?.read ?? 0).toBe(0);
    console.log('checkIn database calls', JSON.stringify(stats));
    await cloud.resetStats();
    await v[4].ok('event', 'checkOut', { slotId: s.slotId, location: SQUARE }, { now: s.end });
    const out = await cloud.stats();
    expect(out.attendance).toMatchObject({ read: 1, update: 1 });
    expect(out.attendance.insert ?? 0).toBe(0);
  });

  it('a cancelled slot takes no check-in and gives no code', async () => {
    const s = await seatedSlot(leader, [v[5]], { days: 7, hour: 14 });
    await leader.ok('event', 'cancelSlot', { id: s.eventId, slotId: s.slotId, reason: '场地临时占用' });
    const now = { now: s.start };
    expect(await leader.call('event', 'liveCode', { slotId: s.slotId }, now)).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_SLOT_CANCELLED',
    });
    expect(await v[5].call('event', 'checkIn', { slotId: s.slotId, location: SQUARE }, now)).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_SLOT_CANCELLED',
    });
  });
});

describe('a crowd', () => {
  it('50 volunteers checking in with one code at once all succeed, each once', async () => {
    const crowdIds = Array.from({ length: 50 }, (_, i) => `ci-crowd${i}`);
    await volunteers(crowdIds);
    const crowd = await callersFor(cloud, crowdIds);
    const s = await seatedSlot(leader, crowd, { days: 6, hour: 8, capacity: 50 });
    const c = await code(s.slotId, s.start);
    const res = await Promise.all(crowd.map((x) => checkIn(x, { slotId: s.slotId, code: c }, s.start + 5000)));
    expect(res.filter((r) => r.ok)).toHaveLength(50);
    const stored = await attendanceOf({ slotId: s.slotId });
    expect(stored).toHaveLength(50);
    expect(new Set(stored.map((d) => d.userId)).size).toBe(50);
    const live = await leader.ok('event', 'liveCode', { slotId: s.slotId }, { now: s.start + 6000 });
    expect(live).toMatchObject({ seats: 50, checkedIn: 50, checkedOut: 0 });
  }, 180_000);
});
