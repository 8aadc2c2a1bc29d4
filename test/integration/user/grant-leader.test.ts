/**
 * 角色管理 makes team leaders, through the real SDK: the team picker (admin.scopeTeams: a station's teams, in
 * the caller's scope only) and the leader grant's checks (a team chosen, existing, of that station), audited
 * with the team; the new leader organises the team's events, and stops when the role is revoked.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { grant, seedUsers, staffAt } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';

jest.setTimeout(120_000);
const cloud = useLocalCloud();

const DONGMEN_TEAM = { id: 't-dongmen', name: '东门社区志愿服务队', stationId: 'n-dongmen', stationName: '东门社区新时代文明实践站' };
const auditOf = (targetId: string) => rowsOf<{ action: string; detail: Record<string, unknown> }>(COLLECTIONS.auditLogs, { targetId });

describe('admin.scopeTeams (the team picker)', () => {
  it('lists a station’s teams by name, paged, for staff and admins of its area only', async () => {
    const station = ['n-center', 'n-longxi', 'n-shiqiao'];
    await db()
      .collection(COLLECTIONS.teams)
      .add({
        data: ['石桥村文艺队', '石桥村党员先锋队', '石桥村巾帼志愿队'].map((name, i) => ({
          _id: `t-gl-${i}`,
          name,
          stationId: 'n-shiqiao',
          stationPath: station,
          leaderIds: [],
          createdAt: 0,
        })),
      });
    const admin = await cloud.as('demo-admin');
    expect(await admin.ok('admin', 'scopeTeams', { stationId: 'n-dongmen' })).toEqual({ items: [DONGMEN_TEAM], next: null });
    const first = await admin.ok('admin', 'scopeTeams', { stationId: 'n-shiqiao', limit: 2 });
    const rest = await admin.ok('admin', 'scopeTeams', { stationId: 'n-shiqiao', limit: 2, cursor: first.next });
    expect([...first.items, ...rest.items].map((t: { name: string }) => t.name)).toEqual(
      ['石桥村文艺队', '石桥村党员先锋队', '石桥村巾帼志愿队'].sort(),
    );
    expect(rest.next).toBeNull();

    const staff = await cloud.as('demo-staff'); // 城关镇所: 东门 and 南塘, not 龙溪镇
    expect(await staff.ok('admin', 'scopeTeams', { stationId: 'n-dongmen' })).toEqual({ items: [DONGMEN_TEAM], next: null });
    expect(await staff.ok('admin', 'scopeTeams', { stationId: 'n-nantang' })).toEqual({ items: [], next: null });
    const cases: [string, string][] = [
      ['n-shiqiao', 'OUT_OF_SCOPE'],
      ['n-nowhere', 'NODE_NOT_FOUND'],
      ['n-chengguan', 'NOT_A_STATION'],
    ];
    for (const [stationId, code] of cases)
      expect(await staff.call('admin', 'scopeTeams', { stationId })).toMatchObject({ ok: false, code });
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader', 'demo-producer'])
      expect(await (await cloud.as(who)).call('admin', 'scopeTeams', { stationId: 'n-dongmen' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
  });
});

describe('user.grantRole for a team leader', () => {
  it('makes a leader of a team at its station, audited with the team; the leader organises, until revoked', async () => {
    await seedUsers([{ openid: 'gl-volunteer', roles: [grant('volunteer', 'n-dongmen')], realName: '周志愿' }]);
    const someone = await cloud.as('gl-volunteer');
    const id = userIdOf('gl-volunteer');
    expect(await someone.call('event', 'managed', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const admin = await cloud.as('demo-admin');
    const granted = await admin.ok('user', 'grantRole', { userId: id, role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen' });
    expect(granted.roles).toContainEqual({
      role: 'leader',
      nodeId: 'n-dongmen',
      nodeName: '东门社区新时代文明实践站',
      teamId: 't-dongmen',
    });
    expect(await someone.call('event', 'managed', {})).toMatchObject({ ok: true });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({
        action: 'role.grant',
        detail: expect.objectContaining({ role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen', teamName: '东门社区志愿服务队' }),
      }),
    ]);

    await admin.ok('user', 'revokeRole', { userId: id, role: 'leader', nodeId: 'n-dongmen' });
    expect(await someone.call('event', 'managed', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await auditOf(id)).find((a) => a.action === 'role.revoke')?.detail).toEqual({
      role: 'leader',
      nodeId: 'n-dongmen',
      teamId: 't-dongmen',
    });
  });

  it('refuses a leader grant without a team, with an unknown team or one of another station, and from anyone but an admin', async () => {
    await seedUsers([{ openid: 'gl-refused', roles: [] }]);
    const id = userIdOf('gl-refused');
    const admin = await cloud.as('demo-admin');
    expect(await admin.call('user', 'grantRole', { userId: id, role: 'leader', nodeId: 'n-dongmen' })).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '请选择该站点下的一支队伍',
      fields: { teamId: '请选择该站点下的一支队伍' },
    });
    const cases: [object, string, string][] = [
      [{ nodeId: 'n-dongmen', teamId: 't-nothing' }, 'TEAM_NOT_FOUND', '没有找到这支志愿服务队，请重新选择'],
      [{ nodeId: 'n-nantang', teamId: 't-dongmen' }, 'TEAM_NOT_AT_STATION', '这支服务队不属于所选站点，请选择该站点下的服务队'],
      [{ nodeId: 'n-longxicun', teamId: 't-dongmen' }, 'TEAM_NOT_AT_STATION', '这支服务队不属于所选站点，请选择该站点下的服务队'],
      [{ nodeId: 'n-chengguan', teamId: 't-dongmen' }, 'ROLE_SCOPE_INVALID', '该角色不能设置在这一级组织上'],
    ];
    for (const [data, code, message] of cases)
      expect(await admin.call('user', 'grantRole', { userId: id, role: 'leader', ...data })).toEqual({ ok: false, code, message });
    await staffAt('gl-staff', 'n-chengguan');
    for (const who of ['gl-staff', 'demo-staff', 'demo-leader', 'demo-volunteer'])
      expect(
        await (await cloud.as(who)).call('user', 'grantRole', { userId: id, role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen' }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await rowsOf<{ roles: unknown[] }>(COLLECTIONS.users, { _id: id }))[0].roles).toEqual([]);
    expect(await auditOf(id)).toEqual([]);
  });
});
