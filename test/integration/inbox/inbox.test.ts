/** inbox.list / unreadCount / markRead through the gateway; messages written by notify (in-process). */
import { notify, type NotifyMessage } from '@/server/inbox/notify';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { twoPages, walkPages } from '../../helpers/paging';

const cloud = useLocalCloud();

const T0 = Date.UTC(2026, 4, 1, 1, 0);

const message = (openid: string, n: number, over: Partial<NotifyMessage> = {}): NotifyMessage => ({
  userId: userIdOf(openid),
  kind: 'wish.approved',
  title: `消息${n}`,
  body: `第${n}条消息`,
  ...over,
});

async function userWith(openid: string, count: number, sameInstantEvery = 1): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  for (let i = 1; i <= count; i++) await notify(T0 + Math.floor((i - 1) / sameInstantEvery) * 1000, [message(openid, i)]);
  return c;
}

describe('inbox.list', () => {
  it('pages the caller’s own messages newest first with no gaps or repeats (one read a page)', async () => {
    const c = await userWith('ib-pages', 27, 4);
    await userWith('ib-other', 3);
    const all = await twoPages(cloud, c, ['inbox', 'list'], 'messages', [20, 7]);
    expect(new Set(all.map((m: any) => m.id)).size).toBe(27);
    expect(all.map((m: any) => m.title).sort()).toEqual(Array.from({ length: 27 }, (_, i) => `消息${i + 1}`).sort());
    const times = all.map((m: any) => m.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all[0]).toEqual({
      id: expect.any(String),
      kind: 'wish.approved',
      title: expect.stringMatching(/^消息2[5-7]$/),
      body: expect.any(String),
      read: false,
      createdAt: T0 + 6000,
    });
  });

  it('never shows another user’s messages, whatever the call names', async () => {
    const c = await cloud.as('ib-other');
    const { items } = await c.ok('inbox', 'list', { userId: userIdOf('ib-pages'), limit: 20 });
    expect(items.map((m: any) => m.title).sort()).toEqual(['消息1', '消息2', '消息3']);
    expect((await c.ok('inbox', 'unreadCount', { userId: userIdOf('ib-pages') })).count).toBe(3);
  });

  it('filters unread ones and keeps the link', async () => {
    const c = await userWith('ib-filter', 0);
    await notify(T0, [message('ib-filter', 1, { link: '/packages/wish/detail/index?id=w1' }), message('ib-filter', 2)]);
    const all = (await c.ok('inbox', 'list')).items;
    const one = all.find((m: any) => m.title === '消息1');
    expect(one.link).toBe('/packages/wish/detail/index?id=w1');
    await c.ok('inbox', 'markRead', { ids: [one.id] });
    expect((await c.ok('inbox', 'list', { unread: true })).items.map((m: any) => m.title)).toEqual(['消息2']);
    expect((await c.ok('inbox', 'list', { unread: false })).items).toHaveLength(2);
    expect(await c.ok('inbox', 'list', { unread: true, limit: 1 })).toMatchObject({ items: [{ title: '消息2' }], next: null });
  });

  it('pages only unread ones by cursor, and refuses a cursor another list made', async () => {
    const c = await userWith('ib-unread-pages', 9, 3);
    const readOnes = (await c.ok('inbox', 'list')).items.filter((m: any) => Number(m.title.slice(2)) % 2 === 0);
    await c.ok('inbox', 'markRead', { ids: readOnes.map((m: any) => m.id) });
    const seen = await walkPages(c, ['inbox', 'list'], { unread: true, limit: 2 }, 10);
    expect(seen.map((m: any) => m.title).sort()).toEqual(['消息1', '消息3', '消息5', '消息7', '消息9']);
    const tree = await (await cloud.as('demo-resident')).ok('org', 'tree', { parentId: 'n-chengguan', limit: 1 });
    expect(await c.call('inbox', 'list', { cursor: tree.next })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it.each([{ limit: 21 }, { limit: 0 }, { cursor: '123' }, { cursor: 'x.y' }, { unread: 'yes' }])('refuses %p', async (data) => {
    expect(await (await cloud.as('ib-other')).call('inbox', 'list', data)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('refuses a call without an identity', async () => {
    for (const action of ['list', 'unreadCount', 'markRead', 'optIn', 'templates']) {
      expect(await cloud.anonymous('inbox', { action, data: { all: true } })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
    expect(await (await cloud.as('ib-other')).call('inbox', 'delete')).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});

describe('inbox.unreadCount / markRead', () => {
  it('counts unread messages with one count, and marks the named ones read', async () => {
    const c = await userWith('ib-read', 5);
    await cloud.resetStats();
    expect(await c.ok('inbox', 'unreadCount')).toEqual({ count: 5 });
    expect((await cloud.stats()).messages).toMatchObject({ count: 1, read: 0 });
    const ids = (await c.ok('inbox', 'list')).items.map((m: any) => m.id);
    expect(await c.ok('inbox', 'markRead', { ids: ids.slice(0, 2) })).toEqual({ updated: 2 });
    expect(await c.ok('inbox', 'markRead', { ids: ids.slice(0, 3) })).toEqual({ updated: 1 });
    expect(await c.ok('inbox', 'unreadCount')).toEqual({ count: 2 });
    expect(await c.ok('inbox', 'markRead', { all: true })).toEqual({ updated: 2 });
    expect(await c.ok('inbox', 'unreadCount')).toEqual({ count: 0 });
    expect((await c.ok('inbox', 'list')).items.every((m: any) => m.read)).toBe(true);
  });

  it('never marks another user’s messages', async () => {
    const victim = await userWith('ib-victim', 2);
    const theirIds = (await victim.ok('inbox', 'list')).items.map((m: any) => m.id);
    const intruder = await userWith('ib-intruder', 1);
    expect(await intruder.ok('inbox', 'markRead', { ids: theirIds })).toEqual({ updated: 0 });
    expect(await intruder.ok('inbox', 'markRead', { all: true })).toEqual({ updated: 1 });
    expect(await victim.ok('inbox', 'unreadCount')).toEqual({ count: 2 });
    expect((await victim.ok('inbox', 'list')).items.every((m: any) => !m.read)).toBe(true);
  });

  it.each([{}, { ids: [] }, { ids: ['m1'], all: true }, { all: false }, { ids: Array(101).fill('m1') }, { ids: [''] }])(
    'refuses %p',
    async (data) => {
      expect(await (await cloud.as('ib-read')).call('inbox', 'markRead', data)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    },
  );
});

describe('notify', () => {
  it('writes one message per recipient, cut to length, and never throws', async () => {
    await userWith('ib-notify', 0);
    const res = await notify(T0, [
      message('ib-notify', 1, { title: '标'.repeat(60), body: '文'.repeat(600) }),
      message('ib-nobody-logged-in', 2, { kind: 'wish.lapsed' }),
    ]);
    expect(res).toEqual({ messageIds: [expect.any(String), expect.any(String)], sent: 0 });
    const { items } = await (await cloud.as('ib-notify')).ok('inbox', 'list');
    expect(items[0].title).toBe('标'.repeat(39) + '…');
    expect(Array.from(items[0].body as string)).toHaveLength(500);
    expect(await notify(T0, [])).toEqual({ messageIds: [], sent: 0 });
  });
});
