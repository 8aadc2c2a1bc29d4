/**
 * A collection that was never created answers DATABASE_COLLECTION_NOT_EXIST, as CloudBase does: wx-server-sdk
 * maps the code to errCode -502005 and keeps CloudBase's message. The emulator still creates a collection
 * on a first insert (CloudBase refuses that too; the emulator stays lenient there).
 */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
const NOT_EXIST = { errCode: -502005, errMsg: expect.stringContaining('[ResourceNotFound] Db or Table not exist') };
let n = 0;
const never = () => `never_${++n}`;

test('reads of a never-created collection: get, where().get, doc().get, count', async () => {
  const { db, _ } = emu;
  await expect(db.collection(never()).get()).rejects.toMatchObject(NOT_EXIST);
  await expect(
    db
      .collection(never())
      .where({ n: _.gt(1) })
      .get(),
  ).rejects.toMatchObject(NOT_EXIST);
  await expect(db.collection(never()).doc('x').get()).rejects.toMatchObject(NOT_EXIST);
  await expect(db.collection(never()).where({ n: 1 }).count()).rejects.toMatchObject(NOT_EXIST);
  await expect(db.collection(never()).count()).rejects.toMatchObject(NOT_EXIST);
});

test('updates and removes of a never-created collection, and doc().set, create nothing', async () => {
  const { db, _ } = emu;
  const name = never();
  await expect(
    db
      .collection(name)
      .where({ n: 1 })
      .update({ data: { n: _.inc(1) } }),
  ).rejects.toMatchObject(NOT_EXIST);
  await expect(
    db
      .collection(name)
      .doc('x')
      .update({ data: { n: 1 } }),
  ).rejects.toMatchObject(NOT_EXIST);
  await expect(
    db
      .collection(name)
      .doc('x')
      .set({ data: { n: 1 } }),
  ).rejects.toMatchObject(NOT_EXIST);
  await expect(db.collection(name).where({ n: 1 }).remove()).rejects.toMatchObject(NOT_EXIST);
  await expect(db.collection(name).doc('x').remove()).rejects.toMatchObject(NOT_EXIST);
  expect(emu.handle.store.collections()).not.toContain(name);
});

test('aggregates over a never-created collection; a $lookup from one reads it as empty', async () => {
  const { db } = emu;
  // aggregate().end() passes node-sdk's error on with its code (errCode -1)
  await expect(db.collection(never()).aggregate().match({}).end()).rejects.toMatchObject({
    code: 'DATABASE_COLLECTION_NOT_EXIST',
    errMsg: expect.stringContaining('[ResourceNotFound] Db or Table not exist'),
  });
  const from = never();
  await db.collection('fc_orders').add({ data: { _id: 'o1', user: 'u1' } });
  const { list } = await db
    .collection('fc_orders')
    .aggregate()
    .lookup({ from, localField: 'user', foreignField: '_id', as: 'users' })
    .end();
  expect(list).toEqual([{ _id: 'o1', user: 'u1', users: [] }]);
});

test('inside a transaction too: a read or write of a never-created collection', async () => {
  const { db } = emu;
  const t = await db.startTransaction();
  await expect(t.collection(never()).doc('x').get()).rejects.toMatchObject(NOT_EXIST);
  await t.rollback();
  const t2 = await db.startTransaction();
  await expect(
    t2
      .collection(never())
      .doc('x')
      .update({ data: { n: 1 } }),
  ).rejects.toMatchObject(NOT_EXIST);
  await t2.rollback();
});

test('once created (createCollection) it reads as empty, and a second createCollection is refused', async () => {
  const { db } = emu;
  const name = never();
  await db.createCollection(name);
  expect((await db.collection(name).get()).data).toEqual([]);
  expect((await db.collection(name).count()).total).toBe(0);
  expect(
    (
      await db
        .collection(name)
        .where({ n: 1 })
        .update({ data: { n: 2 } })
    ).stats.updated,
  ).toBe(0);
  await expect(db.createCollection(name)).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
});

test('an insert still creates its collection (emulator leniency), in a transaction from its commit on', async () => {
  const { db } = emu;
  const name = never();
  await db.collection(name).add({ data: { _id: 'a', n: 1 } });
  expect((await db.collection(name).get()).data).toEqual([{ _id: 'a', n: 1 }]);
  const inTx = never();
  const t = await db.startTransaction();
  await t.collection(inTx).add({ data: { _id: 'b' } });
  expect((await t.collection(inTx).doc('b').get()).data).toEqual({ _id: 'b' });
  await expect(db.collection(inTx).get()).rejects.toMatchObject(NOT_EXIST);
  await t.commit();
  expect((await db.collection(inTx).get()).data).toEqual([{ _id: 'b' }]);
});

test('emptying a collection keeps it; dropping every collection (store.clear()) makes reads fail again', async () => {
  const { db } = emu;
  const name = never();
  await db.collection(name).add({ data: { _id: 'a' } });
  emu.handle.store.clear(name);
  expect((await db.collection(name).get()).data).toEqual([]);
  emu.handle.store.clear();
  await expect(db.collection(name).get()).rejects.toMatchObject(NOT_EXIST);
});
