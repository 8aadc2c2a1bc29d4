/**
 * Checking a volunteer in and out by their 个人码 (for older volunteers whose phone cannot scan the leader's
 * code), through the real SDK: the organisers of the slot only, the same rules as the volunteer's own scan
 * (a seat, the window, once), each refusal with its code and a message for the leader, and a race of scans
 * that records one check-in.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { USER_CODE } from '@/contracts/user';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';
import { callersFor, leaderOf, LONGXICUN, staffAt, volunteers } from '../event/fixtures';
import { attendanceOf, H, MIN, seatedSlot, useCrew } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
const ids = Array.from({ length: 6 }, (_, i) => `cip-v${i}`);
const { leader, v } = useCrew(cloud, ids);

const codeOf = async (who: Caller, now: number): Promise<string> => (await who.ok('user', 'myCode', {}, { now })).code;
const scanIn = (by: Caller, slotId: string, code: string, now: number) => by.call('event', 'checkInPerson', { slotId, code }, { now });
const scanOut = (by: Caller, slotId: string, code: string, now: number) => by.call('event', 'checkOutPerson', { slotId, code }, { now });

describe('event.checkInPerson / checkOutPerson', () => {
  it('checks a volunteer in and out by their 个人码, measured and audited; the roster offers it inside the window', async () => {
    const s = await seatedSlot(leader, [v[0], v[1]], { days: 1, hour: 8 });
    const t0 = s.start - 10 * MIN;
    const sheet = await leader.ok('event', 'attendance', { slotId: s.slotId }, { now: t0 });
    expect(sheet.actions).toEqual(['liveCode', 'scanPerson']);
    expect((await leader.ok('event', 'attendance', { slotId: s.slotId }, { now: s.start - 3 * H })).actions).toEqual([]);

    const c1 = await codeOf(v[0], t0);
    const line = await leader.ok('event', 'checkInPerson', { slotId: s.slotId, code: c1 }, { now: t0 });
    expect(line).toMatchObject({
      signUpId: s.signUpIds[0],
      userId: userIdOf(ids[0]),
      name: '志愿者1',
      state: 'checked_in',
      checkInAt: t0,
      checkInMethod: 'usercode',
      manual: false,
      actions: ['mark'],
    });
    expect(await v[0].ok('event', 'myAttendance', { slotId: s.slotId }, { now: t0 })).toMatchObject({
      state: 'checked_in',
      checkInMethod: 'usercode',
      actions: ['checkOut'],
    });
    // One showing of the code is one move: checking out needs it refreshed.
    expect(await scanOut(leader, s.slotId, c1, t0 + MIN)).toEqual({
      ok: false,
      code: 'CODE_REPLAYED',
      message: '这个个人码刚刚用过，请让志愿者刷新“我的”页面的个人码后再扫',
    });
    expect(await scanIn(leader, s.slotId, await codeOf(v[0], t0 + MIN), t0 + MIN)).toEqual({
      ok: false,
      code: 'CHECKIN_ALREADY',
      message: '这位志愿者已经签到过了',
    });

    // Staff over the station may do it too; hours come from the two scans like any check-in and check-out.
    const staff = await cloud.as('demo-staff');
    const t1 = s.end + 5 * MIN;
    const out = await staff.ok('event', 'checkOutPerson', { slotId: s.slotId, code: await codeOf(v[0], t1) }, { now: t1 });
    expect(out).toMatchObject({ state: 'checked_out', checkOutAt: t1, checkOutMethod: 'usercode', hours: 2 });
    expect(await scanOut(leader, s.slotId, await codeOf(v[0], t1 + MIN), t1 + MIN)).toMatchObject({
      code: 'CHECKOUT_ALREADY',
      message: '这位志愿者已经签退过了',
    });
    expect(await scanOut(leader, s.slotId, await codeOf(v[1], t1), t1)).toMatchObject({
      code: 'CHECKOUT_NOT_CHECKED_IN',
      message: '这位志愿者还没有签到，请先为他签到',
    });
    const audits = await rowsOf<{ action: string; actorId: string; targetId: string }>(COLLECTIONS.auditLogs, { targetId: s.signUpIds[0] });
    expect(audits.map((a) => `${a.action}:${a.actorId}`).sort()).toEqual([
      `attendance.checkInPerson:${userIdOf('demo-leader')}`,
      `attendance.checkOutPerson:${userIdOf('demo-staff')}`,
    ]);
  });

  it('applies the same rules as the volunteer’s own scan: the window, a seat, a mark by hand, a valid fresh code', async () => {
    const s = await seatedSlot(leader, [v[2]], { days: 2, hour: 9, capacity: 1 });
    await v[3].ok('event', 'signUp', { eventId: s.eventId, slotId: s.slotId }); // full: on the waitlist
    const now = s.start;
    const c = await codeOf(v[2], now);
    const cases: [string, number, string, string?][] = [
      [await codeOf(v[2], s.start - 2 * H - MIN), s.start - 2 * H - MIN, 'CHECKIN_TOO_EARLY'],
      [
        await codeOf(v[2], s.end + 2 * H + MIN),
        s.end + 2 * H + MIN,
        'CHECKIN_TOO_LATE',
        '签到时间已过：场次结束2小时后不能再签到或签退，请在考勤名单里手工登记',
      ],
      [await codeOf(v[4], now), now, 'NOT_SIGNED_UP', '这位志愿者没有报名这个场次，不能签到'],
      [await codeOf(v[3], now), now, 'SIGNUP_WAITLISTED', '这位志愿者还在候补中，没有正式名额，不能签到'],
      ['usercode.bm90.aGVsbG8', now, 'USER_CODE_INVALID'],
      [c.replace(/^usercode/, 'checkin'), now, 'USER_CODE_INVALID'],
      [c, now + USER_CODE.maxAgeMs + 1, 'USER_CODE_EXPIRED'],
    ];
    for (const [code, at, want, message] of cases) {
      const res = await scanIn(leader, s.slotId, code, at);
      expect([want, res]).toEqual([want, expect.objectContaining({ ok: false, code: want, ...(message ? { message } : {}) })]);
    }
    expect(await scanIn(leader, 'no-such-slot', c, now)).toMatchObject({ ok: false, code: 'EVENT_SLOT_NOT_FOUND' });
    expect(await leader.call('event', 'checkInPerson', { slotId: s.slotId }, { now })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await attendanceOf({ slotId: s.slotId })).toEqual([]);

    // Marked by hand: scans no longer change the seat.
    await leader.ok('event', 'mark', { signUpId: s.signUpIds[0], mark: '请假' }, { now });
    expect(await scanIn(leader, s.slotId, c, now)).toMatchObject({
      code: 'CHECKIN_MARKED',
      message: '本场已为这位志愿者手工登记了考勤，扫码不再改变它，请在考勤名单里修改',
    });
    expect(await attendanceOf({ _id: s.signUpIds[0] })).toEqual([expect.objectContaining({ state: 'marked', mark: '请假' })]);
  });

  it('is refused to anyone who does not organise the slot, before the code is read, and records nothing', async () => {
    const s = await seatedSlot(leader, [v[5]], { days: 3, hour: 10 });
    await leaderOf('cip-other-leader', 't-elsewhere', 'n-longxicun', LONGXICUN);
    await staffAt('cip-far-staff', 'n-longxi');
    await volunteers(['cip-outsider']);
    const [otherLeader, farStaff, outsider] = await callersFor(cloud, ['cip-other-leader', 'cip-far-staff', 'cip-outsider']);
    const now = s.start;
    const c = await codeOf(v[5], now);
    const refused: [Caller, string][] = [
      [v[5], 'FORBIDDEN'], // the volunteer with their own code
      [outsider, 'FORBIDDEN'],
      [await cloud.as('demo-resident'), 'FORBIDDEN'],
      [otherLeader, 'EVENT_NOT_ORGANISER'],
      [farStaff, 'OUT_OF_SCOPE'],
    ];
    for (const [who, want] of refused) {
      expect(await scanIn(who, s.slotId, c, now)).toMatchObject({ ok: false, code: want });
      expect(await scanOut(who, s.slotId, c, now)).toMatchObject({ ok: false, code: want });
      // Not even a broken code tells them more than the refusal.
      expect(await scanIn(who, s.slotId, 'garbage', now)).toMatchObject({ ok: false, code: want });
    }
    expect(await attendanceOf({ slotId: s.slotId })).toEqual([]);
  });

  it('records one check-in when the leader, staff and the volunteer scan at the same moment', async () => {
    const s = await seatedSlot(leader, [v[1]], { days: 4, hour: 14 });
    const now = s.start - 20 * MIN;
    const staff = await cloud.as('demo-staff');
    const live = (await leader.ok('event', 'liveCode', { slotId: s.slotId }, { now })).token as string;
    const [a, b] = [await codeOf(v[1], now), await codeOf(v[1], now + 1)];
    const answers = await Promise.all([
      scanIn(leader, s.slotId, a, now + 2),
      scanIn(staff, s.slotId, b, now + 2),
      scanIn(leader, s.slotId, b, now + 2),
      v[1].call('event', 'checkIn', { slotId: s.slotId, code: live }, { now: now + 2 }),
    ]);
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    for (const r of answers.filter((x) => !x.ok)) expect(['CHECKIN_ALREADY', 'CODE_REPLAYED']).toContain(r.ok ? '' : r.code);
    expect(await attendanceOf({ slotId: s.slotId })).toEqual([expect.objectContaining({ state: 'checked_in' })]);
  });
});
