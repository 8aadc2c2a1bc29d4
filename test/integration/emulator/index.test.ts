/**
 * Equality indexes (built on demand for collections of 256+ documents) answer exactly what a full scan
 * answers, in the same natural order, also after updates and removes change indexed values.
 */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
const NAME = 'idx_big';
const STATUSES = ['open', 'closed', 'draft'];

function docFor(i: number) {
  return {
    _id: `d${String(i).padStart(5, '0')}`,
    status: STATUSES[i % 3],
    n: i % 50,
    flag: i % 2 === 0,
    tags: [`t${i % 7}`, `t${(i + 1) % 7}`],
    owner: { id: `u${i % 40}` },
    items: [{ sku: `s${i % 11}` }],
  };
}

beforeAll(() => {
  emu.handle.store.insert(
    NAME,
    Array.from({ length: 3000 }, (_, i) => docFor(i)),
  );
});

async function viaSdk(where: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (let skip = 0; ; skip += 1000) {
    const { data } = await emu.db.collection(NAME).where(where).skip(skip).limit(1000).field({ _id: true }).get();
    out.push(...data.map((d: any) => d._id));
    if (data.length < 1000) return out;
  }
}

const viaScan = (filter: Record<string, unknown>) => emu.handle.store.find(NAME, filter).map((d) => d._id as string);

async function same(where: Record<string, unknown>, filter: Record<string, unknown>, expectSome = true): Promise<void> {
  const got = await viaSdk(where);
  expect(got).toEqual(viaScan(filter));
  if (expectSome) expect(got.length).toBeGreaterThan(0);
}

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

test('indexed equality, $in, arrays, dot paths, booleans and numbers match a full scan', async () => {
  const { _ } = emu;
  await same({ status: 'open' }, { status: 'open' });
  await same({ n: 7 }, { n: 7 });
  await same({ flag: false }, { flag: false });
  await same({ tags: 't3' }, { tags: 't3' });
  await same({ 'owner.id': 'u5' }, { 'owner.id': 'u5' });
  await same({ 'items.sku': 's4' }, { 'items.sku': 's4' });
  await same({ status: _.in(['open', 'draft']), n: _.lt(3) }, { status: { $in: ['open', 'draft'] }, n: { $lt: 3 } });
  await same({ _id: _.in(['d00010', 'd02999', 'nope']) }, { _id: { $in: ['d00010', 'd02999', 'nope'] } });
  await same({ status: 'nope' }, { status: 'nope' }, false);
  await same({ n: '7' }, { n: '7' }, false);
});

test('after updates and removes the indexes still agree with a full scan', async () => {
  const { _ } = emu;
  const coll = emu.db.collection(NAME);
  await same({ status: 'open' }, { status: 'open' });
  await coll.where({ status: 'open', n: _.lt(10) }).update({ data: { status: 'archived', tags: _.push('moved') } });
  await coll.where({ status: 'draft', n: 3 }).remove();
  await coll.doc('d00001').set({ data: { status: 'open', n: 7, tags: ['t3'] } });
  await coll.add({ data: { _id: 'late', status: 'open', n: 7, tags: ['moved'] } });
  await same({ status: 'open' }, { status: 'open' });
  await same({ status: 'archived' }, { status: 'archived' });
  await same({ status: 'draft' }, { status: 'draft' });
  await same({ n: 7 }, { n: 7 });
  await same({ tags: 'moved' }, { tags: 'moved' });
  await same({ tags: 't3' }, { tags: 't3' });
  expect((await viaSdk({ n: 7, status: 'open' })).slice(-1)).toEqual(['late']);
});
