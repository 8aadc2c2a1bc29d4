/** A staff request's requestId: the same request again answers the first entry; the key reused for another is refused. */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';
import { residentAt } from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

const REUSED = { ok: false, code: 'REQUEST_ID_REUSED', message: '这个请求编号已用于另一笔不同的积分，请刷新页面后重新提交' };

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('requestId', () => {
  it('refuses an award whose key was used for another amount or reason, and changes nothing', async () => {
    const c = await residentAt(cloud, 'ri-civ', 'n-dongmen');
    const userId = userIdOf('ri-civ');
    const data = { userId, amount: 3, category: '邻里互助', requestId: 'tap-reuse-0001' };
    const first = await staff.ok('points', 'awardCivility', data);
    expect(await staff.call('points', 'awardCivility', { ...data, amount: 4 })).toEqual(REUSED);
    expect(await staff.call('points', 'awardCivility', { ...data, category: '垃圾分类' })).toEqual(REUSED);
    expect(await staff.call('points', 'awardCivility', { ...data, note: '帮邻居搬家' })).toEqual(REUSED);
    // The same request again: the first answer, nothing new.
    expect(await staff.ok('points', 'awardCivility', data)).toEqual({ ...first, duplicate: true });
    expect(await c.ok('points', 'balance')).toEqual({ balance: 3, earned: 3, spent: 0 });
    expect(await rowsOf(COLLECTIONS.pointsEntries, { userId })).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: userId })).toHaveLength(1);
    expect((await c.ok('inbox', 'list')).items).toHaveLength(1);
  });

  it('refuses an adjustment whose key was used for another amount or reason', async () => {
    const c = await residentAt(cloud, 'ri-adj', 'n-nantang');
    const userId = userIdOf('ri-adj');
    const data = { userId, amount: 20, reason: '补录线下活动积分', requestId: 'adj-reuse-0001' };
    const first = await staff.ok('points', 'adjust', data);
    expect(await staff.call('points', 'adjust', { ...data, amount: -20 })).toEqual(REUSED);
    expect(await staff.call('points', 'adjust', { ...data, amount: 200 })).toEqual(REUSED);
    expect(await staff.call('points', 'adjust', { ...data, reason: '另一件事' })).toEqual(REUSED);
    expect(await staff.ok('points', 'adjust', data)).toEqual({ ...first, duplicate: true });
    expect((await c.ok('points', 'balance')).balance).toBe(20);
  });

  it('lets one of many requests with one key and different amounts at once through; the rest repeat it or are refused', async () => {
    const c = await residentAt(cloud, 'ri-race', 'n-dongmen');
    const userId = userIdOf('ri-race');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        staff.call('points', 'awardCivility', { userId, amount: 1 + (i % 5), category: '其他', requestId: 'tap-race-0001' }),
      ),
    );
    const posted = answers.filter((a) => a.ok && !a.data.duplicate);
    expect(posted).toHaveLength(1);
    const balance = (await c.ok('points', 'balance')).balance;
    const sameAmount = answers.filter((_, i) => 1 + (i % 5) === balance).length;
    expect(answers.filter((a) => a.ok)).toHaveLength(sameAmount);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'REQUEST_ID_REUSED')).toBe(true);
    expect(await rowsOf(COLLECTIONS.pointsEntries, { userId })).toHaveLength(1);
  }, 120_000);
});
