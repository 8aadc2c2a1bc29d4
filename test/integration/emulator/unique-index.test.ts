/**
 * Unique indexes (cloudfunctions/database.json → EmulatorOptions.indexes) through the real wx-server-sdk:
 * every write path refuses a duplicate key with MongoDB's E11000 error and writes nothing of the batch.
 * Restarts, bad data and the default configuration: unique-index-open.test.ts.
 */
import { rawRequest, useEmulator } from '../../helpers/emulator';
import { docIn } from '../../helpers/scratch-collection';
import type { IndexDefinition, IndexDefinitions } from '../../../emulator/types';

const NAMES = Array.from({ length: 30 }, (_, i) => `uq_${i + 1}`);
const perColl: IndexDefinition[] = [
  { name: 'slot_1', keys: { slot: 1 }, unique: true },
  { name: 'status_1', keys: { status: 1 } },
];
const indexes: IndexDefinitions = Object.fromEntries(NAMES.map((c) => [c, perColl]));
indexes.uq_pair = [{ name: 'a_1_p.b_-1', keys: { a: 1, 'p.b': -1 }, unique: true }];

const emu = useEmulator({ indexes });
let n = 0;
const fresh = () => {
  const name = NAMES[n++];
  return { name, coll: emu.db.collection(name) };
};
/** Documents `{ _id, slot, ...extra }`, one per entry of `byId`: what `slots()` reads back. */
const slotDocs = (byId: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  Object.entries(byId).map(([_id, slot]) => ({ _id, slot, ...extra }));
/** A fresh collection holding `slotDocs(byId, extra)`. */
async function withSlots(byId: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { name, coll } = fresh();
  await coll.add({ data: slotDocs(byId, extra) });
  return { name, coll };
}
const dupOf = (coll: string, shown: string) => `E11000 duplicate key error collection: ${coll} index: slot_1 dup key: { slot: ${shown} }`;
const slots = async (coll: any) =>
  Object.fromEntries((await coll.orderBy('_id', 'asc').get()).data.map((d: any) => [d._id, d.slot ?? null]));

const raw = (body: Record<string, unknown>) => rawRequest(emu.handle.serviceUrl, body);

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

test('add of a taken value fails with E11000 (DATABASE_REQUEST_FAILED) naming collection, index and key', async () => {
  const { name, coll } = fresh();
  await coll.add({ data: { _id: 'a', slot: 'u123#0' } });
  const err = await coll.add({ data: { _id: 'b', slot: 'u123#0' } }).catch((e: Error) => e);
  expect(err.message).toContain(dupOf(name, '"u123#0"'));
  expect(err.message).toMatch(/-502001.*\[DuplicateWrite\] E11000 duplicate key/);
  const res = await raw({ action: 'database.insertDocument', collectionName: name, data: [JSON.stringify({ slot: 'u123#0' })] });
  expect(res).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: `[DuplicateWrite] ${dupOf(name, '"u123#0"')}` });
  expect(await slots(coll)).toEqual({ a: 'u123#0' });
});

test('a batch insert is all or nothing: a clash with stored data or inside the batch writes none of it', async () => {
  const { coll } = fresh();
  await coll.add({ data: { _id: 'a', slot: 1 } });
  await expect(coll.add({ data: slotDocs({ b: 2, c: 1 }) })).rejects.toThrow(/E11000/);
  await expect(coll.add({ data: slotDocs({ d: 3, e: 3 }) })).rejects.toThrow(/E11000/);
  expect(await slots(coll)).toEqual({ a: 1 });
  await coll.add({ data: slotDocs({ b: 2, c: 3 }) });
  expect(await slots(coll)).toEqual({ a: 1, b: 2, c: 3 });
});

test('values compare like MongoDB: 1 and 1.0 clash, "1" and 1 do not, dates by time; other indexes are not unique', async () => {
  const { name, coll } = fresh();
  await coll.add({
    data: [
      { slot: 1, status: 'open' },
      { slot: '1', status: 'open' },
      { slot: new Date(5), status: 'open' },
    ],
  });
  await expect(coll.add({ data: { slot: 1.0 } })).rejects.toThrow(dupOf(name, '1'));
  await expect(coll.add({ data: { slot: new Date(5) } })).rejects.toThrow(/E11000/);
  await coll.add({ data: [{ slot: { x: 1 } }, { slot: [1, 2] }, { slot: true }] });
  await expect(coll.add({ data: { slot: { x: 1 } } })).rejects.toThrow(/E11000/);
  await expect(coll.add({ data: { slot: [1, 2] } })).rejects.toThrow(/E11000/);
  expect((await coll.where({ status: 'open' }).count()).total).toBe(3);
});

