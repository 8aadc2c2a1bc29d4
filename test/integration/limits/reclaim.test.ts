/** Rule 1 of docs/limits.md: who gave a wish back cannot claim it again for 24 h — also when the calls race. */
import { reclaimBlockedSince } from '@/core/limits';
import { userIdOf } from '@/server/shared/ids';
import { claimOpen } from '@/server/wish/repo';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { kindsFor, openWish, resident, storedWish, volunteers } from '../wish/fixtures';

const cloud = useLocalCloud();
let staff: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
});

const DAY = 24 * 3600 * 1000;
/** 2026-06-01 10:00 in China: every call of a test names its time, so each runs on a clock of its own. */
const T = Date.UTC(2026, 5, 1, 2, 0);
let n = 0;
const nextOwner = async () => resident(cloud, `rc-owner-${++n}`);

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('reclaim cooldown', () => {
  it('keeps a volunteer who released a wish from claiming it for 24 h, says until when, and lets others claim meanwhile', async () => {
    await volunteers(['rc-v1', 'rc-v2']);
    const [v, other] = await Promise.all([cloud.as('rc-v1'), cloud.as('rc-v2')]);
    const w = await openWish(await nextOwner(), staff, {}, { now: T });
    await v.ok('wish', 'claim', { id: w.id }, { now: T + 1_000 });
    await v.ok('wish', 'release', { id: w.id }, { now: T + 60_000 });

    const again = await v.call('wish', 'claim', { id: w.id }, { now: T + 61_000 });
    expect(again).toEqual({ ok: false, code: 'WISH_RECLAIM_COOLDOWN', message: '您放弃过这个心愿，2026年6月2日 10:01以后才能再次认领' });
    expect(await v.call('wish', 'claim', { id: w.id }, { now: T + 60_000 + DAY - 1 })).toMatchObject({ code: 'WISH_RECLAIM_COOLDOWN' });
    // Refused: the wish stays open, with no claimer.
    expect(await storedWish(w.id)).toMatchObject({ status: 'open', releasedBy: { [userIdOf('rc-v1')]: T + 60_000 } });
    expect(await storedWish(w.id)).not.toHaveProperty('claimerId');

    // Someone else may claim it at once, and give it back.
    expect((await other.ok('wish', 'claim', { id: w.id }, { now: T + 62_000 })).status).toBe('claimed');
    await other.ok('wish', 'release', { id: w.id }, { now: T + 63_000 });
    // 24 h after their release the first volunteer may claim it again.
    expect((await v.ok('wish', 'claim', { id: w.id }, { now: T + 60_000 + DAY })).status).toBe('claimed');
    expect(await storedWish(w.id)).toMatchObject({ status: 'claimed', claimerId: userIdOf('rc-v1') });
  });

  it('stops the reported abuse: 30 claim → release cycles on one wish leave one claim and two messages', async () => {
    await volunteers(['rc-cycler']);
    const v = await cloud.as('rc-cycler');
    const w = await openWish(await nextOwner(), staff, {}, { now: T });
    const answers = [];
    for (let i = 0; i < 30; i++) {
      answers.push(await v.call('wish', 'claim', { id: w.id }, { now: T + 10_000 + i * 20 }));
      answers.push(await v.call('wish', 'release', { id: w.id }, { now: T + 10_010 + i * 20 }));
    }
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(answers.slice(0, 2).every((a) => a.ok)).toBe(true);
    const codes = new Set(answers.slice(2).map((a) => (a.ok ? 'ok' : a.code)));
    expect([...codes].every((c) => ['WISH_RECLAIM_COOLDOWN', 'WISH_NOT_CLAIMER', 'RATE_LIMITED'].includes(c))).toBe(true);
    expect(await kindsFor(`rc-owner-${n}`)).toEqual(['wish.approved', 'wish.claimed', 'wish.released']);
    expect((await storedWish(w.id)).status).toBe('open');
  });

  it('refuses, in the claim’s one conditional write itself, a releaser of the last 24 h (a claim that read the wish before its release)', async () => {
    await volunteers(['rc-stale', 'rc-fresh']);
    const v = await cloud.as('rc-stale');
    const w = await openWish(await nextOwner(), staff, {}, { now: T });
    await v.ok('wish', 'claim', { id: w.id }, { now: T + 1_000 });
    await v.ok('wish', 'release', { id: w.id }, { now: T + 2_000 });
    // The write a claim makes after reading the wish open (as one that read it before the release would).
    const claimWrite = (openid: string, now: number) =>
      claimOpen(w.id, userIdOf(openid), reclaimBlockedSince(now), {
        status: 'claimed',
        claimerId: userIdOf(openid),
        claimSlot: `${userIdOf(openid)}#0`,
        claimedAt: now,
      });
    expect(await claimWrite('rc-stale', T + 3_000)).toBe(false);
    expect(await storedWish(w.id)).toMatchObject({ status: 'open' });
    expect(await claimWrite('rc-stale', T + 2_000 + DAY - 1)).toBe(false);
    // Anyone who did not release it (no entry) passes the same condition.
    expect(await claimWrite('rc-fresh', T + 3_000)).toBe(true);
    expect(await storedWish(w.id)).toMatchObject({ status: 'claimed', claimerId: userIdOf('rc-fresh') });
  });

  it('lets no claim slip in after its claimer’s own release when claims and releases race', async () => {
    // A claim that read the wish open before the same volunteer's release must not win it after: the
    // claim's one conditional write excludes a recent releaser. Several rounds of 6 claims and 6 releases.
    for (let round = 0; round < 6; round++) {
      const who = `rc-race-${round}`;
      await volunteers([who]);
      const v = await cloud.as(who);
      const w = await openWish(await nextOwner(), staff, {}, { now: T });
      const at = { now: T + 5_000 };
      const calls = Array.from({ length: 12 }, (_, i) =>
        i % 2 ? v.call('wish', 'release', { id: w.id }, at) : v.call('wish', 'claim', { id: w.id }, at),
      );
      const answers = await Promise.all(calls);
      const claims = answers.filter((_, i) => i % 2 === 0 && answers[i].ok).length;
      const releases = answers.filter((_, i) => i % 2 === 1 && answers[i].ok).length;
      expect([round, claims]).toEqual([round, 1]);
      expect(releases).toBeLessThanOrEqual(1);
      const stored = await storedWish(w.id);
      if (releases) expect(stored).toMatchObject({ status: 'open' });
      else expect(stored).toMatchObject({ status: 'claimed', claimerId: userIdOf(who) });
    }
  }, 120_000);
});
