/** Update semantics through the real wx-server-sdk: set vs update, every update operator, counts and errors. */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
let n = 0;

async function one(doc: Record<string, unknown>): Promise<{ ref: any; read: () => Promise<any> }> {
  const coll = emu.db.collection(`u_${++n}`);
  await coll.add({ data: { _id: 'x', ...doc } });
  const ref = coll.doc('x');
  return { ref, read: async () => (await ref.get()).data };
}

async function after(doc: Record<string, unknown>, data: Record<string, unknown>): Promise<any> {
  const { ref, read } = await one(doc);
  await ref.update({ data });
  return read();
}

describe('doc().set replaces, update merges', () => {
  test('set replaces the whole document and keeps _id; on a missing id it creates the document', async () => {
    const { ref, read } = await one({ a: 1, b: { c: 1 } });
    const res = await ref.set({ data: { z: 9 } });
    expect(res.stats).toEqual({ updated: 1, created: 0 });
    expect(await read()).toEqual({ _id: 'x', z: 9 });
    const created = await emu.db
      .collection(`u_${n}`)
      .doc('new')
      .set({ data: { y: 1 } });
    expect(created.stats).toEqual({ updated: 0, created: 1 });
    expect((await emu.db.collection(`u_${n}`).doc('new').get()).data).toEqual({ _id: 'new', y: 1 });
  });

  test('update merges nested objects field by field (the SDK sends dot paths)', async () => {
    expect(await after({ p: { name: 'n', city: 'a' }, k: 1 }, { p: { city: 'b', zip: '1' } })).toEqual({
      _id: 'x',
      p: { name: 'n', city: 'b', zip: '1' },
      k: 1,
    });
  });

  test('_.set replaces a nested object; arrays and null are set as whole values', async () => {
    const _ = emu._;
    expect(await after({ p: { name: 'n', city: 'a' } }, { p: _.set({ city: 'b' }) })).toEqual({ _id: 'x', p: { city: 'b' } });
    expect(await after({ arr: [1, 2, 3], v: 1 }, { arr: [9], v: null })).toEqual({ _id: 'x', arr: [9], v: null });
  });

  test('an update whose nested objects are all empty changes nothing (the SDK drops them)', async () => {
    const { ref, read } = await one({ p: { a: 1 } });
    const res = await ref.update({ data: { p: {} } });
    expect(res.stats.updated).toBe(0);
    expect(await read()).toEqual({ _id: 'x', p: { a: 1 } });
  });

  test('_.remove() deletes a field, also a nested one', async () => {
    const _ = emu._;
    expect(await after({ a: 1, p: { q: 1, r: 2 } }, { a: _.remove(), 'p.q': _.remove() })).toEqual({ _id: 'x', p: { r: 2 } });
  });

  test('serverDate() is stored as the server time', async () => {
    const before = Date.now();
    const doc = await after({}, { at: emu.db.serverDate() });
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(doc.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe('field operators', () => {
  test('inc and mul, also on missing fields', async () => {
    const _ = emu._;
    expect(await after({ a: 1 }, { a: _.inc(2), b: _.inc(-3), c: _.mul(5), 'd.e': _.inc(1) })).toEqual({
      _id: 'x',
      a: 3,
      b: -3,
      c: 0,
      d: { e: 1 },
    });
    expect(await after({ a: 1.5 }, { a: _.mul(2) })).toEqual({ _id: 'x', a: 3 });
  });

  test('min, max, rename', async () => {
    const _ = emu._;
    expect(await after({ lo: 5, hi: 5 }, { lo: _.min(3), hi: _.min(9), m: _.max(1) })).toEqual({ _id: 'x', lo: 3, hi: 5, m: 1 });
    expect(await after({ lo: 5 }, { lo: _.max(7) })).toEqual({ _id: 'x', lo: 7 });
    expect(await after({ old: 1, keep: 2 }, { old: _.rename('neu') })).toEqual({ _id: 'x', keep: 2, neu: 1 });
  });
});

describe('array operators', () => {
  test('push: one value, a list, each+position, each+slice, each+sort, onto a missing field', async () => {
    const _ = emu._;
    expect((await after({ a: [1] }, { a: _.push(2) })).a).toEqual([1, 2]);
    expect((await after({ a: [1] }, { a: _.push([2, 3]) })).a).toEqual([1, 2, 3]);
    expect((await after({ a: [1, 2] }, { a: _.push({ each: [9], position: 1 }) })).a).toEqual([1, 9, 2]);
    expect((await after({ a: [1, 2, 3] }, { a: _.push({ each: [4], slice: -2 }) })).a).toEqual([3, 4]);
    expect((await after({ a: [3, 1] }, { a: _.push({ each: [2], sort: 1 }) })).a).toEqual([1, 2, 3]);
    expect((await after({}, { a: _.push('x') })).a).toEqual(['x']);
  });

  test('pull by value and by condition, pullAll', async () => {
    const _ = emu._;
    expect((await after({ a: [1, 2, 1, 3] }, { a: _.pull(1) })).a).toEqual([2, 3]);
    expect((await after({ a: [1, 5, 8] }, { a: _.pull(_.gte(5)) })).a).toEqual([1]);
    expect((await after({ a: [{ k: 1, v: 1 }, { k: 2 }] }, { a: _.pull({ k: 1 }) })).a).toEqual([{ k: 2 }]);
    expect((await after({ a: [1, 2, 3, 1] }, { a: _.pullAll([1, 3]) })).a).toEqual([2]);
  });

  test('addToSet, pop, shift, unshift', async () => {
    const _ = emu._;
    expect((await after({ a: [1] }, { a: _.addToSet(1) })).a).toEqual([1]);
    expect((await after({ a: [1] }, { a: _.addToSet(2) })).a).toEqual([1, 2]);
    expect((await after({ a: [1] }, { a: _.addToSet({ $each: [1, 2, 2, 3] }) })).a).toEqual([1, 2, 3]);
    expect((await after({ a: [1, 2, 3] }, { a: _.pop() })).a).toEqual([1, 2]);
    expect((await after({ a: [1, 2, 3] }, { a: _.shift() })).a).toEqual([2, 3]);
    expect((await after({ a: [3] }, { a: _.unshift(1, 2) })).a).toEqual([1, 2, 3]);
  });
});

describe('errors MongoDB raises', () => {
  test('inc on a string, push onto a number, a field inside a scalar — rejected, document unchanged', async () => {
    const _ = emu._;
    const { ref, read } = await one({ s: 'str', num: 1 });
    await expect(ref.update({ data: { s: _.inc(1) } })).rejects.toThrow(/-502001.*non-numeric/);
    await expect(ref.update({ data: { num: _.push(1) } })).rejects.toThrow(/must be an array/);
    await expect(ref.update({ data: { 'num.deep': 1 } })).rejects.toThrow(/Cannot create field 'deep'/);
    expect(await read()).toEqual({ _id: 'x', s: 'str', num: 1 });
  });

  test('the SDK refuses to update _id', async () => {
    const { ref } = await one({});
    await expect(ref.update({ data: { _id: 'y' } })).rejects.toThrow(/_id/);
  });
});

describe('counts: updated is the number of documents changed', () => {
  test('where().update changes every match; multi: false changes one; unchanged values count 0', async () => {
    const name = `u_${++n}`;
    const coll = emu.db.collection(name);
    await coll.add({
      data: [
        { _id: '1', k: 'a', v: 0 },
        { _id: '2', k: 'a', v: 0 },
        { _id: '3', k: 'b', v: 0 },
      ],
    });
    expect((await coll.where({ k: 'a' }).update({ data: { v: 1 } })).stats.updated).toBe(2);
    expect((await coll.where({ k: 'a' }).update({ data: { v: 1 } })).stats.updated).toBe(0);
    expect((await coll.where({ k: 'a' }).update({ data: { v: 2 }, multi: false })).stats.updated).toBe(1);
    expect((await coll.orderBy('_id', 'asc').get()).data.map((d: any) => d.v)).toEqual([2, 1, 0]);
    expect((await coll.doc('nope').update({ data: { v: 1 } })).stats.updated).toBe(0);
    expect((await coll.where({ k: 'zz' }).update({ data: { v: 1 } })).stats.updated).toBe(0);
  });

  test('remove: doc().remove, where().remove, removing nothing', async () => {
    const coll = emu.db.collection(`u_${++n}`);
    await coll.add({
      data: [
        { _id: '1', k: 'a' },
        { _id: '2', k: 'a' },
        { _id: '3', k: 'b' },
      ],
    });
    expect((await coll.doc('3').remove()).stats.removed).toBe(1);
    expect((await coll.doc('3').remove()).stats.removed).toBe(0);
    expect((await coll.where({ k: 'a' }).remove()).stats.removed).toBe(2);
    expect((await coll.count()).total).toBe(0);
  });

  test('updateAndReturn (node-sdk) answers the document after the update', async () => {
    const tcb = require('@cloudbase/node-sdk');
    const app = tcb.init({ env: 'local', serviceUrl: emu.handle.serviceUrl, ...emu.handle.credentials });
    const coll = app.database().collection(`u_${++n}`);
    await coll.add({ _id: 'r', n: 1 });
    const res = await coll.where({ _id: 'r' }).updateAndReturn({ n: app.database().command.inc(4) });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'r', n: 5 });
    const none = await coll.where({ _id: 'missing' }).updateAndReturn({ n: 1 });
    expect(none.updated).toBe(0);
    expect(none.doc).toBeNull();
  });
});