test('two documents without the field collide (missing counts as null); an explicit null too', async () => {
  const { name, coll } = fresh();
  await coll.add({ data: { _id: 'a', other: 1 } });
  await expect(coll.add({ data: { _id: 'b', other: 2 } })).rejects.toThrow(dupOf(name, 'null'));
  await expect(coll.add({ data: { _id: 'c', slot: null } })).rejects.toThrow(dupOf(name, 'null'));
  await coll.doc('a').update({ data: { slot: 'set' } });
  await coll.add({ data: { _id: 'b', other: 2 } });
  expect(await slots(coll)).toEqual({ a: 'set', b: null });
});

test('a compound index on dotted paths: the tuple must be unique', async () => {
  const coll = emu.db.collection('uq_pair');
  await coll.add({
    data: [
      { _id: '1', a: 1, p: { b: 1 } },
      { _id: '2', a: 1, p: { b: 2 } },
      { _id: '3', a: 2, p: { b: 1 } },
    ],
  });
  await expect(coll.add({ data: { a: 1, p: { b: 2, c: 0 } } })).rejects.toThrow(
    'E11000 duplicate key error collection: uq_pair index: a_1_p.b_-1 dup key: { a: 1, p.b: 2 }',
  );
  await expect(coll.doc('3').update({ data: { a: 1 } })).rejects.toThrow(/E11000/);
  await coll.doc('3').update({ data: { a: 1, 'p.b': 3 } });
  expect((await coll.doc('3').get()).data).toEqual({ _id: '3', a: 1, p: { b: 3 } });
});

test('update onto a taken value is refused and changes nothing; keeping or moving to a free value works', async () => {
  const { name, coll } = await withSlots({ a: 'x', b: 'y' }, { n: 0 });
  await expect(coll.doc('b').update({ data: { slot: 'x', n: 1 } })).rejects.toThrow(dupOf(name, '"x"'));
  await expect(coll.where({ _id: 'b' }).update({ data: { slot: 'x' } })).rejects.toThrow(/E11000/);
  expect((await coll.doc('b').get()).data).toEqual({ _id: 'b', slot: 'y', n: 0 });
  expect((await coll.doc('a').update({ data: { slot: 'x', n: 5 } })).stats.updated).toBe(1);
  expect((await coll.doc('b').update({ data: { slot: 'z' } })).stats.updated).toBe(1);
  expect(await slots(coll)).toEqual({ a: 'x', b: 'z' });
});

test('a value given up can be taken by another document, also after remove', async () => {
  const { coll, name } = await withSlots({ a: 's', b: 'b', c: 'r' });
  await expect(coll.doc('b').update({ data: { slot: 's' } })).rejects.toThrow(/E11000/);
  await coll.doc('a').update({ data: { slot: 'a' } });
  await coll.doc('b').update({ data: { slot: 's' } });
  await expect(coll.add({ data: { _id: 'd', slot: 'r' } })).rejects.toThrow(/E11000/);
  await coll.doc('c').remove();
  await coll.add({ data: { _id: 'd', slot: 'r' } });
  await coll.doc('b').update({ data: { slot: emu._.remove() } });
  expect(await slots(coll)).toEqual({ a: 'a', b: null, d: 'r' });
  emu.handle.store.clear(name);
  await coll.add({ data: { _id: 'e', slot: 's' } });
  expect(await slots(coll)).toEqual({ e: 's' });
});

test('a multi update is all or nothing, and checked document by document in order like MongoDB', async () => {
  const { name, coll } = fresh();
  await coll.add({
    data: [
      { _id: 'a', g: 1, slot: 1 },
      { _id: 'b', g: 1, slot: 2 },
      { _id: 'c', g: 2, slot: 9 },
    ],
  });
  await expect(coll.where({ g: 1 }).update({ data: { slot: 9 } })).rejects.toThrow(dupOf(name, '9'));
  await expect(coll.where({ g: 1 }).update({ data: { slot: 7 } })).rejects.toThrow(dupOf(name, '7'));
  // in natural order a (1 → 2) meets b still holding 2, as in MongoDB's updateMany
  await expect(coll.where({ g: 1 }).update({ data: { slot: emu._.inc(1) } })).rejects.toThrow(dupOf(name, '2'));
  expect(await slots(coll)).toEqual({ a: 1, b: 2, c: 9 });
  await coll.doc('a').update({ data: { slot: 3 } });
  // a (3 → 4) first, then b (2 → 3) takes the value a just gave up
  expect((await coll.where({ g: 1 }).update({ data: { slot: emu._.inc(1) } })).stats.updated).toBe(2);
  expect(await slots(coll)).toEqual({ a: 4, b: 3, c: 9 });
});

