/** Queries through the real wx-server-sdk against the emulator, asserting MongoDB's answers. */
import { rawRequest, useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
let n = 0;
const fresh = () => `q_${++n}`;
const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id);

async function seed(docs: Array<Record<string, unknown>>): Promise<any> {
  const name = fresh();
  await emu.db.collection(name).add({ data: docs });
  return emu.db.collection(name);
}

describe('comparison and missing fields', () => {
  const docs = [
    { _id: 'a', n: 1, tags: ['x', 'y'], s: 'b' },
    { _id: 'b', n: 2, tags: [], s: 'a' },
    { _id: 'c', n: null, tags: ['y'] },
    { _id: 'd', s: '3' },
    { _id: 'e', n: '5', tags: 'x' },
  ];

  test('an equality on an array field matches any element, or a scalar', async () => {
    const c = await seed(docs);
    expect(ids(await c.where({ tags: 'x' }).get())).toEqual(['a', 'e']);
    expect(ids(await c.where({ tags: ['y'] }).get())).toEqual(['c']);
  });

  test('null matches null and missing; exists tells them apart', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ n: null }).get())).toEqual(['c', 'd']);
    expect(ids(await c.where({ n: _.exists(false) }).get())).toEqual(['d']);
    expect(ids(await c.where({ n: _.exists(true) }).get())).toEqual(['a', 'b', 'c', 'e']);
  });

  test('neq matches missing fields and excludes arrays containing the value', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ n: _.neq(1) }).get())).toEqual(['b', 'c', 'd', 'e']);
    expect(ids(await c.where({ tags: _.neq('x') }).get())).toEqual(['b', 'c', 'd']);
  });

  test('in with an empty list matches nothing; nin with an empty list matches everything', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ n: _.in([]) }).get())).toEqual([]);
    expect(ids(await c.where({ n: _.nin([]) }).get())).toHaveLength(5);
    expect(ids(await c.where({ n: _.in([2, null]) }).get())).toEqual(['b', 'c', 'd']);
    expect(ids(await c.where({ tags: _.nin(['y']) }).get())).toEqual(['b', 'd', 'e']);
  });

  test('range operators only compare values of the same type', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ n: _.gt(0) }).get())).toEqual(['a', 'b']);
    expect(ids(await c.where({ n: _.lte(1) }).get())).toEqual(['a']);
    expect(ids(await c.where({ s: _.gte('a') }).get())).toEqual(['a', 'b']);
    expect(ids(await c.where({ s: _.lt('a') }).get())).toEqual(['d']);
    expect(ids(await c.where({ n: _.gt(1).and(_.lt(3)) }).get())).toEqual(['b']);
  });

  test('dates compare as dates', async () => {
    const c = await seed([
      { _id: 'old', at: new Date('2020-01-01T00:00:00Z') },
      { _id: 'new', at: new Date('2024-01-01T00:00:00Z') },
    ]);
    const res = await c.where({ at: emu._.lt(new Date('2022-01-01T00:00:00Z')) }).get();
    expect(ids(res)).toEqual(['old']);
    expect(res.data[0].at).toBeInstanceOf(Date);
    expect(res.data[0].at.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('logic and element operators', () => {
  const docs = [
    {
      _id: 'a',
      n: 1,
      k: 'x',
      arr: [1, 2, 3],
      items: [
        { sku: 'p', qty: 1 },
        { sku: 'q', qty: 5 },
      ],
    },
    { _id: 'b', n: 4, k: 'y', arr: [2], items: [{ sku: 'p', qty: 5 }] },
    { _id: 'c', n: null, k: 'x', arr: [] },
    { _id: 'd', n: 7 },
  ];

  test('or / and / nor / not', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where(_.or([{ n: 1 }, { k: 'y' }])).get())).toEqual(['a', 'b']);
    expect(ids(await c.where(_.and([{ k: 'x' }, { n: _.exists(true) }])).get())).toEqual(['a', 'c']);
    expect(ids(await c.where(_.nor([{ k: 'x' }, { n: 7 }])).get())).toEqual(['b']);
    expect(ids(await c.where({ n: _.not(_.gt(2)) }).get())).toEqual(['a', 'c']);
    expect(ids(await c.where({ n: _.lt(2).or(_.gt(5)) }).get())).toEqual(['a', 'd']);
  });

  test('size, mod (numbers only), all, elemMatch', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ arr: _.size(0) }).get())).toEqual(['c']);
    expect(ids(await c.where({ n: _.mod(3, 1) }).get())).toEqual(['a', 'b', 'd']);
    expect(ids(await c.where({ n: _.mod(2, 0) }).get())).toEqual(['b']);
    expect(ids(await c.where({ arr: _.all([1, 2]) }).get())).toEqual(['a']);
    expect(ids(await c.where({ items: _.elemMatch({ sku: 'p', qty: _.gt(2) }) }).get())).toEqual(['b']);
  });

  test('dot paths reach into objects and arrays of objects; nested where objects match field by field', async () => {
    const c = await seed([
      { _id: 'a', profile: { city: 'sz', age: 30 }, items: [{ sku: 'p' }, { sku: 'q' }] },
      { _id: 'b', profile: { city: 'gz' }, items: [{ sku: 'q' }] },
    ]);
    expect(ids(await c.where({ 'profile.city': 'sz' }).get())).toEqual(['a']);
    expect(ids(await c.where({ profile: { city: 'sz' } }).get())).toEqual(['a']);
    expect(ids(await c.where({ 'items.sku': 'q' }).get())).toEqual(['a', 'b']);
    expect(ids(await c.where({ 'items.0.sku': 'q' }).get())).toEqual(['b']);
  });

  test('regular expressions: JS RegExp and db.RegExp', async () => {
    const c = await seed([{ _id: 'a', name: 'Alice' }, { _id: 'b', name: 'bob' }, { _id: 'c' }]);
    expect(ids(await c.where({ name: /^a/i }).get())).toEqual(['a']);
    expect(ids(await c.where({ name: emu.db.RegExp({ regexp: 'O', options: 'i' }) }).get())).toEqual(['b']);
  });
});

