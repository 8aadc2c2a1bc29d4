import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { ADDRESS, claimedWish, kindsFor, openWish, PHONE, resident, slotsHeld, storedWish, volunteers, wishInput } from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
let owner: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
  owner = await resident(cloud, 'cl-owner');
  await volunteers(['cl-v1', 'cl-v2', 'cl-v3', 'cl-v4']);
});

/** A fresh owner per wish keeps the 3-wish cap out of the way. */
let n = 0;
const nextOwner = async () => resident(cloud, `cl-owner-${++n}`);

describe('wish.claim', () => {
  it('gives the wish to a volunteer, who now sees the contact; the owner is told', async () => {
    const v = await cloud.as('cl-v1');
    const w = await openWish(owner, staff);
    expect((await v.ok('wish', 'detail', { id: w.id })).beneficiary).toEqual({ name: '王**' });
    // A first write creates the volunteer's write-budget document (docs/limits.md); later ones update it.
    expect(await v.call('wish', 'claim', { id: 'w-none' })).toMatchObject({ code: 'WISH_NOT_FOUND' });
    await cloud.resetStats();
    const claimed = await v.ok('wish', 'claim', { id: w.id });
    const stats = await cloud.stats();
    expect(claimed).toMatchObject({
      status: 'claimed',
      viewer: 'claimer',
      claimerName: '李志愿',
      claimedAt: expect.any(Number),
      beneficiary: { name: '王秀英', phone: PHONE, address: ADDRESS },
    });
    expect(claimed.claimDeadline - claimed.claimedAt).toBe(7 * 24 * 3600 * 1000);
    // At the floor: the claim is one conditional write on the wish, plus the owner's inbox message and one
    // conditional write on the caller's write budget.
    const writes = Object.entries(stats).flatMap(([coll, ops]) =>
      (['insert', 'update', 'remove'] as const).flatMap((op) => (ops[op] ? [`${coll}.${op}=${ops[op]}`] : [])),
    );
    expect(writes.sort()).toEqual(['messages.insert=1', 'rate_limits.update=1', 'wishes.update=1']);
    expect(stats.wishes.read).toBe(1);
    expect((await v.ok('wish', 'detail', { id: w.id })).beneficiary.phone).toBe(PHONE);
    expect(await kindsFor('cl-owner')).toContain('wish.claimed');
    expect(await slotsHeld('cl-v1', 'claimSlot')).toBe(1);
  });

  it('lets a unit claim', async () => {
    const unit = await cloud.as('demo-unit');
    const w = await openWish(await nextOwner(), staff);
    expect(await unit.ok('wish', 'claim', { id: w.id })).toMatchObject({ status: 'claimed', claimerName: '县供电公司', viewer: 'claimer' });
  });

  it('refuses residents, staff and the owner; and wishes that are not open', async () => {
    const w = await openWish(await nextOwner(), staff);
    for (const who of ['demo-resident', 'demo-staff', 'demo-admin', 'demo-producer']) {
      expect(await (await cloud.as(who)).call('wish', 'claim', { id: w.id })).toMatchObject({
        ok: false,
        code: 'WISH_CLAIM_ROLE_REQUIRED',
      });
    }
    const vOwner = await cloud.as('cl-v2');
    const own = await openWish(vOwner, staff);
    expect(await vOwner.call('wish', 'claim', { id: own.id })).toMatchObject({ ok: false, code: 'WISH_OWN_CLAIM' });
    const pending = await (await nextOwner()).ok('wish', 'submit', wishInput());
    expect(await vOwner.call('wish', 'claim', { id: pending.id })).toMatchObject({ ok: false, code: 'WISH_NOT_OPEN' });
    expect(await vOwner.call('wish', 'claim', { id: 'w-none' })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
    await (await cloud.as('cl-v3')).ok('wish', 'claim', { id: w.id });
    expect(await vOwner.call('wish', 'claim', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_ALREADY_CLAIMED' });
    expect(await slotsHeld('cl-v2', 'claimSlot')).toBe(0);
  });

  it('holds a volunteer to 3 active claims; fulfilling one frees a slot', async () => {
    const v = await cloud.as('cl-v4');
    const ws = [];
    for (let i = 0; i < 4; i++) ws.push(await openWish(await nextOwner(), staff));
    for (const w of ws.slice(0, 3)) await v.ok('wish', 'claim', { id: w.id });
    expect(await v.call('wish', 'claim', { id: ws[3].id })).toMatchObject({ ok: false, code: 'WISH_CLAIM_LIMIT_REACHED' });
    expect((await storedWish(ws[3].id)).status).toBe('open');
    await v.ok('wish', 'fulfil', { id: ws[0].id, note: '已送到' });
    expect((await v.ok('wish', 'claim', { id: ws[3].id })).status).toBe('claimed');
    expect(await slotsHeld('cl-v4', 'claimSlot')).toBe(3);
    const mine = await v.ok('wish', 'myClaims', {});
    expect(mine.items.map((w: { id: string }) => w.id).sort()).toEqual(ws.map((w) => w.id).sort());
    expect(mine.items.every((w: { beneficiary: { phone?: string } }) => w.beneficiary.phone === PHONE)).toBe(true);
    const active = await v.ok('wish', 'myClaims', { active: true, limit: 2 });
    expect(active).toMatchObject({ next: expect.any(String), items: [{ status: 'claimed' }, { status: 'claimed' }] });
    const rest = await v.ok('wish', 'myClaims', { active: true, limit: 2, cursor: active.next });
    expect(rest).toMatchObject({ next: null, items: [{ status: 'claimed' }] });
    const activeIds = [...active.items, ...rest.items].map((w: { id: string }) => w.id);
    expect(activeIds.sort()).toEqual(
      ws
        .slice(1)
        .map((w) => w.id)
        .sort(),
    );
  });
});

describe('wish.release', () => {
  it('returns the wish to the pool, frees the slot, tells the owner; the former claimer no longer sees the contact', async () => {
    const o = await nextOwner();
    const v = await resident(cloud, 'cl-rel-v');
    await volunteers(['cl-rel-v2']);
    const v2 = await cloud.as('cl-rel-v2');
    const w = await claimedWish(o, staff, v2);
    expect(await v.call('wish', 'release', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_NOT_CLAIMER' });
    const released = await v2.ok('wish', 'release', { id: w.id });
    expect(released).toMatchObject({ status: 'open', viewer: 'public', beneficiary: { name: '王**' } });
    expect(released.claimerName).toBeUndefined();
    expect(await storedWish(w.id)).not.toHaveProperty('claimerId');
    expect(await slotsHeld('cl-rel-v2', 'claimSlot')).toBe(0);
    expect(await kindsFor(`cl-owner-${n}`)).toEqual(['wish.approved', 'wish.claimed', 'wish.released']);
    expect(await v2.call('wish', 'release', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_NOT_CLAIMER' });
    expect((await v2.ok('wish', 'detail', { id: w.id })).beneficiary).toEqual({ name: '王**' });
  });
});

describe('wish.fulfil', () => {
  it('lets the claimer mark it done with a note and photos; the owner is asked to confirm', async () => {
    const o = await nextOwner();
    await volunteers(['cl-ful']);
    const v = await cloud.as('cl-ful');
    const w = await claimedWish(o, staff, v);
    const other = await cloud.as('cl-v1');
    expect(await other.call('wish', 'fulfil', { id: w.id, note: '好了' })).toMatchObject({ ok: false, code: 'WISH_NOT_CLAIMER' });
    const photos = ['cloud://local.6c6f-local-1300000000/uploads/done.jpg'];
    expect(
      await v.call('wish', 'fulfil', { id: w.id, note: '已送到', photos: [...photos, ...photos, ...photos, ...photos] }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await v.call('wish', 'fulfil', { id: w.id, note: '顺便带点冰毒' })).toMatchObject({
      code: 'CONTENT_RISKY',
      fields: { note: expect.any(String) },
    });
    const done = await v.ok('wish', 'fulfil', { id: w.id, note: '已把米送到王奶奶家', photos });
    expect(done).toMatchObject({
      status: 'fulfilled',
      fulfilNote: '已把米送到王奶奶家',
      fulfilPhotos: photos,
      autoConfirmAt: done.fulfilledAt + 7 * 24 * 3600 * 1000,
    });
    expect(await kindsFor(`cl-owner-${n}`)).toContain('wish.fulfilled');
    expect(await v.call('wish', 'fulfil', { id: w.id, note: '再来一次' })).toMatchObject({ ok: false, code: 'WISH_NOT_CLAIMED' });
    expect(await v.call('wish', 'release', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_NOT_CLAIMED' });
    expect(await slotsHeld('cl-ful', 'claimSlot')).toBe(0);
  });

  it('flags a note WeChat wants reviewed', async () => {
    await volunteers(['cl-ful-2']);
    const v = await cloud.as('cl-ful-2');
    const w = await claimedWish(await nextOwner(), staff, v);
    await v.ok('wish', 'fulfil', { id: w.id, note: '已送到，有需要可以加微信' });
    expect(await storedWish(w.id)).toMatchObject({ flagged: true, flaggedFields: ['note'] });
    expect((await staff.ok('wish', 'detail', { id: w.id })).flaggedFields).toEqual(['note']);
  });
});

describe('wish.cancel', () => {
  it('lets the owner withdraw before a claim, and nobody else', async () => {
    const o = await nextOwner();
    const pending = await o.ok('wish', 'submit', wishInput());
    expect(await staff.call('wish', 'cancel', { id: pending.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await o.ok('wish', 'cancel', { id: pending.id })).status).toBe('cancelled');
    expect(await o.call('wish', 'cancel', { id: pending.id })).toMatchObject({ ok: false, code: 'WISH_CANNOT_CANCEL' });
    const open = await openWish(o, staff);
    expect((await o.ok('wish', 'cancel', { id: open.id })).status).toBe('cancelled');
    const claimed = await claimedWish(o, staff, await cloud.as('demo-volunteer'));
    expect(await o.call('wish', 'cancel', { id: claimed.id })).toMatchObject({ ok: false, code: 'WISH_CANNOT_CANCEL' });
    expect(await o.call('wish', 'cancel', { id: 'w-none' })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
    expect(await slotsHeld(`cl-owner-${n}`, 'ownerSlot')).toBe(1);
    expect((await storedWish(claimed.id)).ownerId).toBe(userIdOf(`cl-owner-${n}`));
  });
});

describe('wish.mine', () => {
  it('pages my wishes newest first, with a status filter', async () => {
    const o = await nextOwner();
    const t0 = Date.UTC(2026, 1, 1);
    const a = await o.ok('wish', 'submit', wishInput({ title: '第一个' }), { now: t0 });
    const b = await o.ok('wish', 'submit', wishInput({ title: '第二个' }), { now: t0 + 1000 });
    await staff.ok('wish', 'review', { id: a.id, approve: true });
    const page1 = await o.ok('wish', 'mine', { limit: 1 });
    expect(page1).toMatchObject({ next: expect.any(String), items: [{ id: b.id, viewer: 'owner' }] });
    expect(await o.ok('wish', 'mine', { cursor: page1.next, limit: 1 })).toMatchObject({ next: null, items: [{ id: a.id }] });
    expect((await o.ok('wish', 'mine', { status: 'open' })).items.map((w: { id: string }) => w.id)).toEqual([a.id]);
    expect(await o.call('wish', 'mine', { status: 'done' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
