/** Rule 2 of docs/limits.md: one subscribe message per person, wish and kind an hour; the inbox gets them all. */
import { COLLECTIONS } from '@/contracts/collections';
import { getCloud } from '@/server/cloud';
import { notify } from '@/server/inbox/notify';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { sentTo as subscribeSent } from '../../helpers/subscribe-sent';
import { openWish, resident, rowsOf, volunteers } from '../wish/fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

const MINUTE = 60_000;
const T = Date.UTC(2026, 6, 1, 2, 0);

const sentTo = (openid: string, templateId?: string) => subscribeSent(cloud, openid, templateId);
const grantsOf = async (c: Caller) => (await c.ok('inbox', 'templates')).grants as Record<string, number>;

async function optedIn(openid: string, templateId: string, times: number): Promise<Caller> {
  const c = await resident(cloud, openid);
  for (let i = 0; i < times; i++) await c.ok('inbox', 'optIn', { templateIds: [templateId] });
  return c;
}

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

/** A 已认领 notice to `openid` about `source`, queued directly (not through a claim). */
const claimedNotice = (openid: string, source: string) => ({
  userId: userIdOf(openid),
  kind: 'wish.claimed' as const,
  title: '心愿已被认领',
  body: '…',
  source,
  subscribe: { data: { title: '买米', status: '已认领', time: '2026-07-01' } },
});

describe('subscribe messages per wish and kind', () => {
  it('pushes one 已认领 an hour to the owner while claims come and go, keeping the other grants; the inbox has every one', async () => {
    const owner = await optedIn('st-owner', 'TPL_WISH_CLAIMED', 5);
    const ids = ['st-v1', 'st-v2', 'st-v3', 'st-v4', 'st-v5'];
    await volunteers(ids);
    const vs = await Promise.all(ids.map((id) => cloud.as(id)));
    const w = await openWish(owner, staff, {}, { now: T });
    for (const [i, v] of vs.slice(0, 4).entries()) {
      await v.ok('wish', 'claim', { id: w.id }, { now: T + i * MINUTE });
      await v.ok('wish', 'release', { id: w.id }, { now: T + i * MINUTE + 1_000 });
    }
    expect(await sentTo('st-owner', 'TPL_WISH_CLAIMED')).toHaveLength(1);
    expect((await grantsOf(owner)).TPL_WISH_CLAIMED).toBe(4);
    expect(await rowsOf(COLLECTIONS.messages, { userId: userIdOf('st-owner'), kind: 'wish.claimed' })).toHaveLength(4);

    // An hour after the first push, the next claim pushes again.
    await vs[4].ok('wish', 'claim', { id: w.id }, { now: T + 61 * MINUTE });
    expect(await sentTo('st-owner', 'TPL_WISH_CLAIMED')).toHaveLength(2);
    expect((await grantsOf(owner)).TPL_WISH_CLAIMED).toBe(3);
    // What is stored: one mark for (owner, wish, kind), moved to the last push.
    expect(await rowsOf(COLLECTIONS.subscribeSends, { userId: userIdOf('st-owner') })).toEqual([
      expect.objectContaining({ source: `wish:${w.id}`, kind: 'wish.claimed', sentAt: T + 61 * MINUTE }),
    ]);
  });

  it('limits each wish on its own: a claim of another wish pushes at once', async () => {
    const owner = await optedIn('st-two', 'TPL_WISH_CLAIMED', 3);
    await volunteers(['st-two-v']);
    const v = await cloud.as('st-two-v');
    const a = await openWish(owner, staff, { title: '买一袋米' }, { now: T });
    const b = await openWish(owner, staff, { title: '修一盏灯' }, { now: T });
    await v.ok('wish', 'claim', { id: a.id }, { now: T + MINUTE });
    await v.ok('wish', 'claim', { id: b.id }, { now: T + 2 * MINUTE });
    expect((await sentTo('st-two', 'TPL_WISH_CLAIMED')).map((m) => m.data.thing1.value).sort()).toEqual(['买一袋米', '修一盏灯']);
  });

  it('sends one of many messages about one source that race, and spends one grant', async () => {
    const c = await optedIn('st-race', 'TPL_WISH_CLAIMED', 3);
    const one = claimedNotice('st-race', 'wish:w-race');
    const results = await Promise.all(Array.from({ length: 8 }, () => notify(T, [one])));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(await sentTo('st-race')).toHaveLength(1);
    expect((await grantsOf(c)).TPL_WISH_CLAIMED).toBe(2);
    expect((await c.ok('inbox', 'list')).items).toHaveLength(8);
    // Messages without a source (points awards) are not limited this way.
    const free = { ...one, source: undefined };
    expect((await notify(T, [free])).sent + (await notify(T, [free])).sent).toBe(2);
  });

  it('gives the hour back when the push did not go out (WeChat refused it), so the next message is pushed', async () => {
    const c = await optedIn('st-fail', 'TPL_WISH_CLAIMED', 3);
    const msg = claimedNotice('st-fail', 'wish:w-fail');
    const sdk = getCloud() as unknown as { openapi: unknown };
    const real = sdk.openapi;
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      sdk.openapi = { subscribeMessage: { send: jest.fn().mockRejectedValue(Object.assign(new Error('system busy'), { errCode: -1 })) } };
      expect((await notify(T, [msg])).sent).toBe(0);
    } finally {
      sdk.openapi = real;
      errors.mockRestore();
    }
    expect((await notify(T + MINUTE, [msg])).sent).toBe(1);
    // Within the hour of that push: not pushed, and the last grant is kept.
    expect((await notify(T + 2 * MINUTE, [msg])).sent).toBe(0);
    expect((await grantsOf(c)).TPL_WISH_CLAIMED).toBe(1);
  });
});
