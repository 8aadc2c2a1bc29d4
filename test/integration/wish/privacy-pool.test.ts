import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import {
  ADDRESS,
  claimedWish,
  fulfilledWish,
  openWish,
  PHONE,
  readableStrings,
  resident,
  staffAt,
  volunteers,
  wishInput,
} from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
let claimer: Caller;
const ids: Record<string, string> = {};
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
  await volunteers(['pp-claimer', 'pp-other-vol']);
  await staffAt('pp-far-staff', 'n-longxi');
  claimer = await cloud.as('pp-claimer');
  const owner = async (i: number, station = 'n-dongmen') => resident(cloud, `pp-owner-${i}`, station);
  // Later than the seeded demo wishes, so these three are the newest in the pool.
  const at = (k: number) => ({ now: Date.UTC(2027, 0, 1) + k * 60_000 });
  ids.open = (await openWish(await owner(1), staff, {}, at(1))).id;
  ids.claimed = (await claimedWish(await owner(2), staff, claimer)).id;
  ids.fulfilled = (await fulfilledWish(await owner(3), staff, claimer)).id;
  const c = await fulfilledWish(await owner(4), staff, claimer);
  await (await cloud.as('pp-owner-4')).ok('wish', 'confirm', { id: c.id, rating: 5, comment: '谢谢' });
  ids.confirmed = c.id;
  ids.pending = (await (await owner(5)).ok('wish', 'submit', wishInput())).id;
  ids.proxy = (
    await openWish(staff, staff, { proxy: true, beneficiary: { name: '赵大爷', phone: '13600001234', address: '东门社区老街5号' } }, at(2))
  ).id;
  ids.nantang = (
    await openWish(await owner(6, 'n-nantang'), staff, { stationId: 'n-nantang', category: '学习用品', title: '南塘村孩子的书包' }, at(3))
  ).id;
});

const PHONE_RE = /1[3-9]\d{9}/;

/** Everything a stranger can ask about wishes. */
async function answersFor(c: Caller): Promise<unknown[]> {
  const out: unknown[] = [
    await c.call('wish', 'pool', {}),
    await c.call('wish', 'pool', { sort: 'nearest', lat: 26.7325, lng: 110.6402 }),
    await c.call('wish', 'pool', { nodeId: 'n-chengguan', category: '生活用品' }),
    await c.call('wish', 'mine', {}),
    await c.call('wish', 'myClaims', {}),
    await c.call('wish', 'reviewQueue', {}),
  ];
  for (const id of Object.values(ids)) out.push(await c.call('wish', 'detail', { id }));
  return out;
}

