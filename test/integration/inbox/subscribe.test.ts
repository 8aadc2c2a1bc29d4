/** Subscribe messages: opt-in grants, configuration, sending with cut values, and failures that never fail the caller. */
import { COLLECTIONS } from '@/contracts/collections';
import { SUBSCRIBE_GRANT_CAP } from '@/contracts/messages';
import { db, getCloud } from '@/server/cloud';
import { notify, type NotifyMessage } from '@/server/inbox/notify';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { oneSentTo, sentTo as subscribeSent } from '../../helpers/subscribe-sent';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

const AT = Date.UTC(2026, 0, 5, 7, 1); // 15:01 in China
const ALL = ['TPL_WISH_APPROVED', 'TPL_WISH_CLAIMED', 'TPL_WISH_FULFILLED', 'TPL_WISH_LAPSED', 'TPL_POINTS_EARNED'];

const sentTo = (openid: string) => subscribeSent(cloud, openid);

async function resident(openid: string, stationId = 'n-dongmen'): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  await c.ok('user', 'setHomeStation', { stationId });
  return c;
}

const grantsOf = async (c: Caller) => (await c.ok('inbox', 'templates')).grants;

/** A notice as a use case queues it for `openid`, its subscribe message about the wish 买米 now in `status`. */
const notice = (openid: string, kind: NotifyMessage['kind'], title: string, status: string): NotifyMessage => ({
  userId: userIdOf(openid),
  kind,
  title,
  body: '…',
  subscribe: { data: { title: '买米', status, time: '2026-01-05' } },
});

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('inbox.templates / optIn', () => {
  it('tells pages which template each kind uses', async () => {
    const c = await resident('sb-templates');
    expect(await c.ok('inbox', 'templates')).toEqual({
      byKind: {
        'wish.approved': 'TPL_WISH_APPROVED',
        'wish.claimed': 'TPL_WISH_CLAIMED',
        'wish.fulfilled': 'TPL_WISH_FULFILLED',
        'wish.lapsed': 'TPL_WISH_LAPSED',
        'points.earned': 'TPL_POINTS_EARNED',
        'event.confirmed': 'TPL_EVENT_CONFIRMED',
        'event.waitlisted': 'TPL_EVENT_WAITLISTED',
        'event.promoted': 'TPL_EVENT_PROMOTED',
        'event.cancelled': 'TPL_EVENT_CANCELLED',
        'event.reminder': 'TPL_EVENT_REMINDER',
      },
      grants: {},
    });
  });

  it('banks one grant per accepted template, ignores unknown ids, and stops at the cap under concurrency', async () => {
    const c = await resident('sb-optin');
    expect(await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_CLAIMED', 'TPL_UNKNOWN', 'TPL_WISH_CLAIMED'] })).toEqual({
      grants: { TPL_WISH_CLAIMED: 1 },
    });
    expect(await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_CLAIMED', 'TPL_WISH_LAPSED'] })).toEqual({
      grants: { TPL_WISH_CLAIMED: 2, TPL_WISH_LAPSED: 1 },
    });
    const answers = await Promise.all(Array.from({ length: 60 }, () => c.call('inbox', 'optIn', { templateIds: ['TPL_WISH_LAPSED'] })));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(await grantsOf(c)).toEqual({ TPL_WISH_CLAIMED: 2, TPL_WISH_LAPSED: SUBSCRIBE_GRANT_CAP });
  });

  it('refuses bad ids and callers who never logged in', async () => {
    const c = await resident('sb-optin-bad');
    for (const templateIds of [[], ['bad id!'], Array(21).fill('TPL_WISH_CLAIMED')]) {
      expect(await c.call('inbox', 'optIn', { templateIds })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
    expect(await (await cloud.as('sb-never')).call('inbox', 'optIn', { templateIds: ['TPL_WISH_CLAIMED'] })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('sending', () => {
  it('sends only after the user opted in, with values cut to limits, and uses the grant up', async () => {
    const c = await resident('sb-award');
    const id = userIdOf('sb-award');
    const award = (note: string) => staff.ok('points', 'awardCivility', { userId: id, amount: 5, category: '邻里互助', note }, { now: AT });

    await award('帮助邻居');
    expect(await sentTo('sb-award')).toEqual([]);

    await c.ok('inbox', 'optIn', { templateIds: ['TPL_POINTS_EARNED'] });
    await award('连续三个月每天早上帮助独居的王奶奶买菜做饭打扫卫生');
    const sent = await oneSentTo(cloud, 'sb-award', {
      template_id: 'TPL_POINTS_EARNED',
      page: 'packages/me/points/index',
      miniprogram_state: 'developer',
      data: {
        number1: { value: '5' },
        thing2: { value: '邻里互助：连续三个月每天早上帮助独居的…' },
        number3: { value: '10' },
        time4: { value: '2026年1月5日 15:01' },
      },
    });
    expect(Array.from(sent.data.thing2.value as string)).toHaveLength(20);
    expect((await grantsOf(c)).TPL_POINTS_EARNED).toBe(0);

    await award('再次帮助邻居');
    expect(await sentTo('sb-award')).toHaveLength(1);
    expect((await c.ok('inbox', 'list')).items).toHaveLength(3);
  });

  it('spends each grant once when many messages race for it', async () => {
    const c = await resident('sb-race');
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_CLAIMED'] });
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_CLAIMED'] });
    const one = notice('sb-race', 'wish.claimed', '心愿已被认领', '已认领');
    const results = await Promise.all(Array.from({ length: 8 }, () => notify(AT, [one])));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(await sentTo('sb-race')).toHaveLength(2);
    expect((await grantsOf(c)).TPL_WISH_CLAIMED).toBe(0);
    expect((await c.ok('inbox', 'list')).items).toHaveLength(8);
  });

  it('sends nothing for a kind without a template, and keeps the grants', async () => {
    const c = await resident('sb-nokind');
    await c.ok('inbox', 'optIn', { templateIds: ALL });
    await (
      await cloud.as('demo-admin')
    ).ok('points', 'adjust', { userId: userIdOf('sb-nokind'), amount: 8, reason: '补录积分' }, { now: AT });
    const res = await notify(AT + 1000, [notice('sb-nokind', 'wish.confirmed', '心愿已确认', '已完成')]);
    expect(res.sent).toBe(0);
    expect(await sentTo('sb-nokind')).toEqual([]);
    expect(await grantsOf(c)).toEqual(Object.fromEntries(ALL.map((t) => [t, 1])));
    expect((await c.ok('inbox', 'list')).items.map((m: any) => m.kind)).toEqual(['wish.confirmed', 'points.adjusted']);
  });

  it('sends nothing when a template field has no usable value, and keeps the grant', async () => {
    const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = await resident('sb-missing');
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_APPROVED'] });
    const base = { userId: userIdOf('sb-missing'), kind: 'wish.approved' as const, title: '心愿审核通过', body: '…' };
    expect((await notify(AT, [{ ...base, subscribe: { data: { title: '买米', time: '2026-01-05' } } }])).sent).toBe(0);
    expect((await notify(AT, [{ ...base, subscribe: { data: { title: '买米', status: 'OK', time: '2026-01-05' } } }])).sent).toBe(0);
    expect((await notify(AT, [base])).sent).toBe(0);
    expect(warned.mock.calls.map((c) => c[0])).toEqual([
      '[inbox] wish.approved: no value for status; subscribe message not sent',
      '[inbox] wish.approved: no value for status; subscribe message not sent',
    ]);
    warned.mockRestore();
    expect(await sentTo('sb-missing')).toEqual([]);
    expect((await grantsOf(c)).TPL_WISH_APPROVED).toBe(1);
    const ok = await notify(AT, [
      {
        ...base,
        link: '/packages/wish/detail/index?id=w9',
        subscribe: { data: { title: '给独居老人买米面油', status: '审核已通过', time: String(AT) } },
      },
    ]);
    expect(ok.sent).toBe(1);
    expect(await sentTo('sb-missing')).toEqual([
      expect.objectContaining({
        page: 'packages/wish/detail/index?id=w9',
        data: { thing1: { value: '给独居老人买米面油' }, phrase2: { value: '审核已通过' }, date3: { value: '2026年1月5日' } },
      }),
    ]);
  });

  it('treats a missing or malformed configuration as no templates, and a change takes effect within a minute', async () => {
    const c = await resident('sb-config');
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_LAPSED'] }, { now: AT });
    const settings = db().collection(COLLECTIONS.settings);
    const saved = ((await settings.where({ _id: 'subscribeTemplates' }).get()) as { data: any[] }).data[0];
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const lapse = notice('sb-config', 'wish.lapsed', '心愿认领已超时', '待认领');
    const MINUTE = 60_000;
    try {
      await settings.doc('subscribeTemplates').update({ data: { templates: 'not a list' } });
      // An instance keeps what it read for a minute…
      expect((await c.ok('inbox', 'templates', undefined, { now: AT + 30_000 })).byKind['wish.lapsed']).toBe('TPL_WISH_LAPSED');
      // …then reads the malformed document and sends nothing, while the inbox message is still written.
      expect(await notify(AT + MINUTE, [lapse])).toEqual({ messageIds: [expect.any(String)], sent: 0 });
      expect((await c.ok('inbox', 'templates', undefined, { now: AT + MINUTE })).byKind).toEqual({});
      await settings.doc('subscribeTemplates').remove();
      expect((await notify(AT + 2 * MINUTE, [lapse])).sent).toBe(0);
    } finally {
      const { _id, ...rest } = saved;
      await settings.add({ data: { _id, ...rest } });
      errors.mockRestore();
    }
    expect(await sentTo('sb-config')).toEqual([]);
    expect((await notify(AT + 3 * MINUTE, [lapse])).sent).toBe(1);
  });

  it('keeps the inbox message when WeChat refuses the send, and forgets grants WeChat says are gone', async () => {
    const c = await resident('sb-fail');
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_FULFILLED'] });
    await c.ok('inbox', 'optIn', { templateIds: ['TPL_WISH_FULFILLED'] });
    const sdk = getCloud() as unknown as { openapi: unknown };
    const real = sdk.openapi;
    const failWith = (errCode: number) => {
      sdk.openapi = { subscribeMessage: { send: jest.fn().mockRejectedValue(Object.assign(new Error('refused'), { errCode })) } };
    };
    const done = notice('sb-fail', 'wish.fulfilled', '心愿已完成', '待确认');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      failWith(-1);
      expect(await notify(AT, [done])).toEqual({ messageIds: [expect.any(String)], sent: 0 });
      expect((await grantsOf(c)).TPL_WISH_FULFILLED).toBe(1);
      failWith(43101);
      expect(await notify(AT, [done])).toEqual({ messageIds: [expect.any(String)], sent: 0 });
      expect((await grantsOf(c)).TPL_WISH_FULFILLED).toBe(0);
    } finally {
      sdk.openapi = real;
      errors.mockRestore();
    }
    expect((await c.ok('inbox', 'list')).items).toHaveLength(2);
    expect(await sentTo('sb-fail')).toEqual([]);
  });
});
