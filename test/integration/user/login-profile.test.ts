import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

describe('user.login', () => {
  it('answers a seeded resident with their profile and no roles', async () => {
    const me = await cloud.as('demo-resident');
    const res = await me.call('user', 'login');
    expect(res).toMatchObject({ ok: true, data: { isNew: false, user: { id: userIdOf('demo-resident'), roles: [], self: true } } });
  });

  it('creates a new user once, even when their first calls race', async () => {
    const me = await cloud.as('first-timer-1');
    const answers = await Promise.all(Array.from({ length: 20 }, () => me.ok('user', 'login')));
    expect(answers.filter((a) => a.isNew)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.user.id))).toEqual(new Set([userIdOf('first-timer-1')]));
    const stored = (await db().collection(COLLECTIONS.users).where({ openid: 'first-timer-1' }).get()) as { data: unknown[] };
    expect(stored.data).toHaveLength(1);
    expect((await me.ok('user', 'login')).isNew).toBe(false);
  });

  it('ignores an openid, a user id or a role in the payload', async () => {
    const me = await cloud.as('demo-resident');
    const res = await me.ok('user', 'login', { openid: 'demo-admin', userId: userIdOf('demo-admin'), role: 'admin' });
    expect(res.user.id).toBe(userIdOf('demo-resident'));
    expect(res.user.roles).toEqual([]);
    const profile = await me.ok('user', 'profile', { openid: 'demo-admin', role: 'admin' });
    expect(profile.id).toBe(userIdOf('demo-resident'));
  });

  it('refuses a call without a token, or with a forged one', async () => {
    expect(await cloud.anonymous('user', { action: 'login' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
    const forged = await fetch(`${cloud.gateway.url}/api/fn/user`, {
      method: 'POST',
      headers: { authorization: 'Bearer ZGVtby1hZG1pbg.forged', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'login' }),
    });
    expect(await forged.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('answers malformed calls with a code, never a crash', async () => {
    const me = await cloud.as('demo-resident');
    expect(await cloud.post('/api/fn/user', '{not json')).toMatchObject({ status: 400 });
    for (const body of [{}, { action: 42 }, { action: 'dropTables' }, { action: '__proto__' }, { action: 'constructor' }]) {
      expect((await cloud.post('/api/fn/user', body, me.token)).body).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    }
    for (const data of ['string', 42, [1, 2], null]) {
      const res = await me.call('user', 'setHomeStation', data);
      expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
    const res = await me.call('user', 'profile', { userId: { $gt: '' } });
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect((await cloud.post('/api/fn/nope', { action: 'x' })).status).toBe(404);
  });
});

describe('user.profile', () => {
  it('shows the owner their own full phone', async () => {
    const vol = await cloud.as('demo-volunteer');
    const me = await vol.ok('user', 'profile');
    expect(me.volunteer).toMatchObject({ realName: '王小红', phone: '13800001111', status: 'approved' });
  });

  it("shows staff of the volunteer's station the full phone", async () => {
    const staff = await cloud.as('demo-staff');
    const p = await staff.ok('user', 'profile', { userId: userIdOf('demo-volunteer') });
    expect(p).toMatchObject({ self: false, volunteer: { phone: '13800001111' } });
  });

  it('refuses residents, volunteers and leaders looking at someone else', async () => {
    for (const who of ['demo-resident', 'demo-leader', 'demo-producer']) {
      const c = await cloud.as(who);
      expect(await c.call('user', 'profile', { userId: userIdOf('demo-volunteer') })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses staff looking outside their subtree', async () => {
    const admin = await cloud.as('demo-admin');
    const outsider = await cloud.as('longxi-villager');
    await outsider.ok('user', 'login');
    await outsider.ok('user', 'setHomeStation', { stationId: 'n-longxicun' });
    const staff = await cloud.as('demo-staff');
    expect(await staff.call('user', 'profile', { userId: userIdOf('longxi-villager') })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('user', 'profile', { userId: 'u-nobody' })).toMatchObject({ ok: false, code: 'USER_NOT_FOUND' });
    expect((await admin.ok('user', 'profile', { userId: userIdOf('longxi-villager') })).homeStationId).toBe('n-longxicun');
  });
});
