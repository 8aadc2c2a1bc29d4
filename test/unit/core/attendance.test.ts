import { ATTENDANCE_MARKS, ATTENDANCE_RULES, SERVICE_ROLES, type AttendanceMark, type ServiceRole } from '@/contracts/attendance';
import { DEFAULT_CENTER_SETTINGS, INTENSITIES } from '@/contracts/settings';
import {
  attendancePoints,
  chinaDate,
  chinaMonth,
  codeProblem,
  creditedHours,
  markOf,
  monthStart,
  partialHour,
  serviceHours,
  serviceRole,
  windowOf,
  windowProblem,
  withinRadius,
} from '@/core/attendance';
import { hoursToNextStar, starOf, starReached } from '@/core/stars';
import { HOUR as H, MIN, NINE as T0, SEC } from './clock';

const slot = { start: T0, end: T0 + 4 * H };

describe('hours', () => {
  it('round the last partial hour at every boundary: ≤ 15 min → 0, ≤ 45 min → 0.5, more → 1', () => {
    const cases: [number, number][] = [
      [0, 0],
      [1, 0],
      [14, 0],
      [15, 0],
      [16, 0.5],
      [30, 0.5],
      [44, 0.5],
      [45, 0.5],
      [46, 1],
      [59, 1],
      [60, 1],
      [74, 1],
      [75, 1],
      [76, 1.5],
      [104, 1.5],
      [105, 1.5],
      [106, 2],
      [120, 2],
      [135, 2],
      [136, 2.5],
      [225, 3.5],
      [226, 4],
    ];
    for (const [minutes, hours] of cases)
      expect([minutes, serviceHours(slot.start, slot.start + minutes * MIN, slot)]).toEqual([minutes, hours]);
  });

  it('count the boundary minutes to the millisecond: 15 min and 1 ms is already half an hour', () => {
    expect(partialHour(15 * MIN)).toBe(0);
    expect(partialHour(15 * MIN + 1)).toBe(0.5);
    expect(partialHour(45 * MIN)).toBe(0.5);
    expect(partialHour(45 * MIN + 1)).toBe(1);
  });

  it('clip to the slot: early arrival and late leaving add nothing; none without both times', () => {
    expect(serviceHours(slot.start - 2 * H, slot.end + 2 * H, slot)).toBe(4);
    expect(serviceHours(slot.start - H, slot.start + 16 * MIN, slot)).toBe(0.5);
    expect(serviceHours(slot.end - 46 * MIN, slot.end + H, slot)).toBe(1);
    expect(serviceHours(slot.end + MIN, slot.end + H, slot)).toBe(0);
    expect(serviceHours(slot.start - H, slot.start, slot)).toBe(0);
    expect(serviceHours(undefined, slot.end, slot)).toBe(0);
    expect(serviceHours(slot.start, undefined, slot)).toBe(0);
    expect(serviceHours(slot.end, slot.start, slot)).toBe(0);
  });

  it('credit none for 请假 and 缺席; the default mark is 正常 with a check-in, else 缺席', () => {
    expect(ATTENDANCE_MARKS.map((m) => creditedHours(m, 3))).toEqual([3, 3, 0, 0]);
    expect(markOf({})).toBe('缺席');
    expect(markOf({ checkInAt: 1 })).toBe('正常');
    expect(markOf({ checkInAt: 1, mark: '迟到' })).toBe('迟到');
  });
});

