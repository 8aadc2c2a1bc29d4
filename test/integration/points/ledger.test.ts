/** postEntry, the ledger other domains call, run in-process against the emulator the gateway started. */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { AppError } from '@/server/errors';
import { entryIdOf, postEntry, type PostEntryInput } from '@/server/points/ledger';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

const NOW = Date.UTC(2026, 2, 1, 2, 0);

async function newUser(openid: string): Promise<string> {
  await (await cloud.as(openid)).ok('user', 'login');
  return userIdOf(openid);
}

const entry = (userId: string, over: Partial<PostEntryInput> = {}): PostEntryInput => ({
  userId,
  amount: 10,
  kind: 'earn',
  source: 'wish',
  sourceId: 'w-1',
  actorId: 'system',
  now: NOW,
  ...over,
});

async function entriesOf(userId: string) {
  const res = (await db().collection(COLLECTIONS.pointsEntries).where({ userId }).limit(1000).get()) as { data: any[] };
  return res.data;
}

const balanceOf = async (openid: string) => (await cloud.as(openid)).ok('points', 'balance');

const codeOf = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? (r.reason as AppError).code : 'ok');

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('postEntry', () => {
  it('writes an immutable entry and moves the cached totals with it', async () => {
    const id = await newUser('ledger-basic');
    const first = await postEntry(entry(id, { amount: 21, source: 'service', sourceId: 'slot-1', note: '1.5小时 × 10 × 1.4' }));
    expect(first).toEqual({
      entryId: entryIdOf({ kind: 'earn', source: 'service', sourceId: 'slot-1', userId: id }),
      balanceAfter: 21,
      duplicate: false,
    });
    const spent = await postEntry(entry(id, { amount: -8, kind: 'spend', source: 'order', sourceId: 'o-1' }));
    expect(spent.balanceAfter).toBe(13);
    const refunded = await postEntry(entry(id, { amount: 8, kind: 'refund', source: 'order', sourceId: 'o-1' }));
    expect(refunded).toMatchObject({ balanceAfter: 21, duplicate: false });
    expect(await balanceOf('ledger-basic')).toEqual({ balance: 21, earned: 21, spent: 0 });
    const docs = await entriesOf(id);
    expect(docs).toHaveLength(3);
    expect(docs.find((d) => d._id === first.entryId)).toEqual({
      _id: first.entryId,
      userId: id,
      amount: 21,
      kind: 'earn',
      source: 'service',
      sourceId: 'slot-1',
      balanceAfter: 21,
      seq: 1,
      at: NOW,
      actorId: 'system',
      note: '1.5小时 × 10 × 1.4',
    });
  });

  it('records the scope: the given node path, else the home station path', async () => {
    const volunteer = userIdOf('demo-volunteer');
    const a = await postEntry(entry(volunteer, { sourceId: 'w-scope-1' }));
    const b = await postEntry(entry(volunteer, { sourceId: 'w-scope-2', nodePath: ['n-center', 'n-longxi'] }));
    const docs = await entriesOf(volunteer);
    expect(docs.find((d) => d._id === a.entryId).nodePath).toEqual(['n-center', 'n-chengguan', 'n-dongmen']);
    expect(docs.find((d) => d._id === b.entryId).nodePath).toEqual(['n-center', 'n-longxi']);
  });

  it('counts a source once: a second post answers the first entry as a duplicate', async () => {
    const id = await newUser('ledger-dup');
    const first = await postEntry(entry(id, { sourceId: 'w-dup' }));
    const again = await postEntry(entry(id, { sourceId: 'w-dup', amount: 99, now: NOW + 1000 }));
    expect(again).toEqual({ entryId: first.entryId, balanceAfter: 10, duplicate: true });
    expect((await balanceOf('ledger-dup')).balance).toBe(10);
    // Another kind, source or user for the same id is another entry.
    expect((await postEntry(entry(id, { sourceId: 'w-dup', source: 'star' }))).duplicate).toBe(false);
    expect((await postEntry(entry(id, { sourceId: 'w-dup', kind: 'spend', amount: -5 }))).duplicate).toBe(false);
    expect(await balanceOf('ledger-dup')).toEqual({ balance: 15, earned: 20, spent: 5 });
  });

  it('awards once when 20 posts for the same source race', async () => {
    const id = await newUser('ledger-race');
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => postEntry(entry(id, { sourceId: 'w-race', amount: 10 }))));
    expect(results.map(codeOf)).toEqual(Array(20).fill('ok'));
    const answers = results.map((r) => (r as PromiseFulfilledResult<{ duplicate: boolean; balanceAfter: number }>).value);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(answers.every((a) => a.balanceAfter === 10)).toBe(true);
    expect(await balanceOf('ledger-race')).toEqual({ balance: 10, earned: 10, spent: 0 });
    expect(await entriesOf(id)).toHaveLength(1);
  });

  it('lets exactly 10 of 50 simultaneous spends of 10 through a balance of 100, never below 0', async () => {
    const id = await newUser('ledger-spend');
    await postEntry(entry(id, { amount: 100, sourceId: 'w-100' }));
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => postEntry(entry(id, { kind: 'spend', source: 'order', sourceId: `o-${i}`, amount: -10 }))),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c === 'POINTS_INSUFFICIENT')).toHaveLength(40);
    expect(await balanceOf('ledger-spend')).toEqual({ balance: 0, earned: 100, spent: 100 });
    const docs = await entriesOf(id);
    expect(docs).toHaveLength(11);
    // Every balance from 90 down to 0 was passed through exactly once.
    const after = docs
      .filter((d) => d.kind === 'spend')
      .map((d) => d.balanceAfter)
      .sort((a, b) => a - b);
    expect(after).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    // Numbered in the order they changed the balance.
    const bySeq = [...docs].sort((a, b) => a.seq - b.seq);
    expect(bySeq.map((d) => d.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(bySeq.map((d) => d.balanceAfter)).toEqual([100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0]);
  });

  it('refuses a spend beyond the balance and changes nothing', async () => {
    const id = await newUser('ledger-short');
    await expect(postEntry(entry(id, { kind: 'spend', source: 'order', sourceId: 'o-x', amount: -1 }))).rejects.toMatchObject({
      code: 'POINTS_INSUFFICIENT',
    });
    expect(await entriesOf(id)).toEqual([]);
    expect(await balanceOf('ledger-short')).toEqual({ balance: 0, earned: 0, spent: 0 });
  });

  it('refuses an unknown user and malformed entries', async () => {
    await expect(postEntry(entry('u-nobody'))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    const id = userIdOf('demo-leader');
    await expect(postEntry(entry(id, { amount: -5 }))).rejects.toThrow('earn must be positive');
    await expect(postEntry(entry(id, { kind: 'spend', amount: 5 }))).rejects.toThrow('spend must be negative');
    await expect(postEntry(entry(id, { amount: 2.5 }))).rejects.toThrow('integer');
    await expect(postEntry(entry(id, { sourceId: '' }))).rejects.toThrow('sourceId');
    expect(await entriesOf(id)).toEqual([]);
  });
});
