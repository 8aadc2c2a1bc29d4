/**
 * The donation zone through the real SDK: a resident registers goods (pending), staff of the station
 * confirm or decline, staff hand over at most what remains (also 20 at once), households are masked to all
 * but staff in scope, and who may do what.
 */
import { COLLECTIONS } from '@/contracts/collections';
import type { DonationView, HandoverView } from '@/contracts/donation';
import type { Page } from '@/contracts/paging';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { seedUsers, staffAt } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';

jest.setTimeout(120_000);
const cloud = useLocalCloud();

let staff: Caller; // 南塘村站
let institute: Caller; // 城关镇所
let dongmen: Caller; // 东门社区站 (same 所, another station)
let far: Caller; // 龙溪镇所
let donor: Caller;
let other: Caller;

beforeAll(async () => {
  await staffAt('dn-staff', 'n-nantang');
  await staffAt('dn-institute', 'n-chengguan');
  await staffAt('dn-dongmen', 'n-dongmen');
  await staffAt('dn-far', 'n-longxi');
  await seedUsers([
    { openid: 'dn-donor', roles: [], realName: '王大妈' },
    { openid: 'dn-other', roles: [], realName: '路人' },
  ]);
  [staff, institute, dongmen, far, donor, other] = await Promise.all(
    ['dn-staff', 'dn-institute', 'dn-dongmen', 'dn-far', 'dn-donor', 'dn-other'].map((o) => cloud.as(o)),
  );
});

const gift = (over: object = {}) => ({
  stationId: 'n-nantang',
  item: '大米',
  qty: 10,
  unit: '袋',
  donorKind: 'resident',
  donorName: '王大妈',
  donorPhone: '13812345678',
  ...over,
});
const stored = async (id: string) => (await rowsOf(COLLECTIONS.donations, { _id: id }))[0];
const handed = (donationId: string) => rowsOf(COLLECTIONS.donationHandovers, { donationId });
const received = async (qty: number) =>
  staff.ok<DonationView>('market', 'registerDonation', gift({ qty, donorKind: 'unit', donorName: '县供电公司' }));