describe('points', () => {
  const ROLE: Record<ServiceRole, number> = { leader: 1.4, staff: 1.2, volunteer: 1.0 };
  const MARK: Record<AttendanceMark, number> = { 正常: 1, 迟到: 0.5, 请假: 0, 缺席: 0 };
  const f = DEFAULT_CENTER_SETTINGS.intensityFactors;

  it('use the factors of the product: leader 1.4, staff 1.2, volunteer 1.0; 正常 1, 迟到 0.5, 请假/缺席 0; intensity 1.0 / 1.2 / 1.5', () => {
    expect(ATTENDANCE_RULES.roleFactors).toEqual(ROLE);
    expect(ATTENDANCE_RULES.markFactors).toEqual(MARK);
    expect(f).toEqual({ light: 1.0, normal: 1.2, heavy: 1.5 });
  });

  // hours × points per hour × role × attendance × intensity, rounded to the nearest point (halves up):
  // 2.5 h × 10 pts, every combination, worked out by hand.
  const expected: Record<ServiceRole, Record<AttendanceMark, Record<string, number>>> = {
    leader: {
      正常: { light: 35, normal: 42, heavy: 52.5 },
      迟到: { light: 17.5, normal: 21, heavy: 26.25 },
      请假: { light: 0, normal: 0, heavy: 0 },
      缺席: { light: 0, normal: 0, heavy: 0 },
    },
    staff: {
      正常: { light: 30, normal: 36, heavy: 45 },
      迟到: { light: 15, normal: 18, heavy: 22.5 },
      请假: { light: 0, normal: 0, heavy: 0 },
      缺席: { light: 0, normal: 0, heavy: 0 },
    },
    volunteer: {
      正常: { light: 25, normal: 30, heavy: 37.5 },
      迟到: { light: 12.5, normal: 15, heavy: 18.75 },
      请假: { light: 0, normal: 0, heavy: 0 },
      缺席: { light: 0, normal: 0, heavy: 0 },
    },
  };
  const rounded = (x: number) => Math.floor(x + 0.5);

  it('cover every role × attendance × intensity combination (2.5 h at 10 points an hour)', () => {
    let n = 0;
    for (const role of SERVICE_ROLES)
      for (const mark of ATTENDANCE_MARKS)
        for (const intensity of INTENSITIES) {
          const got = attendancePoints({ hours: 2.5, perHour: 10, role, mark, intensityFactor: f[intensity] });
          expect([role, mark, intensity, got]).toEqual([role, mark, intensity, rounded(expected[role][mark][intensity])]);
          n++;
        }
    expect(n).toBe(36);
  });

  it('round the product once, halves up, after cancelling floating error', () => {
    // 1.5 × 10 × 1.4 = 21.000000000000004 in floating point → 21, not 22
    expect(attendancePoints({ hours: 1.5, perHour: 10, role: 'leader', mark: '正常', intensityFactor: 1 })).toBe(21);
    // 0.5 × 5 × 1.0 × 1 × 1.0 = 2.5 → 3 (halves up); × 0.5 = 1.25 → 1
    expect(attendancePoints({ hours: 0.5, perHour: 5, role: 'volunteer', mark: '正常', intensityFactor: 1 })).toBe(3);
    expect(attendancePoints({ hours: 0.5, perHour: 5, role: 'volunteer', mark: '迟到', intensityFactor: 1 })).toBe(1);
    // 2.5 × 7 × 1.5 = 26.25 → 26; 2 × 10 × 1.4 × 1.2 = 33.6 → 34
    expect(attendancePoints({ hours: 2.5, perHour: 7, role: 'volunteer', mark: '正常', intensityFactor: 1.5 })).toBe(26);
    expect(attendancePoints({ hours: 2, perHour: 10, role: 'leader', mark: '正常', intensityFactor: 1.2 })).toBe(34);
    expect(attendancePoints({ hours: 0, perHour: 10, role: 'leader', mark: '正常', intensityFactor: 1.5 })).toBe(0);
    expect(attendancePoints({ hours: 3, perHour: 0, role: 'leader', mark: '正常', intensityFactor: 1.5 })).toBe(0);
  });

  it('take the role from the event: leader of its team, else staff over its station, else volunteer', () => {
    const ev = { teamId: 't1', stationPath: ['c', 'i', 's'] };
    const g = (role: string, nodeId: string, teamId?: string) => ({ role, nodeId, teamId, grantedAt: 0, grantedBy: 'x' }) as never;
    expect(serviceRole(ev, { roles: [g('volunteer', 's'), g('leader', 's', 't1')] })).toBe('leader');
    expect(serviceRole(ev, { roles: [g('leader', 's', 't2')] })).toBe('volunteer');
    expect(serviceRole(ev, { roles: [g('staff', 'i')] })).toBe('staff');
    expect(serviceRole(ev, { roles: [g('staff', 'other')] })).toBe('volunteer');
    expect(serviceRole({ stationPath: ['c', 'i', 's'] }, { roles: [g('volunteer', 's')] })).toBe('volunteer');
  });
});

