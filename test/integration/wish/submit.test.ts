import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { ADDRESS, PHONE, resident, slotsHeld, staffAt, storedWish, wishInput } from './fixtures';
import { upload } from '../market/fixtures';

const cloud = useLocalCloud();
let grid: Caller; // demo-staff: staff of 城关镇所 with the proxy right
beforeAll(async () => {
  grid = await cloud.as('demo-staff');
  await staffAt('sub-staff-plain', 'n-dongmen');
  await staffAt('sub-staff-longxi', 'n-longxi', true);
});

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('wish.submit by a resident', () => {
  it('stores a wish waiting for review and answers the owner view', async () => {
    const me = await resident(cloud, 'sub-1');
    // A photo really uploaded: it passes the image check (one that cannot be checked flags the wish).
    const photo = await upload(cloud, me);
    const w = await me.ok('wish', 'submit', { ...wishInput(), photos: [photo], status: 'open', ownerId: 'x' });
    expect(w).toMatchObject({
      status: 'pending_review',
      title: '给独居老人买一袋米',
      category: '生活用品',
      valueFen: 8_000,
      stationId: 'n-dongmen',
      stationName: '东门社区新时代文明实践站',
      proxy: false,
      viewer: 'owner',
      beneficiary: { name: '王秀英', phone: PHONE, address: ADDRESS },
      photos: [photo],
    });
    const stored = await storedWish(w.id);
    expect(stored).toMatchObject({
      ownerId: userIdOf('sub-1'),
      stationPath: ['n-center', 'n-chengguan', 'n-dongmen'],
      location: { lat: 26.7325, lng: 110.6402 },
      flagged: false,
    });
    expect(await slotsHeld('sub-1', 'ownerSlot')).toBe(1);
  });

  it('defaults to the home station and needs one', async () => {
    const me = await resident(cloud, 'sub-home', 'n-nantang');
    expect((await me.ok('wish', 'submit', { ...wishInput(), stationId: undefined })).stationId).toBe('n-nantang');
    const homeless = await cloud.as('sub-homeless');
    await homeless.ok('user', 'login');
    expect(await homeless.call('wish', 'submit', { ...wishInput(), stationId: undefined })).toMatchObject({
      ok: false,
      code: 'HOME_STATION_REQUIRED',
    });
    expect(await homeless.call('wish', 'submit', wishInput({ stationId: 'n-nowhere' }))).toMatchObject({ code: 'STATION_NOT_FOUND' });
    expect(await homeless.call('wish', 'submit', wishInput({ stationId: 'n-chengguan' }))).toMatchObject({ code: 'NOT_A_STATION' });
    expect(await (await cloud.as('sub-never')).call('wish', 'submit', wishInput())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses each field over its limit in docs/product.md, naming it', async () => {
    const me = await resident(cloud, 'sub-bad');
    const cases: [object, string][] = [
      [{ title: '心'.repeat(31) }, 'title'],
      [{ story: '愿'.repeat(501) }, 'story'],
      [{ category: '美食' }, 'category'],
      [{ valueFen: 50_001 }, 'valueFen'],
      [{ photos: [1, 2, 3, 4].map((n) => `cloud://local.6c6f-local-1300000000/uploads/${n}.jpg`) }, 'photos'],
      [{ beneficiary: { name: '王秀英', phone: '1234', address: ADDRESS } }, 'beneficiary.phone'],
      [{ beneficiary: { name: '王秀英', phone: PHONE } }, 'beneficiary.address'],
    ];
    for (const [patch, field] of cases) {
      const res = await me.call('wish', 'submit', { ...wishInput(), ...patch });
      expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fields: { [field]: expect.any(String) } });
    }
    const noPhone = await me.call('wish', 'submit', wishInput({ beneficiary: { name: '王秀英', address: ADDRESS } }));
    expect(noPhone).toMatchObject({ ok: false, code: 'WISH_PHONE_REQUIRED', fields: { 'beneficiary.phone': expect.any(String) } });
    expect(await slotsHeld('sub-bad', 'ownerSlot')).toBe(0);
  });

  it('holds a resident to 3 unfinished wishes, even when 10 are sent at once, and frees a slot on cancel', async () => {
    const me = await resident(cloud, 'sub-cap');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => me.call('wish', 'submit', wishInput({ title: `心愿${i}` }))));
    const ok = answers.filter((a) => a.ok);
    expect(ok).toHaveLength(3);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'WISH_LIMIT_REACHED')).toBe(true);
    expect((await me.ok('wish', 'mine')).items).toHaveLength(3);
    expect(await slotsHeld('sub-cap', 'ownerSlot')).toBe(3);

    await me.ok('wish', 'cancel', { id: (ok[0] as { data: { id: string } }).data.id });
    expect(await slotsHeld('sub-cap', 'ownerSlot')).toBe(2);
    expect((await me.call('wish', 'submit', wishInput())).ok).toBe(true);
    expect(await me.call('wish', 'submit', wishInput())).toMatchObject({
      ok: false,
      code: 'WISH_LIMIT_REACHED',
      message: expect.stringContaining('3个'),
    });
  });
});

