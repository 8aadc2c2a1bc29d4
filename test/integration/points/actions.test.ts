/** points.balance / adjust / awardCivility / userHistory through the gateway, as the app calls them. */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { twoPages } from '../../helpers/paging';
import { useCaller } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';
import { residentAt } from './fixtures';

const cloud = useLocalCloud();
const staff = useCaller(cloud, 'demo-staff');
const admin = useCaller(cloud, 'demo-admin');

const volunteer = userIdOf('demo-volunteer');
const producer = userIdOf('demo-producer');

describe('points.balance', () => {
  it('answers zeros for a user who never had points', async () => {
    const c = await residentAt(cloud, 'pt-zero');
    expect(await c.call('points', 'balance')).toEqual({ ok: true, data: { balance: 0, earned: 0, spent: 0 } });
  });

  it('refuses a call without an identity, or before the first login', async () => {
    expect(await cloud.anonymous('points', { action: 'balance' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await (await cloud.as('pt-never-logged-in')).call('points', 'balance')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await staff.call('points', 'transfer')).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});

describe('points.awardCivility', () => {
  it('awards a resident of the staff subtree, audited, told in the inbox', async () => {
    const res = await staff.call('points', 'awardCivility', {
      userId: volunteer,
      amount: 5,
      category: '垃圾分类',
      note: '主动分拣小区垃圾',
    });
    expect(res).toEqual({ ok: true, data: { entryId: expect.any(String), balanceAfter: 5, duplicate: false } });
    const me = await cloud.as('demo-volunteer');
    expect(await me.ok('points', 'balance')).toEqual({ balance: 5, earned: 5, spent: 0 });
    const { items } = await me.ok('points', 'history');
    expect(items).toEqual([
      {
        id: expect.any(String),
        amount: 5,
        kind: 'earn',
        source: 'civility',
        sourceId: expect.any(String),
        balanceAfter: 5,
        seq: 1,
        at: expect.any(Number),
        note: '垃圾分类：主动分拣小区垃圾',
      },
    ]);
    const audit = await rowsOf(COLLECTIONS.auditLogs, { targetId: volunteer, action: 'points.civility' });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: userIdOf('demo-staff'),
        nodePath: ['n-center', 'n-chengguan', 'n-dongmen'],
        detail: expect.objectContaining({ amount: 5, category: '垃圾分类' }),
      }),
    ]);
    const inbox = await me.ok('inbox', 'list');
    expect(inbox.items[0]).toMatchObject({
      kind: 'points.earned',
      title: '获得5分爱心积分（文明行为奖励）',
      read: false,
      link: '/packages/me/points/index',
    });
    expect(inbox.items[0].body).toContain('当前余额5分');
  });

  it('answers a repeated request id with the first award', async () => {
    const c = await residentAt(cloud, 'pt-civ-repeat', 'n-nantang');
    const id = userIdOf('pt-civ-repeat');
    const data = { userId: id, amount: 3, category: '邻里互助', requestId: 'tap-0001-abcd' };
    const first = await staff.ok('points', 'awardCivility', data);
    const again = await staff.ok('points', 'awardCivility', data);
    expect(again).toEqual({ ...first, duplicate: true });
    // The same key from another staff member is another award.
    expect((await admin.ok('points', 'awardCivility', data)).duplicate).toBe(false);
    expect((await c.ok('points', 'balance')).balance).toBe(6);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: id, action: 'points.civility' })).toHaveLength(2);
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: 51 }, 'amount'],
    [{ amount: 1.5 }, 'amount'],
    [{ category: '见义勇为' }, 'category'],
    [{ note: '长'.repeat(201) }, 'note'],
    [{ requestId: 'x' }, 'requestId'],
    [{ userId: '' }, 'userId'],
  ])('refuses %p', async (over, field) => {
    const res = await staff.call('points', 'awardCivility', { userId: producer, amount: 5, category: '其他', ...over });
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fields: { [field]: expect.any(String) } });
  });
});

