import { compileFilter, sortDocs, type SortSpec } from '../../../emulator/database/mongo';
import { AppError } from '@/server/errors';
import {
  decodeCursor,
  encodeCursor,
  FLAGGED_THEN_OLDEST,
  keysetAfter,
  keysetPage,
  keysetWhere,
  offsetFrom,
  orderBy,
  windowPage,
  type Cmd,
  type Order,
} from '@/server/shared/paging';

/** db.command as the database receives it: plain MongoDB operators. */
const cmd: Cmd = {
  lt: (v) => ({ $lt: v }),
  gt: (v) => ({ $gt: v }),
  and: (c) => ({ $and: c }),
  or: (c) => ({ $or: c }),
};

const NEWEST = orderBy('createdAt', 'desc');
const REVIEW = FLAGGED_THEN_OLDEST;
const BY_NAME = orderBy('name', 'asc', 'string');
const SEQ: Order = [['seq', 'desc', 'number']];
/** The cursor a first page of one item answers, when `rows` (limit + 1 of them) were read. */
const cursorAfter = (order: Order, rows: object[]) => keysetPage(order, rows, 1).next!;

/** The VALIDATION_FAILED a caller sees for a cursor the server did not make. */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('no refusal');
}

describe('cursors', () => {
  it('are base64url and round-trip their values', () => {
    const c = encodeCursor('t', [1733000000000, 'w_1-x', true]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, 't', ['number', 'string', 'boolean'])).toEqual([1733000000000, 'w_1-x', true]);
  });

  const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
  it.each([
    ['not base64 JSON', 'abc'],
    ['JSON but no array', b64({ t: 't' })],
    ['another tag', encodeCursor('u', [1, 'a'])],
    ['too few values', encodeCursor('t', [1])],
    ['too many values', encodeCursor('t', [1, 'a', 2])],
    ['a value of the wrong type', encodeCursor('t', ['1', 'a'])],
    ['an object (an operator smuggled in)', b64(['t', { $gt: 0 }, 'a'])],
    ['a number that is not finite', b64('["t",1e999,"a"]')],
    ['a very long string', encodeCursor('t', [1, 'x'.repeat(201)])],
  ])('refuse %s with VALIDATION_FAILED on the cursor field', (_what, cursor) => {
    const err = refusal(() => decodeCursor(cursor, 't', ['number', 'string']));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual({ cursor: '翻页标记无效' });
    expect(err.message).toMatch(/翻页标记无效/);
  });
});

