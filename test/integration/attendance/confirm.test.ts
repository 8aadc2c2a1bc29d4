/**
 * Marks, confirming a slot's hours and the service records through the real SDK: what each volunteer is
 * credited (once, however often or by how many organisers it is confirmed), what is refused, and the records.
 */
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { callersFor, inboxOf, leaderOf, LONGXICUN, DONGMEN, staffAt, volunteers } from '../event/fixtures';
import { attendanceOf, entriesOf, H, MIN, seatedSlot, SQUARE, userOf, useCrew } from './fixtures';

const cloud = useLocalCloud();
const ids = Array.from({ length: 6 }, (_, i) => `cf-v${i}`);
const { leader, v } = useCrew(cloud, ids);

const at = SQUARE;
const inAt = (c: Caller, slotId: string, now: number) => c.ok('event', 'checkIn', { slotId, location: at }, { now });
const outAt = (c: Caller, slotId: string, now: number) => c.ok('event', 'checkOut', { slotId, location: at }, { now });

describe('confirming a slot', () => {
  it('credits each seat its hours and points (role × attendance × intensity), a record and a notice; absentees nothing', async () => {
    const s = await seatedSlot(leader, [v[0], v[1], v[2], v[3], leader], { days: 1, hour: 9 });
    await inAt(v[0], s.slotId, s.start - 10 * MIN);
    await outAt(v[0], s.slotId, s.end + 5 * MIN);
    await inAt(leader, s.slotId, s.start);
    await outAt(leader, s.slotId, s.end);
    await inAt(v[1], s.slotId, s.start + 20 * MIN);
    await outAt(v[1], s.slotId, s.end);
    const [, v1Seat, , v3Seat] = s.signUpIds;
    await leader.ok('event', 'mark', { signUpId: v1Seat, mark: '迟到' }, { now: s.end + MIN });
    await leader.ok('event', 'mark', { signUpId: v3Seat, mark: '请假', checkInAt: s.start, checkOutAt: s.end }, { now: s.end + MIN });

    const sheet = await leader.ok('event', 'attendance', { slotId: s.slotId }, { now: s.end + 2 * MIN });
    expect(sheet).toMatchObject({ seats: 5, checkedIn: 4, checkedOut: 4, confirmed: 0, actions: ['liveCode', 'scanPerson', 'confirm'] });
    // Before confirming, each line previews the points confirming will credit (the same rule).
    // The sheet lists seats in the order the database took them; the five sign-ups ran at once, so compare
    // each line with its own sign-up's expectation (s.signUpIds follows the callers v0, v1, v2, v3, leader).
    const bySignUp = (items: any[]) => [...items].sort((a, b) => s.signUpIds.indexOf(a.signUpId) - s.signUpIds.indexOf(b.signUpId));
    expect(bySignUp(sheet.items).map((l: any) => [l.state, l.mark, l.hours, l.manual, l.points])).toEqual([
      ['checked_out', undefined, 2, false, 24],
      ['marked', '迟到', 1.5, false, 9],
      ['signed', undefined, 0, false, 0],
      ['marked', '请假', 0, true, 0],
      ['checked_out', undefined, 2, false, 34],
    ]);

    const res = await leader.ok('event', 'confirm', { slotId: s.slotId }, { now: s.end + 3 * H });
    // 2 h × 10 × 1.0 × 1 × 1.2 = 24; 1.5 h × 10 × 0.5 (迟到) × 1.2 = 9; the leader 2 h × 10 × 1.4 × 1.2 = 33.6 → 34
    expect(res).toEqual({ slotId: s.slotId, confirmed: 5, alreadyConfirmed: 0, hours: 5.5, points: 67, remaining: 0 });
    expect((await entriesOf('cf-v0', 'service')).map((e) => [e.amount, e.sourceId])).toEqual([[24, s.signUpIds[0]]]);
    expect((await entriesOf('cf-v1', 'service')).map((e) => e.amount)).toEqual([9]);
    expect(await entriesOf('cf-v2', 'service')).toEqual([]);
    expect(await entriesOf('cf-v3', 'service')).toEqual([]);
    expect((await entriesOf('demo-leader', 'service')).map((e) => e.amount)).toEqual([34]);
    expect(await userOf('cf-v0')).toMatchObject({
      serviceHours: 2,
      serviceRecords: 1,
      pointsBalance: 24,
      volunteerNo: expect.stringMatching(/^WM\d{12}$/),
    });
    expect(await userOf('cf-v2')).toMatchObject({ serviceHours: 0, serviceRecords: 0 });
    expect(await inboxOf('cf-v0', 'attendance.hoursConfirmed')).toEqual([
      expect.objectContaining({
        title: '服务时长已确认',
        body: expect.stringContaining('2小时，获得24爱心积分'),
        link: '/packages/attendance/records/index',
      }),
    ]);
    expect(await inboxOf('cf-v2', 'attendance.hoursConfirmed')).toEqual([]);
    const stored = await attendanceOf({ slotId: s.slotId });
    expect(stored.every((d) => d.state === 'confirmed')).toBe(true);

    const profile = await v[0].ok('user', 'profile', {});
    expect(profile.volunteer).toMatchObject({ hours: 2, star: 0 });
    const after = await leader.ok('event', 'attendance', { slotId: s.slotId }, { now: s.end + 3 * H });
    expect(after).toMatchObject({ confirmed: 5, actions: [] });
    expect(bySignUp(after.items)[0]).toMatchObject({ state: 'confirmed', points: 24, actions: [] });
    expect(bySignUp(after.items).map((l: any) => l.points)).toEqual(bySignUp(sheet.items).map((l: any) => l.points));
    expect(await leader.call('event', 'mark', { signUpId: v1Seat, mark: '正常' }, { now: s.end + 4 * H })).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_CONFIRMED',
    });
  });

  it('weighs a heavy event by its intensity factor (1.5 by default)', async () => {
    const s = await seatedSlot(leader, [v[4]], { days: 2, hour: 9, hours: 3 }, { intensity: 'heavy', pointsPerHour: 7 });
    await inAt(v[4], s.slotId, s.start);
    await outAt(v[4], s.slotId, s.start + 2 * H + 16 * MIN); // 2 h 16 min → 2.5 h
    const res = await leader.ok('event', 'confirm', { slotId: s.slotId }, { now: s.end });
    expect(res).toMatchObject({ confirmed: 1, hours: 2.5, points: 26 }); // 2.5 × 7 × 1.5 = 26.25 → 26
    expect((await leader.ok('event', 'detail', { id: s.eventId })).intensity).toBe('heavy');
  });

  it('credits once when confirmed twice, and once when two organisers confirm at the same moment', async () => {
    const crowdIds = Array.from({ length: 12 }, (_, i) => `cf-c${i}`);
    await volunteers(crowdIds);
    await leaderOf('cf-leader2', 't-dongmen', 'n-dongmen', DONGMEN);
    const [crowd, leader2, staff] = [await callersFor(cloud, crowdIds), await cloud.as('cf-leader2'), await cloud.as('demo-staff')];
    const twice = await seatedSlot(leader, crowd.slice(0, 6), { days: 3, hour: 9 });
    const race = await seatedSlot(leader, crowd.slice(6), { days: 3, hour: 14 });
    for (const [s, group] of [
      [twice, crowd.slice(0, 6)],
      [race, crowd.slice(6)],
    ] as const) {
      await Promise.all(group.map((c) => inAt(c, s.slotId, s.start)));
      await Promise.all(group.map((c) => outAt(c, s.slotId, s.end)));
    }
    const first = await leader.ok('event', 'confirm', { slotId: twice.slotId }, { now: twice.end + H });
    const second = await leader.ok('event', 'confirm', { slotId: twice.slotId }, { now: twice.end + H + MIN });
    expect(first).toMatchObject({ confirmed: 6, points: 6 * 24 });
    expect(second).toMatchObject({ confirmed: 0, alreadyConfirmed: 6, points: 0 });

    const both = await Promise.all(
      [leader, leader2, staff].map((c) => c.ok('event', 'confirm', { slotId: race.slotId }, { now: race.end + H })),
    );
    expect(both.reduce((n, r) => n + r.confirmed, 0)).toBe(6);
    for (const id of crowdIds) {
      expect((await entriesOf(id, 'service')).map((e) => e.amount)).toEqual([24]);
      expect(await userOf(id)).toMatchObject({ serviceHours: 2, serviceRecords: 1, pointsBalance: 24 });
    }
    expect((await inboxOf('cf-c7', 'attendance.hoursConfirmed')).length).toBe(1);
  }, 180_000);

  it('is refused before the slot ends, and to a volunteer, a leader of another team and staff outside the subtree', async () => {
    const s = await seatedSlot(leader, [v[5]], { days: 4, hour: 9 });
    await leaderOf('cf-other-leader', 't-elsewhere', 'n-longxicun', LONGXICUN);
    await staffAt('cf-far-staff', 'n-longxi');
    const [other, far] = await callersFor(cloud, ['cf-other-leader', 'cf-far-staff']);
    const after = { now: s.end + H };
    expect(await leader.call('event', 'confirm', { slotId: s.slotId }, { now: s.end - 1 })).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_SLOT_NOT_ENDED',
    });
    expect(await v[5].call('event', 'confirm', { slotId: s.slotId }, after)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await other.call('event', 'confirm', { slotId: s.slotId }, after)).toMatchObject({ ok: false, code: 'EVENT_NOT_ORGANISER' });
    expect(await far.call('event', 'confirm', { slotId: s.slotId }, after)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await far.call('event', 'attendance', { slotId: s.slotId }, after)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await attendanceOf({ slotId: s.slotId })).toEqual([]);
  });
});