describe('registering and confirming', () => {
  it('a resident registers a donation: pending, phone masked, no actions for them; staff confirm it once', async () => {
    const d = await donor.ok<DonationView>('market', 'registerDonation', gift());
    expect(d).toMatchObject({ state: 'pending', qty: 10, remaining: 10, handedOver: 0, donorPhone: '138****5678', actions: [] });
    expect(await stored(d.id)).toMatchObject({
      state: 'pending',
      donorPhone: '13812345678',
      registeredBy: userIdOf('dn-donor'),
      byStaff: false,
    });
    const list = await staff.ok<Page<DonationView>>('market', 'stationDonations', { nodeId: 'n-nantang', state: 'pending' });
    expect(list.items.find((x) => x.id === d.id)).toMatchObject({ actions: ['confirm'], donorPhone: '138****5678' });
    expect(await donor.call('market', 'confirmDonation', { donationId: d.id, accept: true })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await dongmen.call('market', 'confirmDonation', { donationId: d.id, accept: true })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await donor.call('market', 'recordHandover', { donationId: d.id, qty: 1, recipientName: '张三' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await staff.call('market', 'recordHandover', { donationId: d.id, qty: 1, recipientName: '张三' })).toMatchObject({
      ok: false,
      code: 'DONATION_NOT_RECEIVED',
    });
    const ok = await staff.ok<DonationView>('market', 'confirmDonation', { donationId: d.id, accept: true });
    expect(ok).toMatchObject({ state: 'received', receivedAt: expect.any(Number), actions: ['handover'] });
    expect(await institute.call('market', 'confirmDonation', { donationId: d.id, accept: false })).toMatchObject({
      ok: false,
      code: 'DONATION_NOT_PENDING',
    });
    const mine = await donor.ok<Page<DonationView>>('market', 'myDonations', {});
    expect(mine.items.map((x) => [x.id, x.state])).toEqual([[d.id, 'received']]);
  });

  it('staff decline with a note; staff register at their station received at once; refusals change nothing', async () => {
    const d = await donor.ok<DonationView>('market', 'registerDonation', gift({ item: '旧衣服' }));
    expect(await staff.ok('market', 'confirmDonation', { donationId: d.id, accept: false, note: '不收旧衣物' })).toMatchObject({
      state: 'declined',
      declinedNote: '不收旧衣物',
      actions: [],
    });
    expect(await received(5)).toMatchObject({ state: 'received', remaining: 5, donorPhone: '138****5678' });
    expect(await staff.call('market', 'registerDonation', gift({ stationId: 'n-chengguan' }))).toMatchObject({
      ok: false,
      code: 'DONATION_STATION_NOT_FOUND',
    });
    expect(await staff.call('market', 'registerDonation', gift({ qty: 0 }))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await staff.call('market', 'confirmDonation', { donationId: 'd-none', accept: true })).toMatchObject({
      ok: false,
      code: 'DONATION_NOT_FOUND',
    });
    expect(await donor.call('market', 'stationDonations', { nodeId: 'n-nantang' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await far.call('market', 'stationDonations', { nodeId: 'n-nantang' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await institute.ok<Page<DonationView>>('market', 'stationDonations', { nodeId: 'n-chengguan' })).items.length).toBeGreaterThan(
      0,
    );
  });
});

describe('handovers', () => {
  it('take from what remains; more than remains is refused and changes nothing', async () => {
    const d = await received(5);
    const r = await staff.ok<{ donation: DonationView; handover: HandoverView }>('market', 'recordHandover', {
      donationId: d.id,
      qty: 3,
      recipientName: '张三丰',
      recipientPhone: '13900001111',
    });
    expect(r.donation).toMatchObject({ remaining: 2, handedOver: 3 });
    expect(r.handover).toMatchObject({ qty: 3, recipientName: '张三丰', recipientPhone: '13900001111', masked: false });
    expect(await staff.call('market', 'recordHandover', { donationId: d.id, qty: 3, recipientName: '李四' })).toMatchObject({
      ok: false,
      code: 'DONATION_NOT_ENOUGH',
    });
    expect(await stored(d.id)).toMatchObject({ remaining: 2, handedOver: 3 });
    expect(await handed(d.id)).toHaveLength(1);
    expect(
      await staff.call('market', 'recordHandover', { donationId: d.id, qty: 1, recipientName: '李四', handedAt: Date.now() + 3_600_000 }),
    ).toMatchObject({ ok: false, code: 'DONATION_HANDED_IN_FUTURE' });
    expect(await dongmen.call('market', 'recordHandover', { donationId: d.id, qty: 1, recipientName: '李四' })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    await staff.ok('market', 'recordHandover', { donationId: d.id, qty: 2, recipientName: '李四' });
    expect(await stored(d.id)).toMatchObject({ remaining: 0, handedOver: 5 });
    expect(
      (await staff.ok<Page<DonationView>>('market', 'stationDonations', { nodeId: 'n-nantang' })).items.find((x) => x.id === d.id)?.actions,
    ).toEqual([]);
  });

  it('20 staff handing out at once never exceed the donation: 15 of 20 get one each from 15', async () => {
    const d = await received(15);
    const openids = Array.from({ length: 20 }, (_, i) => `dn-rush-${i}`);
    for (const o of openids) await staffAt(o, 'n-nantang');
    const callers = await Promise.all(openids.map((o) => cloud.as(o)));
    const answers = await Promise.all(
      callers.map((c, i) => c.call('market', 'recordHandover', { donationId: d.id, qty: 1, recipientName: `受助户${i}` })),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(15);
    expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code))).toEqual(Array(5).fill('DONATION_NOT_ENOUGH'));
    expect(await stored(d.id)).toMatchObject({ remaining: 0, handedOver: 15 });
    expect(await handed(d.id)).toHaveLength(15);
  }, 120_000);

  it('20 at once of 3 each from 10: exactly 3 win and 1 remains', async () => {
    const d = await received(10);
    const callers = await Promise.all(Array.from({ length: 20 }, (_, i) => cloud.as(`dn-rush-${i}`)));
    const answers = await Promise.all(
      callers.map((c) => c.call('market', 'recordHandover', { donationId: d.id, qty: 3, recipientName: '赵五' })),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(await stored(d.id)).toMatchObject({ remaining: 1, handedOver: 9 });
    expect((await handed(d.id)).reduce((s, h) => s + (h.qty as number), 0)).toBe(9);
  }, 120_000);

  it('households are masked to everyone but staff in scope: the donor sees 张**, staff of the 所 see them in full', async () => {
    const d = await donor.ok<DonationView>('market', 'registerDonation', gift({ item: '食用油', unit: '桶', qty: 4 }));
    await staff.ok('market', 'confirmDonation', { donationId: d.id, accept: true });
    await staff.ok('market', 'recordHandover', { donationId: d.id, qty: 2, recipientName: '张桂兰', recipientPhone: '13700002222' });
    const seen = await donor.ok<Page<HandoverView>>('market', 'handovers', { donationId: d.id });
    expect(seen.items).toEqual([expect.objectContaining({ recipientName: '张**', recipientPhone: '137****2222', masked: true, qty: 2 })]);
    expect(JSON.stringify(seen)).not.toContain('张桂兰');
    expect(JSON.stringify(seen)).not.toContain('13700002222');
    const full = await institute.ok<Page<HandoverView>>('market', 'handovers', { donationId: d.id });
    expect(full.items[0]).toMatchObject({ recipientName: '张桂兰', recipientPhone: '13700002222', masked: false });
    expect(await other.call('market', 'handovers', { donationId: d.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await dongmen.call('market', 'handovers', { donationId: d.id })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    // The donation's own phone is masked even to staff (the donor's contact is on the stored record only).
    expect(JSON.stringify(await staff.ok('market', 'stationDonations', { nodeId: 'n-nantang' }))).not.toContain('13812345678');
  });
});