describe('the window, the code and the geofence', () => {
  it('open from slot start − 2 h to end + 2 h, both ends included', () => {
    expect(windowOf(slot)).toEqual({ opensAt: slot.start - 2 * H, closesAt: slot.end + 2 * H });
    expect(windowProblem(slot, slot.start - 2 * H - 1)).toBe('CHECKIN_TOO_EARLY');
    expect(windowProblem(slot, slot.start - 2 * H)).toBeNull();
    expect(windowProblem(slot, slot.end + 2 * H)).toBeNull();
    expect(windowProblem(slot, slot.end + 2 * H + 1)).toBe('CHECKIN_TOO_LATE');
  });

  it('accepts a code of the slot up to 60 s old (5 s of clock skew ahead), each failure its own code', () => {
    const p = { s: 'slot1', t: T0, n: 'abc' };
    expect(codeProblem(p, 'slot1', T0 + 60 * SEC)).toBeNull();
    expect(codeProblem(p, 'slot1', T0 + 60 * SEC + 1)).toBe('CODE_EXPIRED');
    expect(codeProblem(p, 'slot1', T0 - 5 * SEC)).toBeNull();
    expect(codeProblem(p, 'slot1', T0 - 5 * SEC - 1)).toBe('CODE_EXPIRED');
    expect(codeProblem(p, 'slot2', T0)).toBe('CODE_WRONG_SLOT');
    expect(codeProblem({ s: 'slot1', t: String(T0), n: 'abc' }, 'slot1', T0)).toBe('CODE_BAD_SIGNATURE');
    expect(codeProblem({ s: 'slot1', t: T0 }, 'slot1', T0)).toBe('CODE_BAD_SIGNATURE');
  });

  it('lets in 499 m and 500 m, not 501 m', () => {
    const c = { lat: 26.7325, lng: 110.6402 };
    const north = (m: number) => ({ lat: c.lat + m / 111_194.93, lng: c.lng });
    expect(withinRadius(north(499), c, 500)).toBe(true);
    expect(withinRadius(north(500), c, 500)).toBe(true);
    expect(withinRadius(north(501), c, 500)).toBe(false);
  });
});

describe('China dates and months', () => {
  it('name the China day and month, also just after midnight China time', () => {
    expect(chinaDate(T0)).toBe('2026-06-01');
    expect(chinaDate(Date.UTC(2026, 4, 31, 16, 0))).toBe('2026-06-01'); // 00:00 China time
    expect(chinaDate(Date.UTC(2026, 4, 31, 15, 59))).toBe('2026-05-31');
    expect(chinaMonth(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01');
    expect(monthStart('2026-06')).toBe(Date.UTC(2026, 4, 31, 16, 0));
  });
});

describe('star levels', () => {
  const t = DEFAULT_CENTER_SETTINGS.starThresholdsHours;
  it('follow the thresholds 100 / 300 / 600 / 1,000 / 1,500 h by default', () => {
    expect(t).toEqual([100, 300, 600, 1000, 1500]);
    expect([0, 99.5, 100, 299.5, 300, 600, 999.5, 1000, 1500, 9999].map((h) => starOf(h, t))).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 5, 5]);
  });
  it('say the hours to the next star and when a new one is reached', () => {
    expect(hoursToNextStar(98, t)).toBe(2);
    expect(hoursToNextStar(1500, t)).toBeUndefined();
    expect(starReached(99.5, 100, t)).toBe(1);
    expect(starReached(100, 101, t)).toBeNull();
    expect(starReached(99, 301, t)).toBe(2);
  });
});
