import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';
import { walkPages } from '../../helpers/paging';
import { useCaller } from '../../helpers/people';
import { kindsFor, resident, rowsOf, slotsHeld, staffAt, storedWish, wishInput } from './fixtures';

const cloud = useLocalCloud();
const staff = useCaller(cloud, 'demo-staff'); // 城关镇所: over 东门 and 南塘
const admin = useCaller(cloud, 'demo-admin');
const far = useCaller(cloud, 'rev-far', () => staffAt('rev-far', 'n-longxi')); // 龙溪镇所

describe('wish.review', () => {
  it('approves into the pool, audited, and tells the resident', async () => {
    const me = await resident(cloud, 'rev-1');
    const w = await me.ok('wish', 'submit', wishInput());
    const approved = await staff.ok('wish', 'review', { id: w.id, approve: true, reason: undefined });
    expect(approved).toMatchObject({
      id: w.id,
      status: 'open',
      viewer: 'staff',
      openedAt: expect.any(Number),
      expiresAt: expect.any(Number),
    });
    expect(approved.expiresAt - approved.openedAt).toBe(60 * 24 * 3600 * 1000);
    expect(await kindsFor('rev-1')).toEqual(['wish.approved']);
    const audit = await rowsOf(COLLECTIONS.auditLogs, { targetId: w.id });
    expect(audit).toEqual([expect.objectContaining({ action: 'wish.approve', actorId: userIdOf('demo-staff') })]);
    expect((await me.ok('wish', 'detail', { id: w.id })).status).toBe('open');
    expect(await staff.call('wish', 'review', { id: w.id, approve: false, reason: '重复' })).toMatchObject({
      ok: false,
      code: 'WISH_NOT_PENDING',
    });
  });

  it('rejects with a reason the resident reads, and frees their slot', async () => {
    const me = await resident(cloud, 'rev-2');
    const w = await me.ok('wish', 'submit', wishInput());
    expect(await staff.call('wish', 'review', { id: w.id, approve: false })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: { reason: '请填写不通过的原因' },
    });
    const rejected = await staff.ok('wish', 'review', { id: w.id, approve: false, reason: '请补充受助人的具体困难' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '请补充受助人的具体困难' });
    expect((await me.ok('wish', 'detail', { id: w.id })).rejectReason).toBe('请补充受助人的具体困难');
    const inbox = (await rowsOf(COLLECTIONS.messages, { userId: userIdOf('rev-2') }))[0];
    expect(inbox).toMatchObject({ kind: 'wish.rejected', body: expect.stringContaining('请补充受助人的具体困难') });
    expect(await slotsHeld('rev-2', 'ownerSlot')).toBe(0);
    const stranger = await resident(cloud, 'rev-stranger');
    expect(await stranger.call('wish', 'detail', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
  });

  it('checks the reason text too', async () => {
    const me = await resident(cloud, 'rev-3');
    const w = await me.ok('wish', 'submit', wishInput());
    const res = await staff.call('wish', 'review', { id: w.id, approve: false, reason: '疑似传销' });
    expect(res).toMatchObject({ ok: false, code: 'CONTENT_RISKY', fields: { reason: expect.any(String) } });
    expect((await storedWish(w.id)).status).toBe('pending_review');
  });

  it('refuses residents, volunteers and staff outside the subtree; the admin may', async () => {
    const me = await resident(cloud, 'rev-4');
    const w = await me.ok('wish', 'submit', wishInput());
    for (const who of ['rev-4', 'demo-volunteer', 'demo-unit', 'demo-leader']) {
      const c = await cloud.as(who);
      expect(await c.call('wish', 'review', { id: w.id, approve: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await far.call('wish', 'review', { id: w.id, approve: true })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await storedWish(w.id)).status).toBe('pending_review');
    expect((await admin.ok('wish', 'review', { id: w.id, approve: true })).status).toBe('open');
    expect(await staff.call('wish', 'review', { id: 'w-nothing', approve: true })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });
  });

  it('decides once when two staff review at the same moment', async () => {
    const me = await resident(cloud, 'rev-5');
    const w = await me.ok('wish', 'submit', wishInput());
    const answers = await Promise.all([
      staff.call('wish', 'review', { id: w.id, approve: true }),
      admin.call('wish', 'review', { id: w.id, approve: false, reason: '信息不实' }),
      staff.call('wish', 'review', { id: w.id, approve: true }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'WISH_NOT_PENDING')).toBe(true);
    expect((await inboxFor('rev-5')).length).toBe(1);
  });
});

const inboxFor = (openid: string) => rowsOf(COLLECTIONS.messages, { userId: userIdOf(openid) });

describe('wish.reviewQueue', () => {
  it("lists what waits in the caller's subtree only, oldest first", async () => {
    const a = await resident(cloud, 'rev-q1', 'n-nantang');
    const b = await resident(cloud, 'rev-q2', 'n-shiqiao');
    const t0 = Date.UTC(2026, 0, 10);
    const wa = await a.ok('wish', 'submit', wishInput({ stationId: 'n-nantang' }), { now: t0 });
    const wb = await b.ok('wish', 'submit', wishInput({ stationId: 'n-shiqiao' }), { now: t0 + 1 });
    const mine = (await staff.ok('wish', 'reviewQueue', {})).items.map((w: { id: string }) => w.id);
    expect(mine).toContain(wa.id);
    expect(mine).not.toContain(wb.id);
    const theirs = (await far.ok('wish', 'reviewQueue', {})).items.map((w: { id: string }) => w.id);
    expect(theirs).toEqual([wb.id]);
    const all = (await admin.ok('wish', 'reviewQueue', {})).items.map((w: { id: string }) => w.id);
    expect(all).toEqual(expect.arrayContaining([wa.id, wb.id]));
    expect(all.indexOf(wa.id)).toBeLessThan(all.indexOf(wb.id));
    expect((await staff.ok('wish', 'reviewQueue', { nodeId: 'n-nantang' })).items.map((w: { id: string }) => w.id)).toEqual([wa.id]);
    const page = await admin.ok('wish', 'reviewQueue', { limit: 1 });
    expect(page).toMatchObject({ next: expect.any(String), items: [expect.any(Object)] });
  });

  it('pages by cursor, flagged first then oldest, each waiting wish once even when they share a millisecond', async () => {
    const a = await resident(cloud, 'rev-pg1', 'n-longxicun');
    const b = await resident(cloud, 'rev-pg2', 'n-longxicun');
    const t0 = Date.UTC(2026, 0, 20);
    const plain = wishInput({ stationId: 'n-longxicun' });
    const flagged = wishInput({ stationId: 'n-longxicun', story: '孩子想要一台旧电脑，可以加微信联系' });
    const made = [
      await a.ok('wish', 'submit', plain, { now: t0 }),
      await b.ok('wish', 'submit', plain, { now: t0 }),
      await a.ok('wish', 'submit', flagged, { now: t0 }),
      await b.ok('wish', 'submit', flagged, { now: t0 + 5 }),
      await a.ok('wish', 'submit', plain, { now: t0 - 5 }),
    ];
    const stored = await Promise.all(made.map((w) => storedWish(w.id)));
    expect(stored.filter((w) => w.flagged)).toHaveLength(2);
    const byId = (x: { _id: string }, y: { _id: string }) => (x._id < y._id ? -1 : 1);
    const expected = [...stored]
      .sort((x, y) => Number(y.flagged) - Number(x.flagged) || x.createdAt - y.createdAt || byId(x, y))
      .map((w) => w._id);
    const seen = await walkPages(far, ['wish', 'reviewQueue'], { nodeId: 'n-longxicun', limit: 2 }, 10);
    expect(seen.map((w: { id: string }) => w.id)).toEqual(expected);
    expect(await far.call('wish', 'reviewQueue', { cursor: 'x'.repeat(401) })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('refuses non-staff, and nodes outside the subtree', async () => {
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-unit']) {
      expect(await (await cloud.as(who)).call('wish', 'reviewQueue', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await staff.call('wish', 'reviewQueue', { nodeId: 'n-shiqiao' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('wish', 'reviewQueue', { nodeId: 'n-nowhere' })).toMatchObject({ ok: false, code: 'NODE_NOT_FOUND' });
    expect(await staff.call('wish', 'reviewQueue', { limit: 21 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
