import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { rows } from '@/server/shared/docs';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

const target = userIdOf('demo-resident');
const auditFor = (userId: string) =>
  rows<{ action: string; actorId: string }>(db().collection(COLLECTIONS.auditLogs).where({ targetId: userId }).limit(100));

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('user.grantRole / revokeRole', () => {
  it('refuses everyone but a center admin and changes nothing', async () => {
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader', 'demo-staff', 'demo-unit']) {
      const c = await cloud.as(who);
      expect(await c.call('user', 'grantRole', { userId: target, role: 'staff', nodeId: 'n-dongmen' })).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '您没有权限进行此操作',
      });
      expect(await c.call('user', 'revokeRole', { userId: userIdOf('demo-staff'), role: 'staff', nodeId: 'n-chengguan' })).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const resident = await cloud.as('demo-resident');
    expect((await resident.ok('user', 'profile')).roles).toEqual([]);
    expect((await (await cloud.as('demo-staff')).ok('user', 'profile')).roles).toHaveLength(1);
    expect(await auditFor(target)).toEqual([]);
  });

  it('grants and revokes a scoped role, audited', async () => {
    const admin = await cloud.as('demo-admin');
    const granted = await admin.ok('user', 'grantRole', { userId: target, role: 'staff', nodeId: 'n-dongmen', proxy: true });
    expect(granted.roles).toEqual([{ role: 'staff', nodeId: 'n-dongmen', nodeName: '东门社区新时代文明实践站', proxy: true }]);
    const resident = await cloud.as('demo-resident');
    expect((await resident.ok('user', 'profile')).roles).toHaveLength(1);

    const revoked = await admin.ok('user', 'revokeRole', { userId: target, role: 'staff', nodeId: 'n-dongmen' });
    expect(revoked.roles).toEqual([]);
    const log = await auditFor(target);
    expect(log.map((l) => l.action).sort()).toEqual(['role.grant', 'role.revoke']);
    expect(log.every((l) => l.actorId === userIdOf('demo-admin'))).toBe(true);
  });

  it('checks the node, the scope, the team and the user', async () => {
    const admin = await cloud.as('demo-admin');
    const cases: [object, string][] = [
      [{ userId: target, role: 'staff', nodeId: 'n-nowhere' }, 'NODE_NOT_FOUND'],
      [{ userId: target, role: 'staff', nodeId: 'n-center' }, 'ROLE_SCOPE_INVALID'],
      [{ userId: target, role: 'admin', nodeId: 'n-dongmen' }, 'ROLE_SCOPE_INVALID'],
      [{ userId: target, role: 'leader', nodeId: 'n-dongmen' }, 'VALIDATION_FAILED'],
      [{ userId: target, role: 'leader', nodeId: 'n-nantang', teamId: 't-dongmen' }, 'TEAM_NOT_AT_STATION'],
      [{ userId: 'u-nobody', role: 'staff', nodeId: 'n-dongmen' }, 'USER_NOT_FOUND'],
      [{ userId: target, role: 'superuser', nodeId: 'n-dongmen' }, 'VALIDATION_FAILED'],
    ];
    for (const [data, code] of cases) expect(await admin.call('user', 'grantRole', data)).toMatchObject({ ok: false, code });
    expect(await admin.call('user', 'revokeRole', { userId: target, role: 'producer', nodeId: 'n-nantang' })).toMatchObject({
      code: 'ROLE_NOT_HELD',
    });
    expect(await admin.call('user', 'revokeRole', { userId: userIdOf('demo-admin'), role: 'admin', nodeId: 'n-center' })).toMatchObject({
      code: 'CANNOT_REVOKE_SELF',
    });
    expect((await (await cloud.as('demo-resident')).ok('user', 'profile')).roles).toEqual([]);
  });

  it('makes a leader of a team at their station', async () => {
    const admin = await cloud.as('demo-admin');
    const v = await admin.ok('user', 'grantRole', {
      userId: userIdOf('demo-volunteer'),
      role: 'leader',
      nodeId: 'n-dongmen',
      teamId: 't-dongmen',
    });
    expect(v.roles).toContainEqual({ role: 'leader', nodeId: 'n-dongmen', nodeName: '东门社区新时代文明实践站', teamId: 't-dongmen' });
  });

  it('loses no grant when many are given to one user at once', async () => {
    const admin = await cloud.as('demo-admin');
    const someone = await cloud.as('many-roles');
    await someone.ok('user', 'login');
    const id = userIdOf('many-roles');
    const grants = [
      { role: 'staff', nodeId: 'n-dongmen' },
      { role: 'staff', nodeId: 'n-nantang' },
      { role: 'staff', nodeId: 'n-longxicun' },
      { role: 'staff', nodeId: 'n-shiqiao' },
      { role: 'staff', nodeId: 'n-chengguan' },
      { role: 'staff', nodeId: 'n-longxi' },
      { role: 'producer', nodeId: 'n-nantang' },
      { role: 'producer', nodeId: 'n-shiqiao' },
      { role: 'unit', nodeId: 'n-center' },
      { role: 'admin', nodeId: 'n-center' },
    ];
    const answers = await Promise.all(grants.map((g) => admin.call('user', 'grantRole', { userId: id, ...g })));
    expect(answers.every((a) => a.ok)).toBe(true);
    const roles = (await someone.ok('user', 'profile')).roles as { role: string; nodeId: string }[];
    expect(roles.map((r) => `${r.role}@${r.nodeId}`).sort()).toEqual(grants.map((g) => `${g.role}@${g.nodeId}`).sort());
  });
});
