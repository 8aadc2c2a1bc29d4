/**
 * Queries where MongoDB 4.0 (CloudBase) and mingo differ: elemMatch over arrays of scalars, and a field()
 * projection naming a field and a path inside it.
 */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
let n = 0;
const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id);

async function seed(docs: Array<Record<string, unknown>>): Promise<any> {
  const name = `fq_${++n}`;
  await emu.db.collection(name).add({ data: docs });
  return emu.db.collection(name);
}

describe('elemMatch', () => {
  const docs = [
    { _id: 'scalars', a: [1, 2, 3] },
    { _id: 'docs', a: [{ value: 1 }, { value: 5 }] },
    { _id: 'other', a: [{ other: 1 }] },
    { _id: 'strings', a: ['x', 'value'] },
    { _id: 'nulls', a: [null] },
    { _id: 'empty', a: [] },
    { _id: 'scalar', a: 1 },
  ];

  test('a query on fields matches only elements that are documents, never scalars', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ a: _.elemMatch({ value: 1 }) }).get())).toEqual(['docs']);
    expect(ids(await c.where({ a: _.elemMatch({ value: _.gt(0) }) }).get())).toEqual(['docs']);
    // a missing field is not 1: documents without `value` match, scalars and null still do not
    expect(ids(await c.where({ a: _.elemMatch({ value: _.neq(1) }) }).get())).toEqual(['docs', 'other']);
    expect(ids(await c.where({ a: _.elemMatch({ value: _.exists(false) }) }).get())).toEqual(['other']);
    expect(ids(await c.where({ a: _.elemMatch({ value: null }) }).get())).toEqual(['other']);
  });

  test('operators alone test each element itself, scalars included', async () => {
    const c = await seed(docs);
    const _ = emu._;
    expect(ids(await c.where({ a: _.elemMatch(_.gte(2)) }).get())).toEqual(['scalars']);
    expect(ids(await c.where({ a: _.elemMatch(_.neq(1)) }).get())).toEqual(['scalars', 'docs', 'other', 'strings', 'nulls']);
    expect(ids(await c.where({ a: _.elemMatch(_.in(['value'])) }).get())).toEqual(['strings']);
  });
});

describe('field() naming a field and a path inside it', () => {
  const doc = { _id: 'p', a: { b: 1, c: 2 }, x: 1 };

  test('the field wins and comes whole, in either order, for where().get and doc().get', async () => {
    const c = await seed([doc]);
    expect((await c.field({ a: true, 'a.b': true }).get()).data).toEqual([{ _id: 'p', a: { b: 1, c: 2 } }]);
    expect((await c.field({ 'a.b': true, a: true }).get()).data).toEqual([{ _id: 'p', a: { b: 1, c: 2 } }]);
    expect((await c.doc('p').field({ a: true, 'a.b': true }).get()).data).toEqual({ _id: 'p', a: { b: 1, c: 2 } });
  });

  test('excluding both drops the whole field', async () => {
    const c = await seed([doc]);
    expect((await c.field({ a: false, 'a.b': false }).get()).data).toEqual([{ _id: 'p', x: 1 }]);
  });

  test('an inner path alone still projects only that path', async () => {
    const c = await seed([doc]);
    expect((await c.field({ 'a.b': true }).get()).data).toEqual([{ _id: 'p', a: { b: 1 } }]);
  });
});
