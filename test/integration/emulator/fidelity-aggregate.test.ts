/**
 * Aggregation answers where MongoDB (CloudBase) and mingo differ: $count of nothing, $substr/$substrBytes
 * to the end of the string, $indexOfBytes/$indexOfCP, and $week.
 */
import { useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
const TEXTS = 'fa_texts';
const DAYS = 'fa_days';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));

beforeAll(async () => {
  await emu.db.collection(TEXTS).add({
    data: [
      { _id: 'en', s: 'hello world', n: 1 },
      { _id: 'zh', s: '中文字符串', n: 2 },
      { _id: 'none', n: 3 },
    ],
  });
  await emu.db.collection(DAYS).add({
    data: [
      { _id: '2023-01-01', d: day(2023, 1, 1) }, // a Sunday: week 1 begins
      { _id: '2023-01-07', d: day(2023, 1, 7) },
      { _id: '2023-01-08', d: day(2023, 1, 8) },
      { _id: '2024-01-01', d: day(2024, 1, 1) }, // a Monday: before the first Sunday, week 0
      { _id: '2024-01-06', d: day(2024, 1, 6) },
      { _id: '2024-01-07', d: day(2024, 1, 7) },
      { _id: '2024-12-31', d: day(2024, 12, 31) },
      { _id: '2017-01-01', d: day(2017, 1, 1) },
      { _id: '2022-01-01', d: day(2022, 1, 1) }, // a Saturday
    ],
  });
});

const project = async (coll: string, fields: Record<string, unknown>) =>
  (
    await emu.db
      .collection(coll)
      .aggregate()
      .project({ _id: 1, ...fields })
      .end()
  ).list;

test('count after a match that matches nothing answers no document at all', async () => {
  const { _ } = emu;
  /** What `match(query).count('total')` over TEXTS answers. */
  const countOf = async (query: Record<string, unknown>) =>
    (await emu.db.collection(TEXTS).aggregate().match(query).count('total').end()).list;
  expect(await countOf({ n: _.gt(99) })).toEqual([]);
  expect(await countOf({ n: _.gt(1) })).toEqual([{ total: 2 }]);
  await emu.db.createCollection('fa_empty');
  expect((await emu.db.collection('fa_empty').aggregate().count('n').end()).list).toEqual([]);
});

test('$substr and $substrBytes with length -1 run to the end of the string (bytes, UTF-8)', async () => {
  const { $ } = emu;
  expect(await project(TEXTS, { a: $.substr(['$s', 6, -1]), b: $.substrBytes(['$s', 6, -1]), c: $.substrBytes(['$s', 3, 6]) })).toEqual([
    { _id: 'en', a: 'world', b: 'world', c: 'lo wor' },
    { _id: 'zh', a: '字符串', b: '字符串', c: '文字' },
    { _id: 'none', a: '', b: '', c: '' },
  ]);
  expect(
    await project(TEXTS, { a: $.substrBytes(['$s', 99, 2]), b: $.substrBytes(['$s', -1, 2]), c: $.substrBytes(['$s', 0, 0]) }),
  ).toEqual([
    { _id: 'en', a: '', b: '', c: '' },
    { _id: 'zh', a: '', b: '', c: '' },
    { _id: 'none', a: '', b: '', c: '' },
  ]);
});

test('$substrBytes refuses a range that cuts a UTF-8 character', async () => {
  const { $, _ } = emu;
  const agg = emu.db.collection(TEXTS).aggregate().match({ _id: 'zh' });
  await expect(agg.project({ a: $.substrBytes(['$s', 1, 3]) }).end()).rejects.toThrow(/continuation byte/);
  await expect(
    emu.db
      .collection(TEXTS)
      .aggregate()
      .match({ _id: _.eq('zh') })
      .project({ a: $.substrBytes(['$s', 0, 4]) })
      .end(),
  ).rejects.toThrow(/middle of a UTF-8 character/);
});

test('$indexOfCP counts code points, $indexOfBytes counts bytes; start and end bound the search', async () => {
  const { $ } = emu;
  expect(
    await project(TEXTS, {
      cp: $.indexOfCP(['$s', '字']),
      bytes: $.indexOfBytes(['$s', '字']),
      o: $.indexOfCP(['$s', 'o']),
      from5: $.indexOfCP(['$s', 'o', 5]),
      upTo7: $.indexOfCP(['$s', 'o', 5, 7]),
      upTo8: $.indexOfCP(['$s', 'o', 5, 8]),
      empty: $.indexOfCP(['$s', '']),
      past: $.indexOfCP(['$s', '', 20]),
    }),
  ).toEqual([
    { _id: 'en', cp: -1, bytes: -1, o: 4, from5: 7, upTo7: -1, upTo8: 7, empty: 0, past: -1 },
    { _id: 'zh', cp: 2, bytes: 6, o: -1, from5: -1, upTo7: -1, upTo8: -1, empty: 0, past: -1 },
    { _id: 'none', cp: null, bytes: null, o: null, from5: null, upTo7: null, upTo8: null, empty: null, past: null },
  ]);
});

test('$week: weeks start on Sunday; the days before the first Sunday of the year are week 0', async () => {
  const { $ } = emu;
  const weeks = Object.fromEntries((await project(DAYS, { w: $.week('$d') })).map((r: any) => [r._id, r.w]));
  expect(weeks).toEqual({
    '2023-01-01': 1,
    '2023-01-07': 1,
    '2023-01-08': 2,
    '2024-01-01': 0,
    '2024-01-06': 0,
    '2024-01-07': 1,
    '2024-12-31': 52,
    '2017-01-01': 1,
    '2022-01-01': 0,
  });
});

test('$week of a missing date is null', async () => {
  const { $ } = emu;
  expect(await project(TEXTS, { w: $.week('$d') })).toEqual([
    { _id: 'en', w: null },
    { _id: 'zh', w: null },
    { _id: 'none', w: null },
  ]);
});
