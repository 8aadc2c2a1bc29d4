/** Who may call points.adjust / awardCivility / userHistory: roles, scopes, self, unknown users. */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { useCaller } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';
import { DEMO_RESIDENT_POINTS } from '../../../emulator/seed/market';
import { residentAt } from './fixtures';

const cloud = useLocalCloud();
const staff = useCaller(cloud, 'demo-staff');
const admin = useCaller(cloud, 'demo-admin');

const producer = userIdOf('demo-producer');

describe('who may award, adjust and read', () => {
  const staffActions = (userId: string): [string, object][] => [
    ['adjust', { userId, amount: 10, reason: '越权调整' }],
    ['awardCivility', { userId, amount: 10, category: '其他' }],
    ['userHistory', { userId }],
  ];

  it('refuses everyone who is not staff or admin, and changes nothing', async () => {
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader', 'demo-producer', 'demo-unit']) {
      const c = await cloud.as(who);
      for (const [action, data] of staffActions(producer)) {
        expect([who, action, await c.call('points', action, data)]).toEqual([
          who,
          action,
          { ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' },
        ]);
      }
    }
    expect(await (await cloud.as('demo-producer')).ok('points', 'balance')).toEqual({ balance: 0, earned: 0, spent: 0 });
  });

  it('refuses staff adjusting or reading outside their subtree, and users with no station, but not a center admin', async () => {
    await residentAt(cloud, 'pt-longxi', 'n-longxicun');
    const outside = userIdOf('pt-longxi');
    const homeless = userIdOf('demo-resident');
    for (const userId of [outside, homeless]) {
      // Civility awards reach any resident (civility-scope.test.ts); adjustments and histories stay in the subtree.
      for (const [action, data] of staffActions(userId).filter(([a]) => a !== 'awardCivility')) {
        expect([action, await staff.call('points', action, data)]).toEqual([
          action,
          { ok: false, code: 'OUT_OF_SCOPE', message: '该事项不在您管理的范围内' },
        ]);
      }
    }
    expect(await rowsOf(COLLECTIONS.pointsEntries, { userId: outside })).toEqual([]);
    for (const userId of [outside, homeless]) {
      // demo-resident starts with the seed's points (for the market's points journey).
      const start = userId === homeless ? DEMO_RESIDENT_POINTS : 0;
      expect((await admin.ok('points', 'awardCivility', { userId, amount: 2, category: '移风易俗' })).balanceAfter).toBe(start + 2);
    }
  });

  it('refuses staff acting on their own points and unknown users', async () => {
    for (const [c, id] of [
      [staff, userIdOf('demo-staff')],
      [admin, userIdOf('demo-admin')],
    ] as const) {
      expect(await c.call('points', 'adjust', { userId: id, amount: 10, reason: '给自己加分' })).toMatchObject({
        code: 'POINTS_SELF_ADJUST',
        message: '不能给自己调整或奖励积分',
      });
      expect(await c.call('points', 'awardCivility', { userId: id, amount: 10, category: '其他' })).toMatchObject({
        code: 'POINTS_SELF_ADJUST',
      });
    }
    expect(await staff.call('points', 'awardCivility', { userId: 'u-nobody', amount: 1, category: '其他' })).toMatchObject({
      code: 'USER_NOT_FOUND',
    });
    expect(await admin.call('points', 'userHistory', { userId: 'u-nobody' })).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect(await rowsOf(COLLECTIONS.pointsEntries, { userId: userIdOf('demo-staff') })).toEqual([]);
  });
});
