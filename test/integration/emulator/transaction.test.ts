/**
 * Transactions through the real wx-server-sdk: isolation, rollback, conflicts and the SDK's retry loop.
 * A conflict raised by a call inside the callback reaches it without its code (wx-server-sdk keeps only the
 * message), so runTransaction retries only a refused commit; fidelity-transactions.test.ts has the rest.
 */
import { useEmulator } from '../../helpers/emulator';
import { counters, docIn } from '../../helpers/scratch-collection';

const emu = useEmulator();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const counter = counters(emu, 't');

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

test('runTransaction: read-modify-write commits and answers the callback result', async () => {
  const { read, x } = await counter(5);
  const res = await emu.db.runTransaction(async (t: any) => {
    const { data } = await x(t).get();
    await x(t).update({ data: { n: data.n + 1 } });
    return data.n;
  });
  expect(res).toBe(5);
  expect(await read()).toBe(6);
});

test('writes inside a transaction are invisible outside until commit; the transaction sees them', async () => {
  const { name, read, x } = await counter(1);
  const t = await emu.db.startTransaction();
  await x(t).update({ data: { n: 2 } });
  await t.collection(name).add({ data: { _id: 'y', n: 9 } });
  expect(await read()).toBe(1);
  expect((await emu.db.collection(name).count()).total).toBe(1);
  expect((await x(t).get()).data.n).toBe(2);
  expect(
    (
      await t
        .collection(name)
        .where({ n: emu._.gt(1) })
        .get()
    ).data.map((d: any) => d._id),
  ).toEqual(['x', 'y']);
  await t.commit();
  expect(await read()).toBe(2);
  expect((await docIn(emu.db, name, 'y').get()).data).toEqual({ _id: 'y', n: 9 });
});

test('rollback discards the writes and ends the transaction', async () => {
  const { read, x } = await counter(1);
  const t = await emu.db.startTransaction();
  await x(t).update({ data: { n: 100 } });
  await x(t).remove();
  await t.rollback();
  expect(await read()).toBe(1);
  await expect(x(t).get()).rejects.toThrow(/does not exist|transaction/);
});

test('a callback that throws rolls back and rejects with its error', async () => {
  const { read, x } = await counter(1);
  await expect(
    emu.db.runTransaction(async (t: any) => {
      await x(t).update({ data: { n: 50 } });
      throw new Error('boom');
    }),
  ).rejects.toThrow('boom');
  expect(await read()).toBe(1);
  expect(emu.handle.txStats().abort).toBeGreaterThanOrEqual(1);
});

test('a document changed by someone else after the transaction read it: the write of it conflicts and ends the transaction', async () => {
  const { read, x } = await counter(0);
  const t = await emu.db.startTransaction();
  const { data } = await x(t).get();
  await x(emu.db).update({ data: { n: emu._.inc(10) } });
  await expect(x(t).update({ data: { n: data.n + 1 } })).rejects.toThrow(/TransactionConflict/);
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(await read()).toBe(10);
});

test('a write outside any transaction onto a document the transaction wrote: the commit fails with DATABASE_TRANSACTION_CONFLICT', async () => {
  const { read, x } = await counter(0);
  const t = await emu.db.startTransaction();
  await x(t).update({ data: { n: 1 } });
  await x(emu.db).update({ data: { n: emu._.inc(10) } });
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect(await read()).toBe(10);
});

test('runTransaction retries a commit refused with a conflict and succeeds on fresh data', async () => {
  const { read, x } = await counter(0);
  let calls = 0;
  const res = await emu.db.runTransaction(async (t: any) => {
    calls++;
    const { data } = await x(t).get();
    await x(t).update({ data: { n: data.n + 1 } });
    if (calls === 1) await x(emu.db).update({ data: { n: emu._.inc(100) } });
    return data.n;
  });
  expect(calls).toBe(2);
  expect(res).toBe(100);
  expect(await read()).toBe(101);
});

test('runTransaction gives up after its retries with the conflict error', async () => {
  const { read, x } = await counter(0);
  let calls = 0;
  const run = emu.db.runTransaction(async (t: any) => {
    calls++;
    await x(t).get();
    await x(t).update({ data: { n: -1 } });
    await x(emu.db).update({ data: { n: emu._.inc(1) } });
  });
  await expect(run).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect(calls).toBe(4);
  expect(await read()).toBe(4);
});

test('a transactional read waits for another open transaction on the same document, then sees its commit', async () => {
  const { x } = await counter(0);
  const t1 = await emu.db.startTransaction();
  await x(t1).get();
  const t2 = await emu.db.startTransaction();
  let seen: number | undefined;
  const reading = x(t2)
    .get()
    .then((r: any) => (seen = r.data.n));
  await sleep(100);
  expect(seen).toBeUndefined();
  await x(t1).update({ data: { n: 1 } });
  await t1.commit();
  await reading;
  expect(seen).toBe(1);
  await t2.commit();
});

test('the wait is bounded: after it, the waiting transaction proceeds and the slow one’s write conflicts', async () => {
  const { read, x } = await counter(0);
  const slow = await emu.db.startTransaction();
  await x(slow).get();
  const t = await emu.db.startTransaction();
  const started = Date.now();
  const { data } = await x(t).get();
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  await x(t).update({ data: { n: data.n + 1 } });
  await t.commit();
  await expect(x(slow).update({ data: { n: 50 } })).rejects.toThrow(/TransactionConflict/);
  await expect(slow.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(await read()).toBe(1);
});

test('two concurrent loops of N read-modify-write transactions on one document end at exactly 2N', async () => {
  const { read, x } = await counter(0);
  const N = 25;
  const before = emu.handle.txStats().commit;
  const loop = async () => {
    for (let i = 0; i < N; i++) {
      await emu.db.runTransaction(async (t: any) => {
        const { data } = await x(t).get();
        await x(t).update({ data: { n: data.n + 1 } });
      });
    }
  };
  await Promise.all([loop(), loop()]);
  expect(await read()).toBe(2 * N);
  expect(emu.handle.txStats().commit - before).toBe(2 * N);
});