describe('order, paging, projection, count', () => {
  test('orderBy: ties keep insertion order in both directions; null and missing sort first ascending', async () => {
    const c = await seed([
      { _id: '1', g: 2, h: 1 },
      { _id: '2', g: 1, h: 1 },
      { _id: '3', g: 2, h: 0 },
      { _id: '4' },
      { _id: '5', g: 1, h: 1 },
      { _id: '6', g: null },
    ]);
    expect(ids(await c.orderBy('g', 'asc').get())).toEqual(['4', '6', '2', '5', '1', '3']);
    expect(ids(await c.orderBy('g', 'desc').get())).toEqual(['1', '3', '2', '5', '4', '6']);
    expect(ids(await c.orderBy('g', 'desc').orderBy('h', 'asc').get())).toEqual(['3', '1', '2', '5', '4', '6']);
  });

  test('skip and limit; skip past the end answers an empty list', async () => {
    const c = await seed(Array.from({ length: 10 }, (_, i) => ({ _id: `d${i}`, i })));
    expect(ids(await c.orderBy('i', 'asc').skip(3).limit(2).get())).toEqual(['d3', 'd4']);
    expect(ids(await c.skip(10).get())).toEqual([]);
    expect(ids(await c.skip(50).limit(5).get())).toEqual([]);
  });

  test('default limit is 100; the server caps any limit at 1000', async () => {
    const name = fresh();
    emu.handle.store.insert(
      name,
      Array.from({ length: 1200 }, (_, i) => ({ i })),
    );
    const c = emu.db.collection(name);
    expect((await c.get()).data).toHaveLength(100);
    expect((await c.limit(1000).get()).data).toHaveLength(1000);
    const raw = await rawRequest(emu.handle.serviceUrl, {
      action: 'database.getDocument',
      collectionName: name,
      queryType: 'WHERE',
      limit: 5000,
    });
    expect(raw.data.list).toHaveLength(1000);
  });

  test('field(): inclusion keeps _id, exclusion drops fields, nested paths and slice work', async () => {
    const c = await seed([{ _id: 'a', x: 1, y: 2, o: { p: 1, q: 2 }, arr: [1, 2, 3] }]);
    expect((await c.field({ x: true }).get()).data).toEqual([{ _id: 'a', x: 1 }]);
    expect((await c.field({ y: false, o: false, arr: false }).get()).data).toEqual([{ _id: 'a', x: 1 }]);
    expect((await c.field({ 'o.q': true, _id: false }).get()).data).toEqual([{ o: { q: 2 } }]);
    expect((await c.field({ arr: emu._.project.slice(2) }).get()).data[0].arr).toEqual([1, 2]);
    expect((await c.doc('a').field({ x: true }).get()).data).toEqual({ _id: 'a', x: 1 });
    expect((await c.doc('a').get()).data).toEqual({ _id: 'a', x: 1, y: 2, o: { p: 1, q: 2 }, arr: [1, 2, 3] });
  });

  test('count with and without a condition', async () => {
    const c = await seed([{ k: 1 }, { k: 2 }, { k: 2 }]);
    expect((await c.count()).total).toBe(3);
    expect((await c.where({ k: 2 }).count()).total).toBe(2);
    expect((await c.where({ k: 9 }).count()).total).toBe(0);
  });

  test('doc().get of a missing document rejects; a collection never created answers DATABASE_COLLECTION_NOT_EXIST', async () => {
    const c = await seed([{ _id: 'a' }]);
    await expect(c.doc('zz').get()).rejects.toThrow('document with _id zz does not exist');
    await expect(emu.db.collection('never_written').get()).rejects.toMatchObject({ errCode: -502005 });
    await expect(emu.db.collection('never_written').count()).rejects.toMatchObject({ errCode: -502005 });
  });
});
