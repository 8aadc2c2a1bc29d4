/**
 * Notices after commit: what a handler queues with ctx.notify goes out (inbox message + subscribe message)
 * only when the handler succeeded; a handler that throws after queueing sends nothing. The same holds for a
 * timer item (withNotices): sent after its write changed the item, never when it threw or changed nothing.
 * The router runs in the test process, against the local cloud, with test actions.
 */
import * as z from 'zod';
import { COLLECTIONS } from '@/contracts/collections';
import { localInvocations } from '@/server/context';
import { AppError } from '@/server/errors';
import type { NotifyMessage } from '@/server/inbox/notify';
import { createRouter, defineAction } from '@/server/router';
import { userIdOf } from '@/server/shared/ids';
import { withNotices } from '@/server/timer/notices';
import { useLocalCloud } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';
import { oneSentTo, sentTo as subscribeSent } from '../../helpers/subscribe-sent';

const cloud = useLocalCloud();

const AT = Date.UTC(2026, 0, 5, 7, 1); // 15:01 in China
/** 25 characters: the subscribe sender cuts it to WeChat's thing limit (20, ending in …). */
const LONG_TITLE = '给独居的王奶奶买一袋米和一桶油再送一箱牛奶到家里';

const notice = (openid: string, title = '买米'): NotifyMessage => ({
  userId: userIdOf(openid),
  kind: 'wish.approved',
  title: '心愿审核通过',
  body: `您的心愿「${title}」已通过审核。`,
  link: '/packages/wish/detail/index?id=w-test',
  subscribe: { data: { title, status: 'OK已通过了', time: String(AT) } },
});

const router = createRouter('noticeTest', {
  queueThenRefuse: defineAction({
    input: z.object({}),
    async handle(_input, ctx) {
      ctx.notify(notice(ctx.openid));
      throw new AppError('CONFLICT');
    },
  }),
  queueThenCrash: defineAction({
    input: z.object({}),
    async handle(_input, ctx) {
      ctx.notify(notice(ctx.openid), notice(ctx.openid));
      throw new Error('the database went away');
    },
  }),
  queueThenSucceed: defineAction({
    input: z.object({}),
    async handle(_input, ctx) {
      ctx.notify(notice(ctx.openid, LONG_TITLE));
      return { done: true };
    },
  }),
});

const invoke = (openid: string, action: string) => localInvocations().run({ openid, now: AT }, () => router({ action, data: {} }));

const sentTo = (openid: string) => subscribeSent(cloud, openid);
const inboxOf = (openid: string) => rowsOf(COLLECTIONS.messages, { userId: userIdOf(openid) });

/** A signed-in user holding `grants` subscribe grants for the wish.approved template. */
async function optedIn(openid: string, grants = 2): Promise<void> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  for (let i = 0; i < grants; i++) await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_APPROVED'] });
}
const grantsLeft = async (openid: string) => (await (await cloud.as(openid)).ok('inbox', 'templates')).grants.TPL_WISH_APPROVED;

describe('ctx.notify', () => {
  it('sends nothing when the handler throws after queueing: no inbox message, no subscribe message, no grant spent', async () => {
    await optedIn('rt-refused');
    await optedIn('rt-crashed');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await invoke('rt-refused', 'queueThenRefuse')).toEqual({ ok: false, code: 'CONFLICT', message: '情况已变化，请刷新后再试' });
      expect(await invoke('rt-crashed', 'queueThenCrash')).toMatchObject({ ok: false, code: 'INTERNAL' });
    } finally {
      errors.mockRestore();
    }
    for (const openid of ['rt-refused', 'rt-crashed']) {
      expect(await inboxOf(openid)).toEqual([]);
      expect(await sentTo(openid)).toEqual([]);
      expect(await grantsLeft(openid)).toBe(2);
    }
  });

  it('sends what the handler queued once it succeeded, with the subscribe values fitted to the template in one place', async () => {
    await optedIn('rt-ok');
    expect(await invoke('rt-ok', 'queueThenSucceed')).toEqual({ ok: true, data: { done: true } });
    const inbox = await inboxOf('rt-ok');
    expect(inbox).toEqual([
      expect.objectContaining({ kind: 'wish.approved', title: '心愿审核通过', body: `您的心愿「${LONG_TITLE}」已通过审核。`, read: false }),
    ]);
    const sent = await oneSentTo(cloud, 'rt-ok', {
      template_id: 'TPL_WISH_APPROVED',
      page: 'packages/wish/detail/index?id=w-test',
      // thing ≤ 20 characters (cut with …), phrase ≤ 5 and Chinese only, date in Chinese.
      data: {
        thing1: { value: `${Array.from(LONG_TITLE).slice(0, 19).join('')}…` },
        phrase2: { value: '已通过了' },
        date3: { value: '2026年1月5日' },
      },
    });
    expect(Array.from(sent.data.thing1.value as string)).toHaveLength(20);
    expect(await grantsLeft('rt-ok')).toBe(1);
  });
});

describe('a timer item (withNotices)', () => {
  it('sends the item’s notices only after its write changed it; none when it threw or changed nothing', async () => {
    await optedIn('rt-timer', 3);
    const threw = withNotices(AT, async (queue) => {
      queue(notice('rt-timer', '没写成'));
      throw new Error('write refused');
    });
    await expect(threw).rejects.toThrow('write refused');
    // Another run changed the item first: its conditional write changed nothing.
    expect(await withNotices(AT, async (queue) => (queue(notice('rt-timer', '别人先到')), false))).toBe(false);
    expect(await inboxOf('rt-timer')).toEqual([]);
    expect(await sentTo('rt-timer')).toEqual([]);

    expect(await withNotices(AT, async (queue) => (queue(notice('rt-timer', '写成了')), true))).toBe(true);
    expect((await inboxOf('rt-timer')).map((m: any) => m.body)).toEqual(['您的心愿「写成了」已通过审核。']);
    expect((await sentTo('rt-timer')).map((m) => m.data.thing1.value)).toEqual(['写成了']);
    expect(await grantsLeft('rt-timer')).toBe(2);
  });
});
