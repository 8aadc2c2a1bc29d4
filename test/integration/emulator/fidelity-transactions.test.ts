/**
 * Transactions as CloudBase (MongoDB 4.x snapshot isolation underneath) runs them, through the real
 * wx-server-sdk, with the emulator's fairness wait off (CloudBase never waits). Codes and messages are
 * CloudBase's own, as @cloudbase/node-sdk's tests against the service assert them; wx-server-sdk passes a
 * refused call inside the transaction on as errCode -501001 with the message, and a refused commit or
 * rollback with its code.
 */
import { useEmulator } from '../../helpers/emulator';
import { docIn } from '../../helpers/scratch-collection';

const emu = useEmulator({ txLockWaitMs: 0 });
const CONFLICT =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';
const GONE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';
const conflictAtCall = { errCode: -501001, errMsg: expect.stringContaining(CONFLICT) };
const goneAtCall = { errCode: -501001, errMsg: expect.stringContaining(GONE) };
const gone = { code: 'DATABASE_TRANSACTION_FAIL', message: GONE };

let n = 0;
/** A fresh collection holding `{ _id, n: 0 }` for each of `ids`; `n(id)` reads a document's n outside any transaction. */
async function coll(ids = ['x', 'y']) {
  const name = `ft_${++n}`;
  await emu.db.collection(name).add({ data: ids.map((_id) => ({ _id, n: 0 })) });
  const c = emu.db.collection(name);
  return { name, c, n: async (id: string) => (await c.doc(id).get()).data.n };
}

describe('a write onto a document another open transaction has written', () => {
  test('fails at that write with CloudBase’s conflict and ends that transaction; the first writer commits', async () => {
    const { name, n: valueOf } = await coll();
    const t1 = await emu.db.startTransaction();
    const t2 = await emu.db.startTransaction();
    await docIn(t1, name, 'x').update({ data: { n: 1 } });
    await expect(docIn(t2, name, 'x').update({ data: { n: 2 } })).rejects.toMatchObject(conflictAtCall);
    await expect(docIn(t2, name, 'y').get()).rejects.toMatchObject(goneAtCall);
    await expect(t2.commit()).rejects.toMatchObject(gone);
    await t1.commit();
    expect(await valueOf('x')).toBe(1);
  });

  test('a remove, a set and an insert conflict the same way', async () => {
    const { name } = await coll();
    const t1 = await emu.db.startTransaction();
    await docIn(t1, name, 'x').remove();
    await docIn(t1, name, 'new').set({ data: { n: 1 } });
    for (const write of [
      (t: any) => docIn(t, name, 'x').set({ data: { n: 9 } }),
      (t: any) => docIn(t, name, 'new').set({ data: { n: 3 } }),
      (t: any) => t.collection(name).add({ data: { _id: 'new', n: 2 } }),
    ]) {
      const t2 = await emu.db.startTransaction();
      await expect(write(t2)).rejects.toMatchObject(conflictAtCall);
    }
    await t1.commit();
    expect((await emu.db.collection(name).get()).data).toEqual([
      { _id: 'y', n: 0 },
      { _id: 'new', n: 1 },
    ]);
  });

  test('runTransaction does not retry such a conflict: wx-server-sdk drops its code, the error reaches the caller', async () => {
    const { name, n: valueOf } = await coll();
    const holder = await emu.db.startTransaction();
    await docIn(holder, name, 'x').update({ data: { n: 1 } });
    let calls = 0;
    await expect(
      emu.db.runTransaction(async (t: any) => {
        calls++;
        await docIn(t, name, 'y').update({ data: { n: 5 } });
        await docIn(t, name, 'x').update({ data: { n: 2 } });
      }),
    ).rejects.toMatchObject(conflictAtCall);
    expect(calls).toBe(1);
    await holder.commit();
    expect([await valueOf('x'), await valueOf('y')]).toEqual([1, 0]);
  });
});

