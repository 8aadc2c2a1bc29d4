/** Inserts, ids, value types and collections through the real wx-server-sdk. */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
let n = 0;
const fresh = () => emu.db.collection(`i_${++n}`);

test('add answers a generated 32-hex _id; a given _id (string or number) is kept', async () => {
  const coll = fresh();
  const { _id } = await coll.add({ data: { a: 1 } });
  expect(_id).toMatch(/^[0-9a-f]{32}$/);
  expect((await coll.add({ data: { _id: 'mine' } }))._id).toBe('mine');
  expect((await coll.add({ data: { _id: 7, v: 'num' } }))._id).toBe(7);
  expect((await coll.doc(7).get()).data).toEqual({ _id: 7, v: 'num' });
  await expect(coll.doc('7').get()).rejects.toThrow(/does not exist/);
});

test('add of a list answers every id in order', async () => {
  const coll = fresh();
  const res = await coll.add({ data: [{ _id: 'a' }, { k: 1 }, { _id: 'c' }] });
  expect(res._ids).toHaveLength(3);
  expect(res._ids[0]).toBe('a');
  expect(res._ids[2]).toBe('c');
  expect((await coll.get()).data.map((d: any) => d._id)).toEqual(res._ids);
});

test('a duplicate _id fails with E11000 and writes nothing of the batch', async () => {
  const coll = fresh();
  await coll.add({ data: { _id: 'dup', v: 1 } });
  await expect(coll.add({ data: { _id: 'dup', v: 2 } })).rejects.toThrow(/-502001.*E11000 duplicate key/);
  await expect(coll.add({ data: [{ _id: 'new1' }, { _id: 'dup' }] })).rejects.toThrow(/E11000/);
  await expect(coll.add({ data: [{ _id: 'twice' }, { _id: 'twice' }] })).rejects.toThrow(/E11000/);
  expect((await coll.get()).data).toEqual([{ _id: 'dup', v: 1 }]);
});

test('value types survive the round trip: numbers, strings, booleans, null, dates, nested, geo points', async () => {
  const coll = fresh();
  const at = new Date('2024-05-06T07:08:09.123Z');
  const data = {
    int: 42,
    neg: -7,
    dbl: 3.25,
    big: 2 ** 40,
    str: '文明实践',
    t: true,
    f: false,
    nil: null,
    at,
    nested: { arr: [1, 'two', { three: 3 }], empty: {}, none: [] },
    where: emu.db.Geo.Point(113.3, 23.1),
  };
  const { _id } = await coll.add({ data });
  const got = (await coll.doc(_id).get()).data;
  expect(got.at).toBeInstanceOf(Date);
  expect(got.at.getTime()).toBe(at.getTime());
  expect(got.where.longitude).toBe(113.3);
  expect(got.where.latitude).toBe(23.1);
  const { at: _a, where: _w, ...rest } = got;
  const { at: _b, where: _x, ...expected } = data;
  expect(rest).toEqual({ _id, ...expected });
});

test('collections are created on first write; createCollection on an existing one fails', async () => {
  const name = `i_${++n}`;
  await emu.db.createCollection(name);
  expect(emu.handle.store.collections()).toContain(name);
  await expect(emu.db.createCollection(name)).rejects.toThrow(/already exists/);
  const other = `i_${++n}`;
  expect(emu.handle.store.collections()).not.toContain(other);
  await emu.db.collection(other).add({ data: { a: 1 } });
  expect(emu.handle.store.collections()).toContain(other);
});

test('the store API seeds and inspects what the SDK sees', async () => {
  const name = `i_${++n}`;
  const store = emu.handle.store;
  expect(
    store.insert(name, [
      { _id: 's1', k: 1 },
      { _id: 's2', k: 2 },
    ]),
  ).toEqual(['s1', 's2']);
  expect(() => store.insert(name, { _id: 's1' })).toThrow(/duplicate/);
  expect((await emu.db.collection(name).doc('s2').get()).data).toEqual({ _id: 's2', k: 2 });
  await emu.db
    .collection(name)
    .doc('s1')
    .update({ data: { k: 10 } });
  expect(store.get(name, 's1')).toEqual({ _id: 's1', k: 10 });
  expect(store.find(name, { k: { $gt: 5 } })).toEqual([{ _id: 's1', k: 10 }]);
  expect(store.count(name)).toBe(2);
  store.put(name, { _id: 's3', k: 3 });
  expect(store.remove(name, 's2')).toBe(true);
  expect(store.remove(name, 's2')).toBe(false);
  expect((await emu.db.collection(name).get()).data.map((d: any) => d._id)).toEqual(['s1', 's3']);
  store.clear(name);
  expect((await emu.db.collection(name).count()).total).toBe(0);
  expect(store.collections()).toContain(name);
});
