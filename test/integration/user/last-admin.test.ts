/** The county never loses its last center admin, also when admins revoke each other at the same moment. */
import { COLLECTIONS } from '@/contracts/collections';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';

const cloud = useLocalCloud();

const adminIds = async () =>
  (await rowsOf<{ _id: string; roles: { role: string }[] }>(COLLECTIONS.users, { 'roles.role': 'admin' }))
    .filter((u) => u.roles.some((r) => r.role === 'admin'))
    .map((u) => u._id)
    .sort();
const admin = (userId: string) => ({ userId, role: 'admin', nodeId: 'n-center' });

async function loggedIn(openid: string): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  return c;
}

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('the last center admin', () => {
  it('lets exactly one of two admins revoking each other at once succeed, 10 times over; one admin always remains', async () => {
    // The county starts with demo-admin; it appoints the first pair's survivor and steps down.
    let survivor = await loggedIn('la-first');
    const demo = await cloud.as('demo-admin');
    await demo.ok('user', 'grantRole', admin(userIdOf('la-first')));
    await survivor.ok('user', 'revokeRole', admin(userIdOf('demo-admin')));
    expect(await adminIds()).toEqual([userIdOf('la-first')]);

    const losers: { code: string; message: string }[] = [];
    for (let trial = 0; trial < 10; trial++) {
      const other = await loggedIn(`la-other-${trial}`);
      await survivor.ok('user', 'grantRole', admin(userIdOf(other.openid)));
      const pair = [survivor, other];
      expect(await adminIds()).toEqual(pair.map((c) => userIdOf(c.openid)).sort());

      const answers = await Promise.all([
        survivor.call('user', 'revokeRole', admin(userIdOf(other.openid))),
        other.call('user', 'revokeRole', admin(userIdOf(survivor.openid))),
      ]);
      const won = answers.map((a) => a.ok);
      expect([trial, won.filter(Boolean).length]).toEqual([trial, 1]);
      const loser = answers.find((a) => !a.ok)!;
      // The loser either finds the other the last admin, or (its call started later) itself revoked already.
      expect(loser.ok ? '' : loser.code).toMatch(/^(LAST_ADMIN|FORBIDDEN)$/);
      if (!loser.ok) losers.push({ code: loser.code, message: loser.message });
      const winner = pair[won.indexOf(true)];
      expect(await adminIds()).toEqual([userIdOf(winner.openid)]);
      survivor = winner;
    }
    // Calls that start together mostly both pass the admin check first: the loser learns why.
    const last = losers.filter((l) => l.code === 'LAST_ADMIN');
    expect(last.length).toBeGreaterThan(0);
    expect(new Set(last.map((l) => l.message))).toEqual(new Set(['这是县里最后一位中心管理员，请先任命另一位中心管理员再撤销']));
  }, 120_000);

  it('keeps the admin roster in the database; self-revocation and a former admin are refused; other roles of the last admin may go', async () => {
    const [a, b] = await Promise.all([loggedIn('la-msg-a'), loggedIn('la-msg-b')]);
    const current = (await adminIds())[0];
    const boss = (await rowsOf<{ openid: string }>(COLLECTIONS.users, { _id: current }))[0];
    const head = await cloud.as(boss.openid);
    await head.ok('user', 'grantRole', admin(userIdOf('la-msg-a')));
    await head.ok('user', 'grantRole', admin(userIdOf('la-msg-b')));
    expect((await rowsOf(COLLECTIONS.rosters, { _id: 'admin' }))[0].userIds.sort()).toEqual(
      [current, userIdOf('la-msg-a'), userIdOf('la-msg-b')].sort(),
    );
    await a.ok('user', 'revokeRole', admin(current));
    await a.ok('user', 'revokeRole', admin(userIdOf('la-msg-b')));
    expect(await adminIds()).toEqual([userIdOf('la-msg-a')]);
    // Self-revocation stays refused; another role of the last admin may still be revoked.
    expect(await a.call('user', 'revokeRole', admin(userIdOf('la-msg-a')))).toMatchObject({ code: 'CANNOT_REVOKE_SELF' });
    await a.ok('user', 'grantRole', { userId: userIdOf('la-msg-a'), role: 'staff', nodeId: 'n-dongmen' });
    expect((await a.ok('user', 'revokeRole', { userId: userIdOf('la-msg-a'), role: 'staff', nodeId: 'n-dongmen' })).roles).toEqual([
      expect.objectContaining({ role: 'admin' }),
    ]);
    // A former admin acting on a stale page is refused.
    expect(await b.call('user', 'revokeRole', admin(userIdOf('la-msg-a')))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await rowsOf(COLLECTIONS.rosters, { _id: 'admin' }))[0].userIds).toEqual([userIdOf('la-msg-a')]);
  });
});
