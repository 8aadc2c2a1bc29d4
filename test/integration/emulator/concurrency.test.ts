/** Many parallel SDK calls on one resource: conditional updates and inserts stay exact. */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

test('a conditional update under 200 concurrent calls: exactly `cap` calls report updated 1', async () => {
  const { _ } = emu;
  const coll = emu.db.collection('conc_slots');
  await coll.add({ data: { _id: 'event', taken: 0 } });
  const cap = 10;
  const results = await Promise.all(
    Array.from({ length: 200 }, () => coll.where({ _id: 'event', taken: _.lt(cap) }).update({ data: { taken: _.inc(1) } })),
  );
  const won = results.filter((r: any) => r.stats.updated === 1).length;
  expect(won).toBe(cap);
  expect(results.every((r: any) => r.stats.updated === 0 || r.stats.updated === 1)).toBe(true);
  expect((await coll.doc('event').get()).data.taken).toBe(cap);
});

test('50 concurrent inserts of one _id: exactly one succeeds, the rest fail with E11000', async () => {
  const coll = emu.db.collection('conc_ids');
  const settled = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => coll.add({ data: { _id: 'only', i } })));
  expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
  const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  expect(failures).toHaveLength(49);
  for (const f of failures) expect(String(f.reason.message)).toMatch(/E11000/);
  expect((await coll.count()).total).toBe(1);
});

test('200 concurrent increments of one document all land', async () => {
  const coll = emu.db.collection('conc_inc');
  await coll.add({ data: { _id: 'c', n: 0 } });
  await Promise.all(Array.from({ length: 200 }, () => coll.doc('c').update({ data: { n: emu._.inc(1) } })));
  expect((await coll.doc('c').get()).data.n).toBe(200);
});
