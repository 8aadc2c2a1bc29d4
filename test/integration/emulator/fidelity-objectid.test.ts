/**
 * ObjectId values (`db.ObjectId({ id })` of @cloudbase/database; wx-server-sdk 4.0.2 reaches it on its inner
 * database, `db._db`): stored as ObjectIds, answered as their hex strings, as CloudBase answers them —
 * add() answers the id, reads answer the fields (the SDK would otherwise turn `{ $oid }` into `{}`).
 */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
const oid = (hex: string) => emu.db._db.ObjectId({ id: hex });
const A = '64b7f0c2a1b2c3d4e5f60718';
const B = '64b7f0c2a1b2c3d4e5f60719';
const C = '64b7f0c2a1b2c3d4e5f6071a';

test('add() with an ObjectId _id answers the id as its hex string, alone or in a batch', async () => {
  const coll = emu.db.collection('fo_add');
  expect(await coll.add({ data: { _id: oid(A), n: 1 } })).toMatchObject({ _id: A });
  const many = await coll.add({ data: [{ _id: oid(B) }, { n: 2 }] });
  expect(many._ids[0]).toBe(B);
  expect(typeof many._ids[1]).toBe('string');
  await expect(coll.add({ data: { _id: oid(A) } })).rejects.toThrow(/E11000/);
});

test('reads answer ObjectId fields as hex strings; queries still compare them as ObjectIds', async () => {
  const coll = emu.db.collection('fo_read');
  await coll.add({ data: { _id: oid(A), ref: oid(B), n: 1 } });
  expect((await coll.where({ _id: oid(A) }).get()).data).toEqual([{ _id: A, ref: B, n: 1 }]);
  expect((await coll.where({ ref: oid(B) }).get()).data).toEqual([{ _id: A, ref: B, n: 1 }]);
  expect((await coll.where({ ref: B }).get()).data).toEqual([]);
  const t = await emu.db.startTransaction();
  expect((await t.collection('fo_read').where({ n: 1 }).get()).data).toEqual([{ _id: A, ref: B, n: 1 }]);
  await t.rollback();
});

test('aggregation answers hex strings too, and $lookup joins ObjectId to ObjectId', async () => {
  await emu.db.collection('fo_users').add({ data: { _id: oid(C), name: 'Ann' } });
  await emu.db.collection('fo_orders').add({ data: { _id: 'o1', user: oid(C) } });
  const { list } = await emu.db
    .collection('fo_orders')
    .aggregate()
    .lookup({ from: 'fo_users', localField: 'user', foreignField: '_id', as: 'users' })
    .end();
  expect(list).toEqual([{ _id: 'o1', user: C, users: [{ _id: C, name: 'Ann' }] }]);
});
