/**
 * Transactions with the fairness wait turned off (txLockWaitMs: 0), as CloudBase runs them: the first to
 * write a document wins, a second writer conflicts at its write.
 * Also expiry and the legacy transaction actions, sent as raw HTTP like @cloudbase/database's transaction.ts.
 */
import { rawRequest, useEmulator } from '../../helpers/emulator';
import { counters, docIn } from '../../helpers/scratch-collection';

const emu = useEmulator({ txLockWaitMs: 0, txTimeoutMs: 300 });
let n = 0;

const counter = counters(emu, 'to');

const raw = (body: Record<string, unknown>) => rawRequest(emu.handle.serviceUrl, body);

test('two transactions read the same document: the first to write it wins, the second’s write conflicts', async () => {
  const { read, x } = await counter(0);
  const t1 = await emu.db.startTransaction();
  const t2 = await emu.db.startTransaction();
  const a = (await x(t1).get()).data.n;
  const b = (await x(t2).get()).data.n;
  await x(t1).update({ data: { n: a + 1 } });
  await expect(x(t2).update({ data: { n: b + 1 } })).rejects.toThrow(/TransactionConflict/);
  await t1.commit();
  expect(await read()).toBe(1);
  expect(emu.handle.txStats().conflict).toBeGreaterThanOrEqual(1);
});

test('two transactions inserting the same _id: the second insert conflicts', async () => {
  const name = `to_${++n}`;
  const t1 = await emu.db.startTransaction();
  const t2 = await emu.db.startTransaction();
  await t1.collection(name).add({ data: { _id: 'same', by: 1 } });
  await expect(t2.collection(name).add({ data: { _id: 'same', by: 2 } })).rejects.toThrow(/TransactionConflict/);
  await t1.commit();
  expect((await docIn(emu.db, name, 'same').get()).data.by).toBe(1);
});

test('an idle transaction expires; using it afterwards fails and its writes never land', async () => {
  const { read, x } = await counter(3);
  const t = await emu.db.startTransaction();
  await x(t).update({ data: { n: 4 } });
  await new Promise((r) => setTimeout(r, 700));
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(await read()).toBe(3);
});

test('legacy actions: getInTransaction, updateDocInTransaction (update and set), deleteDocInTransaction', async () => {
  const { name, read } = await counter(1);
  const { transactionId } = await raw({ action: 'database.startTransaction' });
  expect(typeof transactionId).toBe('string');
  const got = await raw({ action: 'database.getInTransaction', collectionName: name, transactionId, _id: 'x' });
  expect(JSON.parse(got.data)).toEqual({ _id: 'x', n: 1 });
  const upd = await raw({
    action: 'database.updateDocInTransaction',
    collectionName: name,
    transactionId,
    _id: 'x',
    data: JSON.stringify({ $set: { n: 2 } }),
  });
  expect(upd.updated).toBe('1');
  const set = await raw({
    action: 'database.updateDocInTransaction',
    collectionName: name,
    transactionId,
    _id: 'y',
    data: JSON.stringify({ v: 1 }),
    upsert: true,
  });
  expect(set).toMatchObject({ updated: '0', upserted: JSON.stringify([{ _id: 'y' }]) });
  const del = await raw({ action: 'database.deleteDocInTransaction', collectionName: name, transactionId, _id: 'y' });
  expect(del.deleted).toBe('1');
  expect(await read()).toBe(1);
  expect(await raw({ action: 'database.commitTransaction', transactionId })).not.toHaveProperty('code');
  expect(await read()).toBe(2);
  expect((await emu.db.collection(name).count()).total).toBe(1);
});