describe('hand marks', () => {
  it('flag hand-entered times as manual, keep scans from changing a marked seat, and refuse what they may not do', async () => {
    const s = await seatedSlot(leader, [v[0], v[1]], { days: 5, hour: 9, capacity: 2 });
    await v[2].ok('event', 'signUp', { eventId: s.eventId, slotId: s.slotId }); // waitlisted
    const waiting = (await leader.ok('event', 'roster', { eventId: s.eventId, slotId: s.slotId, list: 'waiting' })).items[0].signUpId;
    const now = { now: s.end + MIN };
    const line = await leader.ok(
      'event',
      'mark',
      { signUpId: s.signUpIds[0], mark: '正常', checkInAt: s.start + 15 * MIN, checkOutAt: s.end },
      now,
    );
    expect(line).toMatchObject({
      state: 'marked',
      mark: '正常',
      manual: true,
      checkInMethod: 'manual',
      checkOutMethod: 'manual',
      hours: 1.5,
      points: 18, // the preview: 1.5 h × 10 × 1.2
      actions: ['mark'],
    });
    expect(await v[0].call('event', 'checkIn', { slotId: s.slotId, location: at }, now)).toMatchObject({
      ok: false,
      code: 'CHECKIN_MARKED',
    });
    expect(await leader.call('event', 'mark', { signUpId: waiting, mark: '正常' }, now)).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_NOT_SEATED',
    });
    expect(
      await leader.call('event', 'mark', { signUpId: s.signUpIds[1], mark: '正常', checkInAt: s.start - 3 * H, checkOutAt: s.end }, now),
    ).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_TIMES_INVALID',
    });
    expect(await leader.call('event', 'mark', { signUpId: s.signUpIds[1], mark: '正常', checkOutAt: s.end }, now)).toMatchObject({
      ok: false,
      code: 'ATTENDANCE_TIMES_INVALID',
    });
    expect(await v[1].call('event', 'mark', { signUpId: s.signUpIds[1], mark: '正常' }, now)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await leader.call('event', 'mark', { signUpId: 'nope', mark: '正常' }, now)).toMatchObject({
      ok: false,
      code: 'EVENT_SIGNUP_NOT_FOUND',
    });
    await leader.ok('event', 'confirm', { slotId: s.slotId }, { now: s.end + H });
    const records = await v[0].ok('event', 'myRecords', {});
    expect(records.items[0]).toMatchObject({ hours: 1.5, manual: true, mark: '正常' });
  });
});

