/** Aggregation pipelines through the real wx-server-sdk: every stage the project relies on. */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
const ORDERS = 'agg_orders';
const USERS = 'agg_users';

beforeAll(async () => {
  await emu.db.collection(ORDERS).add({
    data: [
      { _id: 'o1', user: 'u1', status: 'paid', amount: 10, tags: ['a', 'b'] },
      { _id: 'o2', user: 'u2', status: 'paid', amount: 30, tags: ['b'] },
      { _id: 'o3', user: 'u1', status: 'open', amount: 5, tags: [] },
      { _id: 'o4', user: 'u3', status: 'paid', amount: 20, tags: ['a'] },
      { _id: 'o5', user: 'u1', status: 'paid', amount: 10 },
    ],
  });
  await emu.db.collection(USERS).add({
    data: [
      { _id: 'u1', name: 'Ann' },
      { _id: 'u2', name: 'Bo' },
    ],
  });
});

const agg = () => emu.db.collection(ORDERS).aggregate();

test('match (with commands) + group with every accumulator + sort', async () => {
  const { $, _ } = emu;
  const { list } = await agg()
    .match({ status: 'paid', amount: _.gte(10) })
    .group({
      _id: '$user',
      total: $.sum('$amount'),
      count: $.sum(1),
      avg: $.avg('$amount'),
      min: $.min('$amount'),
      max: $.max('$amount'),
      first: $.first('$_id'),
      last: $.last('$_id'),
      ids: $.push('$_id'),
      amounts: $.addToSet('$amount'),
    })
    .sort({ total: -1 })
    .end();
  expect(list).toEqual([
    { _id: 'u2', total: 30, count: 1, avg: 30, min: 30, max: 30, first: 'o2', last: 'o2', ids: ['o2'], amounts: [30] },
    { _id: 'u1', total: 20, count: 2, avg: 10, min: 10, max: 10, first: 'o1', last: 'o5', ids: ['o1', 'o5'], amounts: [10] },
    { _id: 'u3', total: 20, count: 1, avg: 20, min: 20, max: 20, first: 'o4', last: 'o4', ids: ['o4'], amounts: [20] },
  ]);
});

test('project, addFields, skip, limit', async () => {
  const { $ } = emu;
  const { list } = await agg()
    .sort({ amount: 1, _id: 1 })
    .project({ _id: 1, amount: 1 })
    .addFields({ double: $.multiply(['$amount', 2]) })
    .skip(1)
    .limit(2)
    .end();
  expect(list).toEqual([
    { _id: 'o1', amount: 10, double: 20 },
    { _id: 'o5', amount: 10, double: 20 },
  ]);
});

test('count and unwind', async () => {
  expect((await agg().match({ status: 'paid' }).count('n').end()).list).toEqual([{ n: 4 }]);
  const { list } = await agg()
    .unwind('$tags')
    .group({ _id: '$tags', n: emu.$.sum(1) })
    .sort({ _id: 1 })
    .end();
  expect(list).toEqual([
    { _id: 'a', n: 2 },
    { _id: 'b', n: 2 },
  ]);
  const kept = await agg().unwind({ path: '$tags', preserveNullAndEmptyArrays: true }).count('n').end();
  expect(kept.list).toEqual([{ n: 6 }]);
});

test('lookup joins another collection, also with a pipeline', async () => {
  const { list } = await agg()
    .match({ _id: emu._.in(['o2', 'o4']) })
    .lookup({ from: USERS, localField: 'user', foreignField: '_id', as: 'who' })
    .project({ _id: 1, who: 1 })
    .end();
  expect(list).toEqual([
    { _id: 'o2', who: [{ _id: 'u2', name: 'Bo' }] },
    { _id: 'o4', who: [] },
  ]);
  const { $, _ } = emu;
  const piped = await emu.db
    .collection(USERS)
    .aggregate()
    .lookup({
      from: ORDERS,
      let: { uid: '$_id' },
      pipeline: $.pipeline()
        .match(_.expr($.and([$.eq(['$user', '$$uid']), $.eq(['$status', 'paid'])])))
        .project({ _id: 1 })
        .done(),
      as: 'paid',
    })
    .end();
  expect(piped.list).toEqual([
    { _id: 'u1', name: 'Ann', paid: [{ _id: 'o1' }, { _id: 'o5' }] },
    { _id: 'u2', name: 'Bo', paid: [{ _id: 'o2' }] },
  ]);
});

test('sample picks distinct documents; sortByCount and replaceRoot', async () => {
  for (let i = 0; i < 10; i++) {
    const { list } = await agg().sample({ size: 5 }).end();
    expect(new Set(list.map((d: any) => d._id))).toEqual(new Set(['o1', 'o2', 'o3', 'o4', 'o5']));
  }
  expect((await agg().sample({ size: 2 }).end()).list).toHaveLength(2);
  expect((await agg().sortByCount('$status').end()).list).toEqual([
    { _id: 'paid', count: 4 },
    { _id: 'open', count: 1 },
  ]);
  const roots = await agg()
    .match({ _id: 'o1' })
    .replaceRoot({ newRoot: { u: '$user' } })
    .end();
  expect(roots.list).toEqual([{ u: 'u1' }]);
});

test('a pipeline never changes stored documents; an invalid stage is refused', async () => {
  await agg().addFields({ amount: 0, extra: 1 }).end();
  expect((await emu.db.collection(ORDERS).doc('o1').get()).data).toEqual({
    _id: 'o1',
    user: 'u1',
    status: 'paid',
    amount: 10,
    tags: ['a', 'b'],
  });
  await expect(
    agg()
      .group({ total: emu.$.sum('$amount') })
      .end(),
  ).rejects.toThrow(/aggregate:fail .*_id/);
  await expect(agg().project({ a: 1, b: 0 }).end()).rejects.toThrow(/aggregate:fail/);
});
