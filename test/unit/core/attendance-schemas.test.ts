import { ATTENDANCE_ERROR_MESSAGES } from '@/contracts/attendance-errors';
import { AttendanceInput } from '@/contracts/attendance.schema';
import { ERROR_MESSAGES } from '@/contracts/errors';
import { EventInput } from '@/contracts/event.schema';
import { servedActions } from '../../helpers/served-actions';

const T = Date.UTC(2026, 5, 1, 1);
const problem = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0].message);

describe('the attendance schemas', () => {
  it('name one schema per action and every code in ERROR_MESSAGES with a Chinese message', () => {
    expect(Object.keys(AttendanceInput).sort()).toEqual(servedActions('event', EventInput));
    for (const [code, message] of Object.entries(ATTENDANCE_ERROR_MESSAGES)) {
      expect((ERROR_MESSAGES as Record<string, string>)[code]).toBe(message);
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('take exactly one proof of presence: a code or a location', () => {
    const p = AttendanceInput.checkIn;
    expect(p.safeParse({ slotId: 's', code: 'checkin.a.b' }).success).toBe(true);
    expect(p.safeParse({ slotId: 's', location: { lat: 26.7, lng: 110.6 } }).success).toBe(true);
    expect(problem(p.safeParse({ slotId: 's' }))).toBe('请扫描签到码或提供位置（二选一）');
    expect(problem(p.safeParse({ slotId: 's', code: 'x', location: { lat: 1, lng: 1 } }))).toBe('请扫描签到码或提供位置（二选一）');
    expect(p.safeParse({ slotId: 's', code: 'x'.repeat(301) }).success).toBe(false);
  });

  it('mark: one of the four marks, check-out after check-in', () => {
    const m = AttendanceInput.mark;
    expect(m.safeParse({ signUpId: 'x', mark: '迟到', checkInAt: T, checkOutAt: T + 1 }).success).toBe(true);
    expect(m.safeParse({ signUpId: 'x', mark: '早退' }).success).toBe(false);
    expect(problem(m.safeParse({ signUpId: 'x', mark: '正常', checkInAt: T, checkOutAt: T }))).toBe('签退时间要晚于签到时间');
  });

  it('months are YYYY-MM; at most 20 distinct stars a pick; numbers are WM + 12 digits (case-insensitive)', () => {
    expect(AttendanceInput.starRanking.safeParse({ month: '2026-06' }).success).toBe(true);
    expect(AttendanceInput.starRanking.safeParse({ month: '2026-13' }).success).toBe(false);
    expect(AttendanceInput.starRanking.safeParse({ month: '2026-6' }).success).toBe(false);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    expect(AttendanceInput.pickStars.safeParse({ month: '2026-06', userIds: ids(20) }).success).toBe(true);
    expect(AttendanceInput.pickStars.safeParse({ month: '2026-06', userIds: ids(21) }).success).toBe(false);
    expect(problem(AttendanceInput.pickStars.safeParse({ month: '2026-06', userIds: ['a', 'a'] }))).toBe('同一名志愿者只能选一次');
    expect(AttendanceInput.verify.parse({ number: ' wm123456789012 ' })).toEqual({ number: 'WM123456789012' });
    expect(AttendanceInput.verify.safeParse({ number: 'WM12345' }).success).toBe(false);
  });

  it('a seal is a cloud file id with its signatories and a mobile or landline phone', () => {
    const ok = { stationId: 's', fileId: 'cloud://env/seals/a.png', head: '陈主任', handler: '刘芳', phone: '0739-1234567' };
    expect(AttendanceInput.setSeal.safeParse(ok).success).toBe(true);
    expect(AttendanceInput.setSeal.safeParse({ ...ok, phone: '13800001111' }).success).toBe(true);
    expect(AttendanceInput.setSeal.safeParse({ ...ok, fileId: 'https://x/a.png' }).success).toBe(false);
    expect(AttendanceInput.setSeal.safeParse({ ...ok, head: '' }).success).toBe(false);
  });

  it('an event is published with an intensity, normal when left out', () => {
    const shape = EventInput.publish.safeParse({});
    expect(shape.success).toBe(false);
    const intensity = (v: unknown) => (EventInput.edit.safeParse({ id: 'e', intensity: v }).success ? 'ok' : 'refused');
    expect(['light', 'normal', 'heavy', 'extreme'].map(intensity)).toEqual(['ok', 'ok', 'ok', 'refused']);
  });
});