describe('keyset', () => {
  it('builds "createdAt < c OR (createdAt = c AND _id < id)" for newest first', () => {
    const next = cursorAfter(NEWEST, [
      { _id: 'b', createdAt: 9 },
      { _id: 'a', createdAt: 7 },
    ]);
    expect(keysetAfter(NEWEST, next, cmd)).toEqual({ $or: [{ createdAt: { $lt: 9 } }, { createdAt: 9, _id: { $lt: 'b' } }] });
    expect(keysetWhere({ userId: 'u' }, NEWEST, next, cmd)).toEqual({
      $and: [{ userId: 'u' }, { $or: [{ createdAt: { $lt: 9 } }, { createdAt: 9, _id: { $lt: 'b' } }] }],
    });
  });

  it('uses > for ascending keys and one comparison for a single key', () => {
    const next = cursorAfter(SEQ, [{ seq: 5 }, { seq: 4 }]);
    expect(keysetAfter(SEQ, next, cmd)).toEqual({ seq: { $lt: 5 } });
    const byName = cursorAfter(BY_NAME, [
      { _id: 'n1', name: '东门' },
      { _id: 'n2', name: '南塘' },
    ]);
    expect(keysetAfter(BY_NAME, byName, cmd)).toEqual({ $or: [{ name: { $gt: '东门' } }, { name: '东门', _id: { $gt: 'n1' } }] });
  });

  it('leaves the first page to the list filter alone', () => {
    expect(keysetAfter(NEWEST, undefined, cmd)).toBeUndefined();
    expect(keysetWhere({ userId: 'u' }, NEWEST, undefined, cmd)).toEqual({ userId: 'u' });
  });

  it('answers next only when the read found more than the limit', () => {
    expect(keysetPage(NEWEST, [{ _id: 'a', createdAt: 1 }], 1)).toEqual({ items: [{ _id: 'a', createdAt: 1 }], next: null });
    expect(keysetPage(NEWEST, [], 5)).toEqual({ items: [], next: null });
    const two = keysetPage(
      NEWEST,
      [
        { _id: 'b', createdAt: 2 },
        { _id: 'a', createdAt: 1 },
      ],
      1,
    );
    expect(two.items).toEqual([{ _id: 'b', createdAt: 2 }]);
    expect(two.next).toEqual(expect.any(String));
  });

  it('refuses a cursor another order made (its tag differs)', () => {
    const fromNewest = cursorAfter(NEWEST, [
      { _id: 'b', createdAt: 2 },
      { _id: 'a', createdAt: 1 },
    ]);
    expect(
      refusal(() =>
        keysetAfter(
          [
            ['openedAt', 'desc', 'number'],
            ['_id', 'desc', 'string'],
          ],
          fromNewest,
          cmd,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(refusal(() => keysetAfter(REVIEW, fromNewest, cmd)).code).toBe('VALIDATION_FAILED');
  });

  it('throws (a bug, not a refusal) when a listed document lacks a sort key', () => {
    expect(() => keysetPage(NEWEST, [{ _id: 'b' }, { _id: 'a', createdAt: 1 }], 1)).toThrow(/createdAt/);
  });

  // Pages read through the emulator's own query and sort engine: every document exactly once, in order,
  // however many share a sort value, for every shape of order the lists use.
  const docs = Array.from({ length: 57 }, (_, i) => ({
    _id: `d${String((i * 37) % 57).padStart(2, '0')}`,
    createdAt: 1000 + (i % 5),
    flagged: i % 3 === 0,
    name: ['东门', '南塘', '龙溪', 'Alpha'][i % 4],
    seq: 100 + i,
    userId: i % 2 ? 'u1' : 'u2',
  }));
  const spec = (order: Order): SortSpec => order.map(([f, d]) => [f, d === 'desc' ? -1 : 1]);

  it.each([
    ['newest first', NEWEST],
    ['flagged, then oldest', REVIEW],
    ['by name', BY_NAME],
    ['by sequence', SEQ],
  ])('walks %s in pages of 1, 4 and 20 without a gap or a repeat', (_name, order) => {
    const where = { userId: 'u1' };
    const expected = sortDocs(docs.filter(compileFilter(where)), spec(order)).map((d) => String(d._id));
    for (const limit of [1, 4, 20]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 100; guard++) {
        const filter = keysetWhere(where, order, cursor, cmd) as Record<string, unknown>;
        const found = sortDocs(docs.filter(compileFilter(filter)), spec(order)).slice(0, limit + 1);
        const page = keysetPage(order, found, limit);
        seen.push(...page.items.map((d) => String(d._id)));
        if (!page.next) break;
        cursor = page.next;
      }
      expect(seen).toEqual(expected);
    }
  });
});

describe('offset in a window', () => {
  const all = ['a', 'b', 'c', 'd', 'e'];

  it('pages through the window and ends with null', () => {
    const first = windowPage(all, offsetFrom(undefined, 'w'), 2, 'w');
    expect(first.items).toEqual(['a', 'b']);
    const second = windowPage(all, offsetFrom(first.next!, 'w'), 2, 'w');
    expect(second.items).toEqual(['c', 'd']);
    const last = windowPage(all, offsetFrom(second.next!, 'w'), 2, 'w');
    expect(last).toEqual({ items: ['e'], next: null });
    expect(windowPage(all, 5, 2, 'w')).toEqual({ items: [], next: null });
  });

  it.each([
    ['a negative position', encodeCursor('w', [-1])],
    ['a fraction', encodeCursor('w', [1.5])],
    ['a position past any window', encodeCursor('w', [10_001])],
    ['another tag', encodeCursor('v', [1])],
    ['a keyset cursor', encodeCursor('w', ['a'])],
  ])('refuses %s', (_what, cursor) => {
    expect(refusal(() => offsetFrom(cursor, 'w')).code).toBe('VALIDATION_FAILED');
  });
});