test('set (replace and upsert), updateAndReturn and an operator upsert are checked', async () => {
  const { name, coll } = await withSlots({ a: 'x', b: 'y' });
  await expect(coll.doc('b').set({ data: { slot: 'x' } })).rejects.toThrow(dupOf(name, '"x"'));
  await expect(coll.doc('b').set({ data: { other: 1 } })).resolves.toBeTruthy();
  await expect(coll.doc('c').set({ data: { other: 2 } })).rejects.toThrow(dupOf(name, 'null'));
  await expect(coll.doc('c').set({ data: { slot: 'x' } })).rejects.toThrow(/E11000/);
  await coll.doc('c').set({ data: { slot: 'y' } });
  const upsert = await raw({
    action: 'database.modifyDocument',
    collectionName: name,
    query: JSON.stringify({ _id: 'd' }),
    data: JSON.stringify({ $set: { slot: 'x' } }),
    multi: false,
    merge: true,
    upsert: true,
  });
  expect(upsert).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: `[DuplicateWrite] ${dupOf(name, '"x"')}` });
  const tcb = require('@cloudbase/node-sdk');
  const app = tcb.init({ env: 'local', serviceUrl: emu.handle.serviceUrl, ...emu.handle.credentials });
  await expect(app.database().collection(name).where({ _id: 'c' }).updateAndReturn({ slot: 'x' })).rejects.toThrow(/E11000/);
  expect(await slots(coll)).toEqual({ a: 'x', b: null, c: 'y' });
});

test('the store API (seed, tests) is checked too', async () => {
  const { name, coll } = fresh();
  const store = emu.handle.store;
  store.insert(name, [{ _id: 'a', slot: 1 }]);
  expect(() => store.insert(name, slotDocs({ b: 2, c: 1 }))).toThrow(dupOf(name, '1'));
  expect(() => store.put(name, { _id: 'z', slot: 1 })).toThrow(/E11000/);
  store.put(name, { _id: 'a', slot: 1, v: 2 });
  expect(await slots(coll)).toEqual({ a: 1 });
});

test('a transactional write onto a taken value fails with E11000 and aborts the transaction', async () => {
  const { name, coll } = await withSlots({ a: 'x', b: 'y' }, { n: 0 });
  const t = await emu.db.startTransaction();
  await docIn(t, name, 'a').update({ data: { n: 1 } });
  await expect(t.collection(name).add({ data: { _id: 'c', slot: 'y' } })).rejects.toThrow(/E11000 duplicate key/);
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  await expect(
    emu.db.runTransaction(async (tx: any) => {
      await docIn(tx, name, 'a').update({ data: { n: 2 } });
      await docIn(tx, name, 'a').update({ data: { slot: 'y' } });
    }),
  ).rejects.toThrow(dupOf(name, '"y"'));
  expect((await coll.get()).data).toEqual([
    { _id: 'a', slot: 'x', n: 0 },
    { _id: 'b', slot: 'y', n: 0 },
  ]);
});

test('a transaction sees its own writes and only its final state is committed (swap through a free value)', async () => {
  const { name, coll } = await withSlots({ a: 'x', b: 'y' });
  await emu.db.runTransaction(async (t: any) => {
    await docIn(t, name, 'a').update({ data: { slot: 'tmp' } });
    await docIn(t, name, 'b').update({ data: { slot: 'x' } });
    await docIn(t, name, 'a').update({ data: { slot: 'y' } });
  });
  expect(await slots(coll)).toEqual({ a: 'y', b: 'x' });
  await expect(coll.add({ data: { slot: 'tmp' } })).resolves.toBeTruthy();
});

test('a value taken by someone else while the transaction was open: the commit fails and writes nothing', async () => {
  const { name, coll } = await withSlots({ a: 'x', k: 'k' }, { n: 0 });
  const t = await emu.db.startTransaction();
  await docIn(t, name, 'k').update({ data: { n: 1 } });
  await docIn(t, name, 'a').update({ data: { slot: 'q' } });
  await coll.add({ data: { _id: 'other', slot: 'q' } });
  await expect(t.commit()).rejects.toThrow(dupOf(name, '"q"'));
  expect(await slots(coll)).toEqual({ a: 'x', k: 'k', other: 'q' });
  expect((await coll.doc('k').get()).data.n).toBe(0);
});

test('50 concurrent conditional updates onto one value from 50 documents: exactly one succeeds', async () => {
  const { name, coll } = fresh();
  const ids = Array.from({ length: 50 }, (_, i) => `w${i}`);
  await coll.add({ data: ids.map((_id) => ({ _id, status: 'open', slot: _id })) });
  const settled = await Promise.allSettled(
    ids.map((_id) => coll.where({ _id, status: 'open' }).update({ data: { slot: 'x', status: 'claimed' } })),
  );
  const won = settled.filter((s) => s.status === 'fulfilled');
  expect(won).toHaveLength(1);
  expect((won[0] as PromiseFulfilledResult<any>).value.stats.updated).toBe(1);
  for (const s of settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
    expect(String(s.reason.message)).toContain(dupOf(name, '"x"'));
  }
  expect((await coll.where({ slot: 'x' }).count()).total).toBe(1);
  expect((await coll.where({ status: 'claimed' }).count()).total).toBe(1);
});
