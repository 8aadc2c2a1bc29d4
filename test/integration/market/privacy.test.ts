/**
 * The privacy scan: a supported household's category (脱贫户 低保户 五保户 残疾人 特困) is for staff in scope
 * only, and a producer's phone and any address for nobody who buys. Every market answer a buyer can get —
 * lists, details, refusals — is scanned as JSON.
 */
import { SUPPORT_CATEGORIES } from '@/contracts/market';
import { NODES } from '../../../emulator/seed/county';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { listing, onSale, producer, staffAt } from './fixtures';

jest.setTimeout(180_000);
const cloud = useLocalCloud();
const PHONE = '13977778888';
const answers: { who: string; what: string; json: string }[] = [];
const listingIds: string[] = [];
let producerId = '';

beforeAll(async () => {
  await staffAt('pv-staff', 'n-chengguan');
  const staff = await cloud.as('pv-staff');
  // One supported producer of every category, each with a listing on sale, and one waiting for review.
  for (const [i, category] of SUPPORT_CATEGORIES.entries()) {
    const p = await cloud.as(`pv-producer-${i}`);
    await p.ok('user', 'login');
    const reg = await p.ok('market', 'registerProducer', { name: '赵大娘', phone: PHONE, village: '南塘村', stationId: 'n-nantang' });
    await staff.ok('market', 'reviewProducer', { id: reg.id, approve: true });
    await staff.ok('market', 'markSupported', { id: reg.id, category });
    listingIds.push((await onSale(cloud, p, staff, { name: `帮扶农产品${i}`, originVillage: '南塘村' })).id);
    if (i === 0) {
      producerId = reg.id;
      listingIds.push((await listing(cloud, p, { name: '待审核的商品' })).id);
    }
  }
  // The staff view does carry the category: the scan below must be able to find one.
  const staffView = JSON.stringify(await staff.ok('market', 'producers', { nodeId: 'n-nantang', limit: 100 }));
  expect(SUPPORT_CATEGORIES.every((c) => staffView.includes(c))).toBe(true);
  expect(staffView).toContain(PHONE);

  const other = (await producer(cloud, staff, 'pv-other-producer', 'n-dongmen', '钱二')).caller;
  const buyers: [string, Caller][] = [
    ['demo-resident', await cloud.as('demo-resident')],
    ['demo-volunteer', await cloud.as('demo-volunteer')],
    ['a new user', await cloud.as('pv-newcomer')],
    ['another producer', other],
  ];
  for (const [who, c] of buyers) {
    const ask = async (action: string, data: Record<string, unknown> = {}) =>
      answers.push({ who, what: `${action} ${JSON.stringify(data)}`, json: JSON.stringify(await c.call('market', action, data)) });
    for (const nodeId of [undefined, 'n-nantang', 'n-chengguan', 'n-center']) {
      for (const filter of [{}, { supported: true }, { category: '粮油' }, { q: '帮扶' }, { sort: 'priceDesc' }])
        await ask('browse', { ...(nodeId ? { nodeId } : {}), ...filter, limit: 100 });
    }
    for (const id of listingIds) await ask('detail', { id });
    await ask('myListings');
    await ask('myListings', { producerId });
    await ask('myProducer');
    await ask('producers', { nodeId: 'n-nantang' });
    await ask('reviewQueue');
    await ask('markSupported', { id: producerId, category: '特困' });
    await ask('reviewProducer', { id: producerId, approve: true });
  }
});

test('buyers got answers to scan (lists with the supported listings in them, details, refusals)', () => {
  expect(answers.length).toBeGreaterThan(100);
  const withBadge = answers.filter((a) => a.what.startsWith('browse') && a.json.includes('"supported":true'));
  expect(withBadge.length).toBeGreaterThan(10);
  expect(answers.filter((a) => a.what.startsWith('detail') && a.json.includes('"ok":true')).length).toBe(4 * SUPPORT_CATEGORIES.length);
  expect(answers.some((a) => a.json.includes('"ok":false'))).toBe(true);
});

test('no answer to a buyer holds a support category', () => {
  const leaks = answers.filter((a) => SUPPORT_CATEGORIES.some((c) => a.json.includes(c)));
  expect(leaks.map((a) => `${a.who}: ${a.what}`)).toEqual([]);
});

test('no answer to a buyer holds a phone number', () => {
  // Any 11-digit mobile number standing alone (times are 13 digits), or a masked one — except a producer's
  // own number in their own registration (myProducer), which is theirs to read.
  const own = (a: (typeof answers)[number]) => a.what.startsWith('myProducer') && a.who === 'another producer';
  const leaks = answers.filter(
    (a) => a.json.includes(PHONE) || (!own(a) && (/(?<!\d)1[3-9]\d{9}(?!\d)/.test(a.json) || /1[3-9]\d\*{4}\d{4}/.test(a.json))),
  );
  expect(leaks.map((a) => `${a.who}: ${a.what}`)).toEqual([]);
});

test('no answer to a buyer holds an address', () => {
  const addresses = NODES.map((n) => n.address);
  const leaks = answers.filter((a) => addresses.some((addr) => a.json.includes(addr)) || /"address"/.test(a.json));
  expect(leaks.map((a) => `${a.who}: ${a.what}`)).toEqual([]);
});