describe('privacy', () => {
  it.each(['pp-stranger', 'pp-other-vol', 'demo-unit', 'pp-far-staff', 'demo-leader'])(
    'shows %s no phone, no address and only masked names in any wish answer',
    async (who) => {
      const c = who === 'pp-stranger' ? await resident(cloud, who) : await cloud.as(who);
      const answers = await answersFor(c);
      const text = answers.flatMap((a) => readableStrings(a));
      expect(text.filter((s) => PHONE_RE.test(s))).toEqual([]);
      expect(text.filter((s) => s.includes(ADDRESS) || s.includes('东门社区老街5号'))).toEqual([]);
      expect(text.filter((s) => s.includes('王秀英') || s.includes('赵大爷'))).toEqual([]);
      expect(text).toContain('王**');
      const json = JSON.stringify(answers);
      expect(json).not.toMatch(/"phone"|"address"/);
      expect(json).not.toContain('fulfilNote');
      // The scan saw real answers: the pool and the public details came back.
      expect((answers[0] as { ok: boolean; data: { items: unknown[] } }).data.items.length).toBeGreaterThanOrEqual(3);
      expect((answers.at(-7) as { ok: boolean }).ok).toBe(true);
    },
  );

  it('refuses strangers a wish still in review', async () => {
    const c = await resident(cloud, 'pp-curious');
    expect(await c.call('wish', 'detail', { id: ids.pending })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
    expect((await staff.ok('wish', 'detail', { id: ids.pending })).beneficiary).toEqual({ name: '王秀英', phone: PHONE, address: ADDRESS });
  });

  it('shows the claimer, the owner, the proxy and staff in scope the contact', async () => {
    for (const id of [ids.claimed, ids.fulfilled, ids.confirmed]) {
      expect((await claimer.ok('wish', 'detail', { id })).beneficiary).toEqual({ name: '王秀英', phone: PHONE, address: ADDRESS });
    }
    expect((await (await cloud.as('pp-owner-1')).ok('wish', 'detail', { id: ids.open })).viewer).toBe('owner');
    expect((await staff.ok('wish', 'detail', { id: ids.proxy })).beneficiary).toEqual({
      name: '赵大爷',
      phone: '13600001234',
      address: '东门社区老街5号',
    });
    expect((await (await cloud.as('demo-admin')).ok('wish', 'detail', { id: ids.open })).viewer).toBe('staff');
  });

  it('never shows the contact in the pool, even to the owner or staff', async () => {
    for (const c of [staff, await cloud.as('pp-owner-1'), claimer]) {
      const { items } = await c.ok('wish', 'pool', {});
      expect(
        items.every((w: { beneficiary: object; viewer: string }) => Object.keys(w.beneficiary).join() === 'name' && w.viewer === 'public'),
      ).toBe(true);
    }
  });
});

describe('wish.pool', () => {
  it('lists open wishes newest first in one read, paged by at most 20', async () => {
    const c = await resident(cloud, 'pp-pool');
    await cloud.resetStats();
    const page = await c.ok('wish', 'pool', { limit: 2 });
    const stats = await cloud.stats();
    expect(Object.values(stats).reduce((sum, s) => sum + s.read + (s.count ?? 0) + (s.aggregate ?? 0), 0)).toBe(1);
    expect(page.next).toEqual(expect.any(String));
    expect(page.items.map((w: { id: string }) => w.id)).toEqual([ids.nantang, ids.proxy]);
    const all = await c.ok('wish', 'pool', {});
    expect(all.items.map((w: { id: string }) => w.id).slice(0, 3)).toEqual([ids.nantang, ids.proxy, ids.open]);
    expect(all.items.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining(['w-demo-walker', 'w-demo-company']));
    expect(all.items.every((w: { status: string }) => w.status === 'open')).toBe(true);
    const openedAt = all.items.map((w: { openedAt: number }) => w.openedAt);
    expect(openedAt).toEqual([...openedAt].sort((a, b) => b - a));
    expect(await c.call('wish', 'pool', { limit: 50 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('pages newest first by cursor: one read a page, every open wish once, then next null', async () => {
    const c = await resident(cloud, 'pp-pages');
    const all = (await c.ok('wish', 'pool', {})).items.map((w: { id: string }) => w.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      await cloud.resetStats();
      const page = await c.ok('wish', 'pool', { limit: 2, ...(cursor ? { cursor } : {}) });
      expect((await cloud.stats()).wishes).toMatchObject({ read: 1 });
      seen.push(...page.items.map((w: { id: string }) => w.id));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toEqual(all);
    expect(await c.call('wish', 'pool', { cursor: 'abc' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { cursor: expect.any(String) },
    });
  });

  it('filters by a subtree and a category', async () => {
    const c = await resident(cloud, 'pp-filter');
    const ids_ = async (data: object) => (await c.ok('wish', 'pool', data)).items.map((w: { id: string }) => w.id);
    expect(await ids_({ nodeId: 'n-nantang' })).toEqual([ids.nantang]);
    const chengguan = await c.ok('wish', 'pool', { nodeId: 'n-chengguan' });
    expect(chengguan.items.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining([ids.nantang, ids.proxy, ids.open]));
    expect(new Set(chengguan.items.map((w: { stationId: string }) => w.stationId))).toEqual(new Set(['n-dongmen', 'n-nantang']));
    expect(await ids_({ nodeId: 'n-longxi' })).toEqual([]);
    expect(await ids_({ category: '学习用品' })).toEqual([ids.nantang]);
    expect(await ids_({ nodeId: 'n-dongmen', category: '学习用品' })).toEqual([]);
  });

  it("sorts nearest first from the caller's location, with distances", async () => {
    const c = await resident(cloud, 'pp-near');
    const nearNantang = await c.ok('wish', 'pool', { sort: 'nearest', lat: 26.7108, lng: 110.6188 });
    expect(nearNantang.items[0]).toMatchObject({ id: ids.nantang, distanceM: 0 });
    expect(nearNantang.items[1].distanceM).toBeGreaterThan(2_000);
    const nearDongmen = await c.ok('wish', 'pool', { sort: 'nearest', lat: 26.7325, lng: 110.6402, limit: 2 });
    expect(nearDongmen.items.map((w: { stationId: string }) => w.stationId)).toEqual(['n-dongmen', 'n-dongmen']);
    expect(nearDongmen.next).toEqual(expect.any(String));
    // The next page goes on in the same nearest-first window, and a newest-first cursor does not fit it.
    const near = { sort: 'nearest', lat: 26.7325, lng: 110.6402 };
    const whole = (await c.ok('wish', 'pool', near)).items.map((w: { id: string }) => w.id);
    const rest = await c.ok('wish', 'pool', { ...near, limit: 20, cursor: nearDongmen.next });
    expect([...nearDongmen.items, ...rest.items].map((w: { id: string }) => w.id)).toEqual(whole);
    expect(rest.next).toBeNull();
    const newest = await c.ok('wish', 'pool', { limit: 1 });
    expect(await c.call('wish', 'pool', { ...near, cursor: newest.next })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await c.call('wish', 'pool', { sort: 'nearest' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { lat: expect.any(String) },
    });
  });
});