describe('points.adjust', () => {
  it('moves a balance either way with a reason, audited, never below 0', async () => {
    const c = await residentAt(cloud, 'pt-adjust', 'n-dongmen');
    const id = userIdOf('pt-adjust');
    expect(await staff.ok('points', 'adjust', { userId: id, amount: 100, reason: '补录线下服务积分' })).toMatchObject({
      balanceAfter: 100,
    });
    expect(await admin.ok('points', 'adjust', { userId: id, amount: -30, reason: '重复发放，予以扣回' })).toMatchObject({
      balanceAfter: 70,
    });
    expect(await staff.call('points', 'adjust', { userId: id, amount: -71, reason: '扣回' })).toEqual({
      ok: false,
      code: 'POINTS_INSUFFICIENT',
      message: '爱心积分余额不足',
    });
    expect(await c.ok('points', 'balance')).toEqual({ balance: 70, earned: 70, spent: 0 });
    const audit = await rowsOf(COLLECTIONS.auditLogs, { targetId: id, action: 'points.adjust' });
    expect(audit.map((a) => [a.actorId, a.detail.amount, a.detail.reason]).sort()).toEqual(
      [
        [userIdOf('demo-admin'), -30, '重复发放，予以扣回'],
        [userIdOf('demo-staff'), 100, '补录线下服务积分'],
      ].sort(),
    );
    const inbox = await c.ok('inbox', 'list');
    expect(inbox.items.map((m: any) => m.title)).toEqual(['爱心积分扣减30分', '爱心积分增加100分']);
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: 10_001 }, 'amount'],
    [{ amount: -10_001 }, 'amount'],
    [{ amount: '5' }, 'amount'],
    [{ reason: '补' }, 'reason'],
    [{ reason: '补'.repeat(201) }, 'reason'],
    [{ reason: undefined }, 'reason'],
  ])('refuses %p', async (over, field) => {
    const res = await admin.call('points', 'adjust', { userId: producer, amount: 5, reason: '测试调整', ...over });
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fields: { [field]: expect.any(String) } });
  });

  it('lets exactly 10 of 30 simultaneous deductions of 10 through a balance of 100', async () => {
    const c = await residentAt(cloud, 'pt-adjust-race', 'n-dongmen');
    const id = userIdOf('pt-adjust-race');
    await admin.ok('points', 'adjust', { userId: id, amount: 100, reason: '初始积分' });
    // At an instant of their own, so the staff member's write budget (30 in any 10 s) is all for the race.
    const at = Date.UTC(2026, 2, 1);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => staff.call('points', 'adjust', { userId: id, amount: -10, reason: '并发扣减' }, { now: at })),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers.filter((a) => !a.ok && a.code === 'POINTS_INSUFFICIENT')).toHaveLength(20);
    expect(await c.ok('points', 'balance')).toEqual({ balance: 0, earned: 0, spent: 0 });
    expect(await rowsOf(COLLECTIONS.pointsEntries, { userId: id })).toHaveLength(11);
  });
});

describe('points.history / userHistory', () => {
  it('pages the caller’s entries newest first, in balance order even within one millisecond, with no gaps or repeats', async () => {
    const c = await residentAt(cloud, 'pt-pages', 'n-dongmen');
    const id = userIdOf('pt-pages');
    const at = Date.UTC(2026, 3, 1);
    // 25 awards; every five share one clock reading.
    for (let i = 0; i < 25; i++) {
      await staff.ok(
        'points',
        'awardCivility',
        { userId: id, amount: 1, category: '其他', note: `第${i + 1}次` },
        { now: at + Math.floor(i / 5) * 1000 },
      );
    }
    const all = await twoPages(cloud, c, ['points', 'history'], 'points_entries', [20, 5]);
    expect(new Set(all.map((e: any) => e.id)).size).toBe(25);
    expect(all.map((e: any) => e.balanceAfter)).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    expect(all.map((e: any) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    expect(all.map((e: any) => e.note)).toEqual(Array.from({ length: 25 }, (_, i) => `其他：第${25 - i}次`));
    const small = await c.ok('points', 'history', { limit: 7 });
    expect(small.items.map((e: any) => e.id)).toEqual(all.slice(0, 7).map((e: any) => e.id));
    expect(small.items[0].actorId).toBeUndefined();

    const seen = await staff.ok('points', 'userHistory', { userId: id, limit: 3 });
    expect(seen.user).toEqual({ id, nickname: expect.any(String), balance: 25, earned: 25, spent: 0 });
    expect(seen.items.map((e: any) => e.id)).toEqual(all.slice(0, 3).map((e: any) => e.id));
    expect(seen.items[0].actorId).toBe(userIdOf('demo-staff'));
    const next = await admin.ok('points', 'userHistory', { userId: id, cursor: seen.next, limit: 20 });
    expect(next.items.map((e: any) => e.id)).toEqual(all.slice(3, 23).map((e: any) => e.id));
  });

  it('lets staff read their own entries through userHistory', async () => {
    const own = await staff.ok('points', 'userHistory', { userId: userIdOf('demo-staff') });
    expect(own).toMatchObject({ user: { balance: 0 }, items: [] });
  });

  it.each([{ limit: 21 }, { limit: 0 }, { cursor: 'abc' }, { cursor: '12.5' }, { cursor: '-1' }, { cursor: 12 }, { cursor: 'WyJrIiw1XQ' }])(
    'refuses %p',
    async (data) => {
      expect(await (await cloud.as('demo-volunteer')).call('points', 'history', data)).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
      });
    },
  );
});
