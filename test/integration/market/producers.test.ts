/**
 * Producers through the real SDK: registration at a station and its review, staff registering a villager
 * without a phone, the support mark and who may read its category, the staff list of producers.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { useCaller } from '../../helpers/people';
import { inboxOf, listing, producer, rowsOf, staffAt, storedListing, storedProducer } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
const staff = useCaller(cloud, 'demo-staff'); // 城关镇所
const admin = useCaller(cloud, 'demo-admin');
const far = useCaller(cloud, 'pr-far', () => staffAt('pr-far', 'n-longxi')); // 龙溪镇所

const villager = async (openid: string) => {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  return c;
};
const registration = (over: Record<string, unknown> = {}) => ({
  name: '周大勇',
  phone: '13912345670',
  village: '南塘村',
  stationId: 'n-nantang',
  ...over,
});

describe('market.registerProducer and reviewProducer', () => {
  it('a villager registers at a station and waits; the station approves and they become a producer there', async () => {
    const v = await villager('pr-1');
    const registered = await v.ok('market', 'registerProducer', registration());
    expect(registered).toMatchObject({
      status: 'pending',
      name: '周大勇',
      phone: '13912345670',
      stationId: 'n-nantang',
      supported: false,
      proxy: false,
      actions: [],
    });
    expect(await v.ok('market', 'myProducer')).toMatchObject({ id: registered.id, status: 'pending' });
    const queue = await staff.ok('market', 'producers', { status: 'pending' });
    expect(queue.items.find((p: { id: string }) => p.id === registered.id)).toMatchObject({
      phone: '13912345670',
      actions: ['approve', 'reject'],
    });

    const approved = await staff.ok('market', 'reviewProducer', { id: registered.id, approve: true });
    expect(approved).toMatchObject({ status: 'approved', actions: ['markSupported', 'createListing'] });
    const me = await v.ok('user', 'profile');
    expect(me.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'producer', nodeId: 'n-nantang' })]));
    expect((await inboxOf('pr-1')).map((m) => m.kind)).toEqual(['market.producerApproved']);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: registered.id })).toEqual([
      expect.objectContaining({ action: 'market.approveProducer', actorId: userIdOf('demo-staff') }),
    ]);
    expect(await staff.call('market', 'reviewProducer', { id: registered.id, approve: false, note: '重复' })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_PENDING',
    });
    expect(await v.call('market', 'registerProducer', registration())).toMatchObject({ ok: false, code: 'MARKET_PRODUCER_EXISTS' });
  });

  it('registers once, even twice at the same moment; a rejected villager reads why and may apply again', async () => {
    const v = await villager('pr-2');
    const answers = await Promise.all([
      v.call('market', 'registerProducer', registration()),
      v.call('market', 'registerProducer', registration()),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.code)).toEqual(['MARKET_PRODUCER_EXISTS']);
    expect(await rowsOf(COLLECTIONS.producers, { userId: userIdOf('pr-2') })).toHaveLength(1);
    const id = answers.find((a) => a.ok)!.ok && (answers.find((a) => a.ok) as { data: { id: string } }).data.id;

    expect(await staff.call('market', 'reviewProducer', { id, approve: false })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { note: '请填写不通过的原因' },
    });
    expect(await staff.call('market', 'reviewProducer', { id, approve: false, note: '涉嫌传销' })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    });
    const rejected = await staff.ok('market', 'reviewProducer', { id, approve: false, note: '请到站点核实身份' });
    expect(rejected).toMatchObject({ status: 'rejected', reviewNote: '请到站点核实身份' });
    expect(await v.ok('market', 'myProducer')).toMatchObject({ status: 'rejected', reviewNote: '请到站点核实身份' });
    expect((await inboxOf('pr-2'))[0]).toMatchObject({
      kind: 'market.producerRejected',
      body: expect.stringContaining('请到站点核实身份'),
    });
    expect((await v.ok('user', 'profile')).roles).toEqual([]);

    const again = await v.ok('market', 'registerProducer', registration({ village: '南塘村二组' }));
    expect(again).toMatchObject({ id, status: 'pending', village: '南塘村二组' });
  });

  it('checks the station, the fields and the texts', async () => {
    const v = await villager('pr-3');
    expect(await v.call('market', 'registerProducer', registration({ stationId: 'n-nowhere' }))).toMatchObject({
      ok: false,
      code: 'STATION_NOT_FOUND',
    });
    expect(await v.call('market', 'registerProducer', registration({ stationId: 'n-chengguan' }))).toMatchObject({
      ok: false,
      code: 'NOT_A_STATION',
    });
    expect(await v.call('market', 'registerProducer', registration({ phone: '12345' }))).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { phone: '请填写11位手机号码' },
    });
    expect(await v.call('market', 'registerProducer', registration({ village: '赌博村' }))).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
      fields: { village: expect.any(String) },
    });
    expect(await v.ok('market', 'myProducer')).toBeNull();
  });

  it('refuses reviews by anyone but staff over the station; the admin may', async () => {
    const v = await villager('pr-4');
    const { id } = await v.ok('market', 'registerProducer', registration());
    for (const who of ['pr-4', 'demo-resident', 'demo-volunteer', 'demo-producer']) {
      expect(await (await cloud.as(who)).call('market', 'reviewProducer', { id, approve: true })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await far.call('market', 'reviewProducer', { id, approve: true })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await storedProducer(id)).status).toBe('pending');
    expect(await admin.ok('market', 'reviewProducer', { id, approve: true })).toMatchObject({ status: 'approved' });
    expect(await staff.call('market', 'reviewProducer', { id: 'p-nobody', approve: true })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_FOUND',
    });
  });

  it('staff register a villager without a phone of their own: approved at once, audited; nobody else may', async () => {
    const proxied = await staff.ok('market', 'registerProducer', registration({ name: '吴老汉', proxy: true }));
    expect(proxied).toMatchObject({ status: 'approved', proxy: true, name: '吴老汉', actions: ['markSupported', 'createListing'] });
    expect((await storedProducer(proxied.id)).userId).toBeUndefined();
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: proxied.id })).toEqual([
      expect.objectContaining({ action: 'market.proxyRegisterProducer' }),
    ]);
    expect(await (await villager('pr-5')).call('market', 'registerProducer', registration({ proxy: true }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await far.call('market', 'registerProducer', registration({ proxy: true }))).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });
});

describe('market.markSupported', () => {
  it('staff mark a household as supported: its listings get the badge; the category stays with staff in scope', async () => {
    const { caller: p, view } = await producer(cloud, staff, 'pr-s1');
    const before = await listing(cloud, p);
    expect(before.supported).toBe(false);
    const marked = await staff.ok('market', 'markSupported', { id: view.id, category: '低保户' });
    expect(marked).toMatchObject({ supported: true, supportCategory: '低保户' });
    expect((await storedListing(before.id)).supported).toBe(true);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: view.id, action: 'market.markSupported' })).toEqual([
      expect.objectContaining({ detail: { category: '低保户' } }),
    ]);

    // The villager themself sees the badge, not the category; staff elsewhere see neither list nor category.
    const own = await p.ok('market', 'myProducer');
    expect(own).toMatchObject({ supported: true });
    expect(own).not.toHaveProperty('supportCategory');
    expect(
      (await admin.ok('market', 'producers', { nodeId: 'n-nantang' })).items.find((x: { id: string }) => x.id === view.id),
    ).toMatchObject({ supportCategory: '低保户' });
    expect((await far.ok('market', 'producers', {})).items.map((x: { id: string }) => x.id)).not.toContain(view.id);

    const unmarked = await staff.ok('market', 'markSupported', { id: view.id, category: null });
    expect(unmarked).toMatchObject({ supported: false });
    expect(unmarked).not.toHaveProperty('supportCategory');
    expect(await storedProducer(view.id)).not.toHaveProperty('supportCategory');
    expect((await storedListing(before.id)).supported).toBe(false);
  });

  it('refuses the producer, buyers and staff elsewhere, an unknown category, and a producer not yet approved', async () => {
    const { caller: p, view } = await producer(cloud, staff, 'pr-s2');
    expect(await p.call('market', 'markSupported', { id: view.id, category: '特困' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await (await cloud.as('demo-resident')).call('market', 'markSupported', { id: view.id, category: '特困' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await far.call('market', 'markSupported', { id: view.id, category: '特困' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('market', 'markSupported', { id: view.id, category: '困难户' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await staff.call('market', 'markSupported', { id: 'p-nobody', category: '特困' })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_FOUND',
    });
    const pending = await (await villager('pr-s3')).ok('market', 'registerProducer', registration());
    expect(await staff.call('market', 'markSupported', { id: pending.id, category: '特困' })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_APPROVED',
    });
    expect((await storedProducer(view.id)).supported).toBe(false);
  });
});

describe('market.producers', () => {
  it('lists the producers of the caller’s subtree, a node or a status of it, paged', async () => {
    const mine = await staff.ok('market', 'producers', { nodeId: 'n-nantang', limit: 2 });
    expect(mine.items).toHaveLength(2);
    expect(typeof mine.next).toBe('string');
    const rest = await staff.ok('market', 'producers', { nodeId: 'n-nantang', limit: 100, cursor: mine.next });
    const ids = [...mine.items, ...rest.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest.next).toBeNull();
    const approved = await staff.ok('market', 'producers', { status: 'approved' });
    expect(approved.items.every((p: { status: string }) => p.status === 'approved')).toBe(true);
  });

  it('refuses non-staff and nodes outside the subtree', async () => {
    for (const who of ['demo-resident', 'demo-producer', 'demo-volunteer']) {
      expect(await (await cloud.as(who)).call('market', 'producers', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await staff.call('market', 'producers', { nodeId: 'n-shiqiao' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('market', 'producers', { nodeId: 'n-nowhere' })).toMatchObject({ ok: false, code: 'NODE_NOT_FOUND' });
    expect(await staff.call('market', 'producers', { cursor: 'not a cursor!' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