describe('content check', () => {
  it('refuses risky text and names the field to change, keeping no wish and no slot', async () => {
    const me = await resident(cloud, 'sub-risky');
    const res = await me.call('wish', 'submit', wishInput({ story: '想买点东西，顺便问问哪里有赌场' }));
    expect(res).toMatchObject({ ok: false, code: 'CONTENT_RISKY', fields: { story: expect.any(String) } });
    expect(!res.ok && res.message).toContain('心愿故事');
    const title = await me.call('wish', 'submit', wishInput({ title: '刷单返利' }));
    expect(!title.ok && title.message).toContain('心愿标题');
    const address = await me.call('wish', 'submit', wishInput({ beneficiary: { name: '王秀英', phone: PHONE, address: '诈骗村1号' } }));
    expect(address).toMatchObject({ code: 'CONTENT_RISKY', fields: { 'beneficiary.address': expect.any(String) } });
    expect((await me.ok('wish', 'mine')).items).toEqual([]);
    expect(await slotsHeld('sub-risky', 'ownerSlot')).toBe(0);
  });

  it('flags text WeChat wants reviewed and puts it first in the staff queue', async () => {
    const me = await resident(cloud, 'sub-review');
    const plain = await me.ok('wish', 'submit', wishInput({ title: '普通的心愿' }));
    const flagged = await me.ok('wish', 'submit', wishInput({ story: '孩子想要一台旧电脑，可以加微信联系' }));
    expect(flagged.flagged).toBeUndefined(); // the owner does not see the mark
    expect(await storedWish(flagged.id)).toMatchObject({ flagged: true, flaggedFields: ['story'] });
    const queue = (await grid.ok('wish', 'reviewQueue', { nodeId: 'n-dongmen' })).items;
    expect(queue[0]).toMatchObject({ id: flagged.id, flagged: true, flaggedFields: ['story'], viewer: 'staff' });
    expect(queue.map((w: { id: string }) => w.id)).toContain(plain.id);
    expect(queue.find((w: { id: string }) => w.id === plain.id)).toMatchObject({ flagged: false });
  });
});

describe("wish.submit on a resident's behalf", () => {
  it('lets a grid worker record a wish for anyone; the record keeps the contact and counts toward no cap', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, (_, i) => grid.call('wish', 'submit', wishInput({ proxy: true, title: `代录心愿${i}` }))),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    const w = (answers[0] as { data: any }).data;
    expect(w).toMatchObject({ proxy: true, viewer: 'owner', beneficiary: { name: '王秀英', phone: PHONE, address: ADDRESS } });
    expect(await storedWish(w.id)).toMatchObject({ ownerId: userIdOf('demo-staff'), proxy: true, countsTowardLimit: false });
  });

  it('lets any staff in scope record one for a resident without a phone, and no one else', async () => {
    const plain = await cloud.as('sub-staff-plain');
    const noPhone = wishInput({ proxy: true, beneficiary: { name: '赵大爷', address: '东门社区老街5号' } });
    const w = await plain.ok('wish', 'submit', noPhone);
    expect(w.beneficiary).toEqual({ name: '赵大爷', address: '东门社区老街5号' });
    expect(await plain.call('wish', 'submit', wishInput({ proxy: true }))).toMatchObject({ ok: false, code: 'WISH_PROXY_RIGHT_REQUIRED' });
    const far = await cloud.as('sub-staff-longxi');
    expect(await far.call('wish', 'submit', noPhone)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    const someone = await resident(cloud, 'sub-fake-proxy');
    expect(await someone.call('wish', 'submit', noPhone)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await someone.call('wish', 'submit', wishInput({ proxy: true }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the wish function', () => {
  it('refuses calls without an identity, unknown actions and unknown wishes', async () => {
    expect(await cloud.anonymous('wish', { action: 'pool' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await cloud.anonymous('wish', { action: 'submit', data: wishInput() })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await grid.call('wish', 'approveAll')).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await grid.call('wish', 'detail', { id: 'w-none' })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
    expect(await grid.call('wish', 'detail', { id: { $ne: '' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
