import { UserInput } from '@/contracts/user.schema';
import { OrgInput } from '@/contracts/org.schema';
import { ERROR_MESSAGES, errorMessage } from '@/contracts/errors';

describe('user input schemas', () => {
  const ok = { realName: '王小红', phone: '13800001111', stationId: 'n-dongmen', skills: ['理发'] };
  it('accepts a valid registration and drops unknown fields', () => {
    const parsed = UserInput.registerVolunteer.parse({ ...ok, openid: 'someone-else', role: 'admin' });
    expect(parsed).toEqual(ok);
  });
  it.each([
    [{ phone: '1380000111' }, 'phone'],
    [{ phone: '23800001111' }, 'phone'],
    [{ realName: '王' }, 'realName'],
    [{ realName: "Robert'); DROP" }, 'realName'],
    [{ stationId: '' }, 'stationId'],
    [{ skills: Array(11).fill('理发') }, 'skills'],
    [{ skills: ['一二三四五六七八九十一'] }, 'skills'],
  ])('refuses %j', (patch, field) => {
    const res = UserInput.registerVolunteer.safeParse({ ...ok, ...patch });
    expect(res.success).toBe(false);
    expect(res.error!.issues[0].path[0]).toBe(field);
  });
  it('only knows the product roles', () => {
    expect(UserInput.grantRole.safeParse({ userId: 'u', role: 'root', nodeId: 'n' }).success).toBe(false);
    expect(UserInput.grantRole.safeParse({ userId: 'u', role: 'staff', nodeId: 'n' }).success).toBe(true);
  });
  it('defaults paging and bounds coordinates', () => {
    expect(OrgInput.tree.parse({})).toEqual({ limit: 50 });
    expect(OrgInput.tree.safeParse({ limit: 101 }).success).toBe(false);
    expect(OrgInput.nearestStations.safeParse({ lat: 91, lng: 0 }).success).toBe(false);
    expect(OrgInput.nearestStations.parse({ lat: 26.7, lng: 110.6 }).limit).toBe(5);
  });
});

describe('error messages', () => {
  it('every code has a Chinese message and unknown codes read as a busy system', () => {
    for (const msg of Object.values(ERROR_MESSAGES)) expect(msg).toMatch(/[\u4e00-\u9fa5]/);
    expect(errorMessage('NO_SUCH_CODE')).toBe(ERROR_MESSAGES.INTERNAL);
  });
});
