import { COLLECTIONS } from '@/contracts/collections';
import { USER_CODE } from '@/contracts/user';
import { db } from '@/server/cloud';
import { rows } from '@/server/shared/docs';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();
jest.setTimeout(120_000);

const auditOf = (action: string) =>
  rows<{ actorId: string; targetId: string; detail: Record<string, unknown> }>(
    db().collection(COLLECTIONS.auditLogs).where({ action }).limit(100),
  );

describe('user.myCode / resolveCode (个人码)', () => {
  it('resolves a fresh code to the person, masked, for staff only, and audits it', async () => {
    const resident = await cloud.as('demo-volunteer');
    const { code, issuedAt, expiresAt } = await resident.ok('user', 'myCode');
    expect(code).toMatch(/^usercode\.[\w-]+\.[\w-]+$/);
    expect(code.length).toBeLessThanOrEqual(120); // a small QR a cheap phone scans at once
    expect(expiresAt - issuedAt).toBe(USER_CODE.maxAgeMs);

    const staff = await cloud.as('demo-staff');
    expect(await staff.ok('user', 'resolveCode', { code })).toEqual({
      id: userIdOf('demo-volunteer'),
      nickname: '王小红',
      realName: '王小红',
      phone: '138****1111',
      stationName: '东门社区新时代文明实践站',
      inScope: true,
    });
    const audits = await auditOf('user.resolveCode');
    expect(audits).toEqual([expect.objectContaining({ actorId: userIdOf('demo-staff'), targetId: userIdOf('demo-volunteer') })]);

    for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader']) {
      expect(await (await cloud.as(who)).call('user', 'resolveCode', { code })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('resolves a resident with no station (a civility award may go to them) and says they are outside the scope', async () => {
    const code = (await (await cloud.as('demo-resident')).ok('user', 'myCode')).code;
    const person = await (await cloud.as('demo-staff')).ok('user', 'resolveCode', { code });
    expect(person).toEqual({ id: userIdOf('demo-resident'), nickname: '张桂兰', inScope: false });
  });

  it('refuses a forged, a tampered, an expired and a future code', async () => {
    const staff = await cloud.as('demo-staff');
    const now = Date.now();
    const code: string = (await (await cloud.as('demo-leader')).ok('user', 'myCode', {}, { now })).code;
    const [p, body, mac] = code.split('.');
    const otherBody = Buffer.from(JSON.stringify({ u: userIdOf('demo-admin'), t: now })).toString('base64url');
    const cases: [string, string][] = [
      ['not a code', 'USER_CODE_INVALID'],
      [`${p}.${otherBody}.${mac}`, 'USER_CODE_INVALID'],
      [`checkin.${body}.${mac}`, 'USER_CODE_INVALID'],
    ];
    for (const [c, want] of cases) expect(await staff.call('user', 'resolveCode', { code: c })).toMatchObject({ ok: false, code: want });
    expect(await staff.call('user', 'resolveCode', { code }, { now: now + USER_CODE.maxAgeMs + 1 })).toMatchObject({
      code: 'USER_CODE_EXPIRED',
    });
    expect(await staff.call('user', 'resolveCode', { code }, { now: now - 5 * 60_000 })).toMatchObject({ code: 'USER_CODE_EXPIRED' });
    // Spaces a paste may add are ignored; within its age the code still resolves.
    expect(await staff.ok('user', 'resolveCode', { code: ` ${code} ` }, { now: now + USER_CODE.maxAgeMs - 1 })).toMatchObject({
      nickname: '李建国',
    });
  });
});

describe('user.findPeople', () => {
  it('finds by full phone, real name or nickname within the scope only, audited', async () => {
    const staff = await cloud.as('demo-staff');
    expect((await staff.ok('user', 'findPeople', { query: '13800002222' })).items).toEqual([
      expect.objectContaining({ id: userIdOf('demo-leader'), realName: '李建国', phone: '138****2222', inScope: true }),
    ]);
    expect((await staff.ok('user', 'findPeople', { query: '王小红' })).items.map((p: { id: string }) => p.id)).toEqual([
      userIdOf('demo-volunteer'),
    ]);
    // Part of a phone finds nobody: staff find the person in front of them, they do not browse.
    expect((await staff.ok('user', 'findPeople', { query: '1380000' })).items).toEqual([]);
    // 张桂兰 has no station: outside every staff member's area but the county's (a center admin's).
    expect((await staff.ok('user', 'findPeople', { query: '张桂兰' })).items).toEqual([]);
    expect((await (await cloud.as('demo-admin')).ok('user', 'findPeople', { query: '张桂兰' })).items).toEqual([
      expect.objectContaining({ id: userIdOf('demo-resident'), inScope: true }),
    ]);
    const audits = await auditOf('user.findPeople');
    expect(audits.map((a) => a.detail.query)).toEqual(expect.arrayContaining(['13800002222', '王小红', '1380000', '张桂兰']));

    expect(await (await cloud.as('demo-volunteer')).call('user', 'findPeople', { query: '李建国' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await staff.call('user', 'findPeople', { query: 'x' })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('pages: limit and next', async () => {
    const staff = await cloud.as('demo-staff');
    for (const who of ['same-name-1', 'same-name-2', 'same-name-3']) {
      const c = await cloud.as(who);
      await c.ok('user', 'login');
      await c.ok('user', 'registerVolunteer', { realName: '陈同名', phone: '13700000000', stationId: 'n-nantang' });
    }
    const first = await staff.ok('user', 'findPeople', { query: '陈同名', limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await staff.ok('user', 'findPeople', { query: '陈同名', limit: 2, cursor: first.next });
    expect(second).toMatchObject({ next: null });
    expect(new Set([...first.items, ...second.items].map((p: { id: string }) => p.id)).size).toBe(3);
  });
});
