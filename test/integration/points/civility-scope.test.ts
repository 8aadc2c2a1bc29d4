/**
 * Who staff may award civility points (文明积分) to: any resident — of their subtree, of another area, or with
 * no home station yet — booked to their station or, outside the subtree, to the awarding node; never staff
 * or admins of other areas. Adjustments keep the subtree rule.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';
import { residentAt } from './fixtures';
import { seedUsers } from '../wish/fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff'); // staff of 城关镇所 (n-chengguan): 东门 and 南塘
});

const CHENGGUAN = ['n-center', 'n-chengguan'];
const entryOf = async (userId: string) => (await rowsOf(COLLECTIONS.pointsEntries, { userId, source: 'civility' }))[0];
const auditOf = async (userId: string) => (await rowsOf(COLLECTIONS.auditLogs, { targetId: userId, action: 'points.civility' }))[0];

describe('civility award scope', () => {
  it('awards a resident of another area, booked to the awarding 所, audited there, the resident told', async () => {
    const c = await residentAt(cloud, 'cs-longxi', 'n-longxicun');
    const userId = userIdOf('cs-longxi');
    expect(await staff.ok('points', 'awardCivility', { userId, amount: 5, category: '邻里互助', note: '帮迷路的老人回家' })).toMatchObject({
      balanceAfter: 5,
    });
    expect(await entryOf(userId)).toMatchObject({ amount: 5, nodePath: CHENGGUAN, actorId: userIdOf('demo-staff') });
    expect(await auditOf(userId)).toMatchObject({ nodePath: CHENGGUAN });
    expect((await c.ok('inbox', 'list')).items[0]).toMatchObject({ kind: 'points.earned', title: '获得5分爱心积分（文明行为奖励）' });
  });

  it('awards a resident with no home station yet, booked to the awarding 所', async () => {
    const c = await residentAt(cloud, 'cs-homeless');
    const userId = userIdOf('cs-homeless');
    await staff.ok('points', 'awardCivility', { userId, amount: 2, category: '垃圾分类' });
    expect(await entryOf(userId)).toMatchObject({ nodePath: CHENGGUAN });
    expect((await c.ok('points', 'balance')).balance).toBe(2);
  });

  it('books a resident of the subtree to their own station, as before', async () => {
    await residentAt(cloud, 'cs-dongmen', 'n-dongmen');
    const userId = userIdOf('cs-dongmen');
    await staff.ok('points', 'awardCivility', { userId, amount: 1, category: '其他' });
    expect(await entryOf(userId)).toMatchObject({ nodePath: ['n-center', 'n-chengguan', 'n-dongmen'] });
  });

  it('refuses staff and admins outside the subtree; staff inside it may be awarded; adjustments stay in the subtree', async () => {
    await seedUsers([
      { openid: 'cs-staff-longxi', roles: [{ role: 'staff', nodeId: 'n-longxi', nodeName: '龙溪镇所', grantedAt: 0, grantedBy: 'test' }] },
    ]);
    for (const userId of [userIdOf('cs-staff-longxi'), userIdOf('demo-admin')]) {
      expect(await staff.call('points', 'awardCivility', { userId, amount: 1, category: '其他' })).toEqual({
        ok: false,
        code: 'OUT_OF_SCOPE',
        message: '该事项不在您管理的范围内',
      });
      expect(await rowsOf(COLLECTIONS.pointsEntries, { userId })).toEqual([]);
    }
    // A station's own staff member (home station in the subtree) is in scope, as before.
    const insider = await residentAt(cloud, 'cs-staff-dongmen', 'n-dongmen');
    await (
      await cloud.as('demo-admin')
    ).ok('user', 'grantRole', { userId: userIdOf('cs-staff-dongmen'), role: 'staff', nodeId: 'n-dongmen' });
    await staff.ok('points', 'awardCivility', { userId: userIdOf('cs-staff-dongmen'), amount: 1, category: '其他' });
    expect((await insider.ok('points', 'balance')).balance).toBe(1);
    // Adjusting or reading someone outside the subtree is still out of scope.
    const outside = userIdOf('cs-longxi');
    expect(await staff.call('points', 'adjust', { userId: outside, amount: 5, reason: '越权调整' })).toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await staff.call('points', 'userHistory', { userId: outside })).toMatchObject({ code: 'OUT_OF_SCOPE' });
  });

  it('still refuses staff awarding themselves', async () => {
    expect(await staff.call('points', 'awardCivility', { userId: userIdOf('demo-staff'), amount: 1, category: '其他' })).toMatchObject({
      code: 'POINTS_SELF_ADJUST',
    });
  });
});
