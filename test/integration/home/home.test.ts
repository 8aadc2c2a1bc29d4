import { COLLECTIONS } from '@/contracts/collections';
import type { HomeView } from '@/contracts/home';
import { userIdOf } from '@/server/shared/ids';
import { grant, seedUsers } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { fulfilledWish, openWish, resident, claimedWish } from '../wish/fixtures';

const cloud = useLocalCloud();
const DAY = 24 * 3600 * 1000;
/** 东门社区's station, as the seed places it. */
const NEAR_DONGMEN = { lat: 26.733, lng: 110.641 };

let staff: Caller;
let n = 0;
/** A fresh owner per wish keeps the 3-wish cap and the write budget out of the way. */
const owner = () => resident(cloud, `hm-owner-${++n}`);

async function confirmedBy(claimer: Caller, opts?: { now?: number }) {
  const o = await owner();
  const w = await fulfilledWish(o, staff, claimer, {}, opts);
  return o.ok('wish', 'confirm', { id: w.id, rating: 5 }, opts);
}

/** The database calls of one action, by collection and kind: what the emulator counted. */
async function callsOf(run: () => Promise<unknown>): Promise<Record<string, number>> {
  await cloud.resetStats();
  await run();
  const stats = await cloud.stats();
  const out: Record<string, number> = {};
  for (const [coll, ops] of Object.entries(stats)) for (const [op, count] of Object.entries(ops)) if (count) out[`${coll}.${op}`] = count;
  return out;
}

let ada: Caller;
let ben: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
  await seedUsers([
    { openid: 'hm-ada', roles: [grant('volunteer', 'n-dongmen')], realName: '赵爱心' },
    { openid: 'hm-ben', roles: [grant('volunteer', 'n-dongmen')], realName: '钱善行' },
    { openid: 'hm-cat', roles: [grant('volunteer', 'n-dongmen')], realName: '孙热心' },
  ]);
  ada = await cloud.as('hm-ada');
  ben = await cloud.as('hm-ben');
  await ada.ok('user', 'setHomeStation', { stationId: 'n-dongmen' });
  // This month: 赵 two confirmed, 钱 one confirmed and one only claimed (claims never count).
  await confirmedBy(ada);
  await confirmedBy(ada);
  await confirmedBy(ben);
  await claimedWish(await owner(), staff, ben);
  // Last month: 孙 three confirmed — not on this month's board.
  const lastMonth = Date.now() - 40 * DAY;
  const cat = await cloud.as('hm-cat');
  for (let i = 0; i < 3; i++) await confirmedBy(cat, { now: lastMonth });
  // One more open wish in the pool.
  await openWish(await owner(), staff);
}, 120_000);

describe('user.home', () => {
  it('answers a volunteer every section, one database call each after their own document', async () => {
    let view!: HomeView;
    const calls = await callsOf(async () => {
      view = await ada.ok('user', 'home', {});
    });
    // users: the caller; then one read (or count) per section, and no write at all.
    expect(calls).toEqual({
      'users.read': 1,
      'wishes.read': 1,
      'events.read': 1,
      'listings.read': 1,
      'messages.count': 1,
      'love_board.read': 1,
    });
    expect(view.area).toBe('station');
    expect(view.wishes.near).toBe(false);
    expect(view.wishes.items.length).toBeGreaterThan(0);
    expect(view.wishes.items.length).toBeLessThanOrEqual(3);
    expect(view.wishes.items.every((w) => w.status === 'open' && w.stationId === 'n-dongmen')).toBe(true);
    // The public view only: no phone, no address.
    expect(JSON.stringify(view.wishes)).not.toContain('13912340001');
    const starts = view.events.map((e) => e.firstStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(view.events.length).toBeGreaterThan(0);
    expect(view.events.length).toBeLessThanOrEqual(3);
    expect(view.events.every((e) => e.lastEnd > Date.now())).toBe(true);
    expect(view.listings.length).toBeGreaterThan(0);
    expect(view.listings.length).toBeLessThanOrEqual(3);
    expect(view.mine).toEqual({ balance: 20, unread: expect.any(Number), volunteer: { hours: 0, star: 0 } });
    expect(view.mine!.unread).toBeGreaterThan(0);
  });

  it('ranks this month’s confirmed wishes of the 所 by claimer, masked; claims and last month do not count', async () => {
    const view: HomeView = await ada.ok('user', 'home', {});
    expect(view.board.scope).toBe('institute');
    expect(view.board.month).toMatch(/^\d{4}-\d{2}$/);
    expect(view.board.lines).toEqual([
      { rank: 1, name: '赵**', count: 2 },
      { rank: 2, name: '钱**', count: 1 },
    ]);
    expect(JSON.stringify(view.board)).not.toMatch(/爱心|善行|孙/);
    // Last month's board has 孙 alone.
    const old = await rowsOf<{ month: string; count: number; level: string }>(COLLECTIONS.loveBoard, { userId: userIdOf('hm-cat') });
    expect(old.map((d) => d.count)).toEqual([3, 3]);
    expect(old.every((d) => d.month !== view.board.month)).toBe(true);
  });

  it('a resident gets points and messages but no hours; a guest the county and no numbers', async () => {
    const res = await resident(cloud, 'hm-resident');
    const mine: HomeView = await res.ok('user', 'home', {});
    expect(mine.mine).toEqual({ balance: 0, unread: 0 });
    expect(mine.area).toBe('station');

    const guest = await cloud.as('hm-guest');
    let view!: HomeView;
    const calls = await callsOf(async () => {
      view = await guest.ok('user', 'home', {});
    });
    expect(calls).toEqual({ 'users.read': 1, 'wishes.read': 1, 'events.read': 1, 'listings.read': 1, 'love_board.read': 1 });
    expect(view.mine).toBeUndefined();
    expect(view.area).toBe('county');
    expect(view.board.scope).toBe('county');
    expect(view.board.lines.slice(0, 2)).toEqual([
      { rank: 1, name: '赵**', count: 2 },
      { rank: 2, name: '钱**', count: 1 },
    ]);
    expect(view.wishes.items.length).toBeGreaterThan(0);
  });

  it('puts the nearest wishes first when the phone sends its location, and refuses half a location', async () => {
    const view: HomeView = await ada.ok('user', 'home', NEAR_DONGMEN);
    expect(view.wishes.near).toBe(true);
    const d = view.wishes.items.map((w) => w.distanceM ?? -1);
    expect(d.every((x) => x >= 0)).toBe(true);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(await ada.call('user', 'home', { lat: 26.7 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('counts two confirmations of one claimer at the same moment twice', async () => {
    await seedUsers([{ openid: 'hm-dan', roles: [grant('volunteer', 'n-dongmen')], realName: '李同时' }]);
    const dan = await cloud.as('hm-dan');
    const pairs = await Promise.all([0, 1].map(async () => ({ o: await owner(), w: null as unknown as { id: string } })));
    for (const p of pairs) p.w = await fulfilledWish(p.o, staff, dan);
    await Promise.all(pairs.map((p) => p.o.ok('wish', 'confirm', { id: p.w.id, rating: 4 })));
    const docs = await rowsOf<{ count: number; level: string }>(COLLECTIONS.loveBoard, { userId: userIdOf('hm-dan') });
    expect(docs.map((x) => [x.level, x.count]).sort()).toEqual([
      ['county', 2],
      ['institute', 2],
    ]);
  }, 120_000);
});
