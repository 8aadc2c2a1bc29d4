/** Rule 3 of docs/limits.md: 30 write actions in any 10 s per user, kept in rate_limits; reads are free. */
import { COLLECTIONS } from '@/contracts/collections';
import { LIMITS } from '@/core/limits';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { resident, rowsOf, wishInput } from '../wish/fixtures';

const cloud = useLocalCloud();

const T = Date.UTC(2026, 7, 1);
const codeOf = (a: { ok: boolean; code?: string }) => (a.ok ? 'ok' : a.code);
const tally = (answers: { ok: boolean; code?: string }[]) =>
  answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [codeOf(a)!]: (acc[codeOf(a)!] ?? 0) + 1 }), {});

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('write burst', () => {
  it('answers RATE_LIMITED past 30 writes in 10 s from one user, changes nothing then, and has room again 10 s later', async () => {
    expect(LIMITS.writeBurst).toEqual({ limit: 30, windowMs: 10_000 });
    const me = await resident(cloud, 'wb-burst');
    // 40 writes at once (cancelling a wish that does not exist: each one is let through or refused).
    const answers = await Promise.all(Array.from({ length: 40 }, () => me.call('wish', 'cancel', { id: 'w-none' }, { now: T })));
    expect(tally(answers)).toEqual({ WISH_NOT_FOUND: 30, RATE_LIMITED: 10 });
    expect(answers.find((a) => !a.ok && a.code === 'RATE_LIMITED')).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '操作太频繁，请稍后再试',
    });

    // A real write refused changes nothing; malformed calls count too (the hit comes before validation).
    expect(await me.call('wish', 'submit', wishInput(), { now: T + 5_000 })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await me.call('wish', 'submit', { title: '' }, { now: T + 5_000 })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await rowsOf(COLLECTIONS.wishes, { ownerId: userIdOf('wb-burst') })).toEqual([]);
    // Reads are not limited.
    expect(await me.call('wish', 'mine', {}, { now: T + 5_000 })).toMatchObject({ ok: true });
    // The window slides: 10 s after the burst there is room again.
    expect(await me.call('wish', 'submit', wishInput(), { now: T + 9_999 })).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await me.ok('wish', 'submit', wishInput(), { now: T + 10_000 })).status).toBe('pending_review');
    // What is stored: one document for the user, the times of the last 30 hits.
    const [doc] = await rowsOf(COLLECTIONS.rateLimits, { _id: `write:${userIdOf('wb-burst')}` });
    expect(doc.hits).toHaveLength(30);
    expect(doc.hits[29]).toBe(T + 10_000);
  }, 120_000);

  it('counts every write function together, per user: another user is not held back', async () => {
    const a = await resident(cloud, 'wb-a');
    const b = await resident(cloud, 'wb-b');
    const at = { now: T + 60_000 };
    const burst = await Promise.all([
      ...Array.from({ length: 20 }, () => a.call('wish', 'cancel', { id: 'w-none' }, at)),
      ...Array.from({ length: 15 }, () => a.call('points', 'adjust', { userId: 'u-x', amount: 1, reason: '测试调整' }, at)),
    ]);
    expect(burst.filter((x) => !x.ok && x.code === 'RATE_LIMITED')).toHaveLength(5);
    expect(
      await a.call('user', 'registerVolunteer', { realName: '张三', phone: '13800000000', stationId: 'n-dongmen', skills: [] }, at),
    ).toMatchObject({
      code: 'RATE_LIMITED',
    });
    // Writes to one's own record only (home station, inbox) are not counted; nor is anyone else's budget.
    expect(await a.call('user', 'setHomeStation', { stationId: 'n-nantang' }, at)).toMatchObject({ ok: true });
    expect(await a.call('inbox', 'markRead', { all: true }, at)).toMatchObject({ ok: true });
    expect((await b.ok('wish', 'submit', wishInput(), at)).status).toBe('pending_review');
  });

  it('costs a write action one conditional write on rate_limits once the user has written before', async () => {
    const me = await resident(cloud, 'wb-cost');
    await me.call('wish', 'cancel', { id: 'w-none' }, { now: T });
    await cloud.resetStats();
    expect(await me.call('wish', 'cancel', { id: 'w-none' }, { now: T + 1 })).toMatchObject({ code: 'WISH_NOT_FOUND' });
    expect((await cloud.stats()).rate_limits).toEqual(expect.objectContaining({ update: 1 }));
    expect((await cloud.stats()).rate_limits.insert ?? 0).toBe(0);
    await cloud.resetStats();
    await me.ok('wish', 'mine', {}, { now: T + 2 });
    expect((await cloud.stats()).rate_limits ?? {}).toEqual({});
  });
});