describe('service records, the record sheet and verification', () => {
  it('lists the records with the 民政部令第67号 fields; a sheet is a 证明 only from a station with a seal; anyone can verify its number', async () => {
    const s = await seatedSlot(leader, [v[3]], { days: 6, hour: 9 });
    await inAt(v[3], s.slotId, s.start);
    await outAt(v[3], s.slotId, s.end);
    await leader.ok('event', 'confirm', { slotId: s.slotId }, { now: s.end + H });
    const mine = await v[3].ok('event', 'myRecords', {});
    expect(mine).toMatchObject({ totalHours: 2, recordCount: 1, star: 0, nextStarHours: 98, next: null });
    expect(mine.items[0]).toEqual({
      id: s.signUpIds[0],
      volunteerName: '志愿者4',
      volunteerNumber: expect.stringMatching(/^WM\d{12}$/),
      eventId: s.eventId,
      eventTitle: '社区垃圾分类宣传',
      category: '文明引导',
      slotId: s.slotId,
      slotStart: s.start,
      slotEnd: s.end,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      place: '东门社区广场',
      content: '文明引导：社区垃圾分类宣传',
      hours: 2,
      mark: '正常',
      points: 24,
      teamName: expect.any(String),
      stationId: 'n-dongmen',
      stationName: expect.any(String),
      confirmedBy: expect.any(String),
      confirmedByName: '李建国',
      confirmedAt: s.end + H,
      manual: false,
    });

    const plain = await v[3].ok('event', 'recordSheet', { stationId: 'n-dongmen' });
    expect(plain).toMatchObject({
      kind: 'record',
      title: '志愿服务记录',
      totalHours: 2,
      recordCount: 1,
      number: mine.items[0].volunteerNumber,
    });
    expect(plain).not.toHaveProperty('issuer');

    const staff = await cloud.as('demo-staff');
    const sealInput = {
      stationId: 'n-dongmen',
      fileId: 'cloud://env/seals/dongmen.png',
      head: '陈主任',
      handler: '刘芳',
      phone: '0739-1234567',
    };
    expect(await v[3].call('event', 'setSeal', sealInput)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await staffAt('cf-far-staff2', 'n-longxi');
    const far = await cloud.as('cf-far-staff2');
    expect(await far.call('event', 'setSeal', sealInput)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('event', 'setSeal', { ...sealInput, stationId: 'n-chengguan' })).toMatchObject({
      ok: false,
      code: 'SEAL_STATION_INVALID',
    });
    expect(await staff.ok('event', 'setSeal', sealInput)).toMatchObject({
      stationId: 'n-dongmen',
      seal: { fileId: sealInput.fileId, head: '陈主任' },
    });
    expect(await staff.ok('event', 'seal', { stationId: 'n-dongmen' })).toMatchObject({ seal: { handler: '刘芳' } });

    const cert = await v[3].ok('event', 'recordSheet', { stationId: 'n-dongmen' });
    expect(cert).toMatchObject({
      kind: 'certificate',
      title: '志愿服务证明',
      issuer: { stationId: 'n-dongmen', sealFileId: sealInput.fileId, head: '陈主任', handler: '刘芳', phone: '0739-1234567' },
      verifyPath: `/packages/attendance/verify/index?number=${cert.number}`,
    });
    expect(await v[3].ok('event', 'recordSheet', {})).toMatchObject({ kind: 'record', title: '志愿服务记录' }); // every station's records: never a 证明

    const anyone = await cloud.as('cf-anyone');
    expect(await anyone.ok('event', 'verify', { number: cert.number })).toEqual({
      number: cert.number,
      maskedName: '志***',
      totalHours: 2,
      recordCount: 1,
    });
    expect(await anyone.call('event', 'verify', { number: 'WM000000000000' })).toMatchObject({
      ok: false,
      code: 'RECORD_NUMBER_NOT_FOUND',
    });
    expect(await anyone.call('event', 'verify', { number: '12' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