describe('reads see the transaction’s snapshot', () => {
  test('documents changed, added or removed outside after the first read are seen as they were, read again or not read before', async () => {
    const { name, c } = await coll(['x', 'y', 'gone']);
    const t = await emu.db.startTransaction();
    expect((await docIn(t, name, 'x').get()).data.n).toBe(0);
    await c.doc('x').update({ data: { n: 1 } });
    await c.doc('y').update({ data: { n: 1 } });
    await c.doc('gone').remove();
    await c.add({ data: { _id: 'late', n: 1 } });
    expect((await docIn(t, name, 'x').get()).data).toEqual({ _id: 'x', n: 0 });
    expect((await docIn(t, name, 'y').get()).data).toEqual({ _id: 'y', n: 0 });
    expect((await docIn(t, name, 'gone').get()).data).toEqual({ _id: 'gone', n: 0 });
    await expect(docIn(t, name, 'late').get()).rejects.toThrow(/does not exist/);
    expect((await t.collection(name).where({ n: 0 }).get()).data.map((d: any) => d._id).sort()).toEqual(['gone', 'x', 'y']);
    expect((await c.where({ n: 1 }).get()).data.map((d: any) => d._id)).toEqual(['x', 'y', 'late']);
    await t.commit();
  });

  test('writing a document changed since the snapshot conflicts at the write', async () => {
    const { name, c, n: valueOf } = await coll();
    const t = await emu.db.startTransaction();
    await docIn(t, name, 'x').get();
    await c.doc('y').update({ data: { n: 7 } });
    await expect(docIn(t, name, 'y').update({ data: { n: emu._.inc(1) } })).rejects.toMatchObject(conflictAtCall);
    expect(await valueOf('y')).toBe(7);
  });

  test('the snapshot is taken at the transaction’s first operation (MongoDB’s rule), not when it is started', async () => {
    const { name, c } = await coll();
    const t = await emu.db.startTransaction();
    await c.doc('x').update({ data: { n: 5 } });
    expect((await docIn(t, name, 'x').get()).data.n).toBe(5);
    await docIn(t, name, 'x').update({ data: { n: 6 } });
    await t.commit();
    expect((await c.doc('x').get()).data.n).toBe(6);
  });

  test('reads are not validated at commit: two transactions writing what the other only read both commit (write skew)', async () => {
    const { name, n: valueOf } = await coll();
    const t1 = await emu.db.startTransaction();
    const t2 = await emu.db.startTransaction();
    const x = (await docIn(t1, name, 'x').get()).data.n;
    const y = (await docIn(t2, name, 'y').get()).data.n;
    await docIn(t1, name, 'y').update({ data: { n: x + 10 } });
    await docIn(t2, name, 'x').update({ data: { n: y + 20 } });
    await t1.commit();
    await t2.commit();
    expect([await valueOf('x'), await valueOf('y')]).toEqual([20, 10]);
  });
});

describe('where() on a transaction’s collection', () => {
  test('where().get() is answered inside the transaction: its snapshot and its own writes', async () => {
    const { name, c } = await coll();
    const t = await emu.db.startTransaction();
    await docIn(t, name, 'x').update({ data: { n: 3 } });
    await t.collection(name).add({ data: { _id: 'z', n: 3 } });
    expect((await t.collection(name).where({ n: 3 }).get()).data).toEqual([
      { _id: 'x', n: 3 },
      { _id: 'z', n: 3 },
    ]);
    expect((await c.where({ n: 3 }).get()).data).toEqual([]);
    await t.rollback();
  });

  test('where().update(), where().remove() and count() run outside it: the SDK sends no transactionId, a rollback keeps them', async () => {
    const { name, c } = await coll(['x', 'y', 'z']);
    const t = await emu.db.startTransaction();
    await docIn(t, name, 'z').update({ data: { n: 9 } });
    expect(
      (
        await t
          .collection(name)
          .where({ _id: 'x' })
          .update({ data: { n: 1 } })
      ).stats.updated,
    ).toBe(1);
    expect((await t.collection(name).where({ _id: 'y' }).remove()).stats.removed).toBe(1);
    expect((await t.collection(name).count()).total).toBe(2);
    await t.rollback();
    expect((await c.get()).data).toEqual([
      { _id: 'x', n: 1 },
      { _id: 'z', n: 0 },
    ]);
  });
});

describe('a finished transaction', () => {
  test('after commit: reads, writes, a second commit and a rollback answer DATABASE_TRANSACTION_FAIL', async () => {
    const { name } = await coll();
    const t = await emu.db.startTransaction();
    await docIn(t, name, 'x').update({ data: { n: 1 } });
    await t.commit();
    await expect(docIn(t, name, 'x').get()).rejects.toMatchObject(goneAtCall);
    await expect(docIn(t, name, 'x').set({ data: { n: 2 } })).rejects.toMatchObject(goneAtCall);
    await expect(t.collection(name).add({ data: { n: 2 } })).rejects.toMatchObject(goneAtCall);
    await expect(t.commit()).rejects.toMatchObject(gone);
    await expect(t.rollback()).rejects.toMatchObject(gone);
  });

  test('after rollback: the same', async () => {
    const { name, n: valueOf } = await coll();
    const t = await emu.db.startTransaction();
    await docIn(t, name, 'x').update({ data: { n: 1 } });
    await t.rollback();
    await expect(docIn(t, name, 'x').update({ data: { n: 2 } })).rejects.toMatchObject(goneAtCall);
    await expect(t.commit()).rejects.toMatchObject(gone);
    await expect(t.rollback()).rejects.toMatchObject(gone);
    expect(await valueOf('x')).toBe(0);
  });
});
