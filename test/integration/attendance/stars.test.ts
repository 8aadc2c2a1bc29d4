/** Star levels and 志愿之星 through the real SDK: thresholds from the center settings, the ranking, picking with its bonus once, the public list. */
import { COLLECTIONS } from '@/contracts/collections';
import { chinaMonth } from '@/core/attendance';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { useCaller } from '../../helpers/people';
import { DONGMEN, inboxOf, staffAt, volunteers } from '../event/fixtures';
import { entriesOf, H, seatedSlot, SQUARE, userOf, useCrew } from './fixtures';

const cloud = useLocalCloud();
const ids = ['st-v0', 'st-v1', 'st-v2', 'st-v3'];
beforeAll(async () => {
  // Low thresholds and a bonus of 30, written before any function reads (and caches) the settings.
  await db()
    .collection(COLLECTIONS.settings)
    .add({ data: { _id: 'center', starThresholdsHours: [2, 4, 6, 8, 10], starBonusPoints: 30 } });
});
const { leader, v } = useCrew(cloud, ids);
const staff = useCaller(cloud, 'demo-staff');

/** Each of `who` serves the whole of a fresh slot, which the leader confirms. */
async function serve(who: Caller[], at: { days: number; hour: number; hours?: number }, over = {}) {
  const s = await seatedSlot(leader, who, at, over);
  await Promise.all(who.map((c) => c.ok('event', 'checkIn', { slotId: s.slotId, location: SQUARE }, { now: s.start })));
  await Promise.all(who.map((c) => c.ok('event', 'checkOut', { slotId: s.slotId, location: SQUARE }, { now: s.end })));
  await leader.ok('event', 'confirm', { slotId: s.slotId }, { now: s.end + H });
  return s;
}

/**
 * `size` volunteers `st-<tag>0…`, each with one confirmed record in `month` (its hours by index), written
 * straight into the store; answers their openids.
 */
async function confirmedCrowd(tag: string, size: number, month: string, idPrefix: string, hours: (i: number) => number) {
  const crowd = Array.from({ length: size }, (_, i) => `st-${tag}${i}`);
  await volunteers(crowd);
  await db()
    .collection(COLLECTIONS.attendance)
    .add({
      data: crowd.map((o, i) => ({
        _id: `${idPrefix}-${i}`,
        userId: userIdOf(o),
        state: 'confirmed',
        month,
        hours: hours(i),
        stationPath: DONGMEN,
        stationId: 'n-dongmen',
        stationName: '东门',
        volunteerName: `志愿者${i + 1}`,
        category: '文明引导',
      })),
    });
  return crowd;
}

let month: string;
let later: number;

describe('star levels', () => {
  it('rise with confirmed hours by the center thresholds, each new star told once, shown on 我的 and the records', async () => {
    const a = await serve([v[0], v[1], v[2]], { days: 1, hour: 8 });
    const b = await serve([v[0]], { days: 1, hour: 14 });
    await serve([v[2]], { days: 1, hour: 17, hours: 2 }, { category: '卫生健康' });
    month = chinaMonth(a.start);
    later = b.end + 2 * H;
    expect(await userOf('st-v0')).toMatchObject({ serviceHours: 4, serviceStar: 2 });
    expect((await inboxOf('st-v0', 'attendance.starReached')).map((m) => m.body)).toEqual([
      expect.stringContaining('一星志愿者'),
      expect.stringContaining('二星志愿者'),
    ]);
    expect((await v[0].ok('user', 'profile', {})).volunteer).toMatchObject({ hours: 4, star: 2 });
    expect(await v[0].ok('event', 'myRecords', {})).toMatchObject({ totalHours: 4, recordCount: 2, star: 2, nextStarHours: 2 });
    expect(await v[1].ok('event', 'myRecords', {})).toMatchObject({ totalHours: 2, star: 1 });
  });
});

describe('志愿之星', () => {
  it('ranks confirmed hours of the month per volunteer (per category) for staff of the scope', async () => {
    const all = await staff.ok('event', 'starRanking', { month }, { now: later });
    expect(all).toMatchObject({ month, scopeNodeId: 'n-chengguan', picked: 0, pickMax: 20 });
    expect(all.lines.map((l: any) => [l.userId, l.hours, l.records])).toEqual([
      [userIdOf('st-v0'), 4, 2],
      [userIdOf('st-v2'), 4, 2],
      [userIdOf('st-v1'), 2, 1],
    ]);
    const health = await staff.ok('event', 'starRanking', { month, category: '卫生健康', stationId: 'n-dongmen' }, { now: later });
    expect(health.lines.map((l: any) => [l.userId, l.hours])).toEqual([[userIdOf('st-v2'), 2]]);
  });

  it('refuses a volunteer, staff outside the subtree, and a month that has not begun', async () => {
    await staffAt('st-far', 'n-longxi');
    const far = await cloud.as('st-far');
    expect(await v[0].call('event', 'starRanking', { month }, { now: later })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await far.call('event', 'starRanking', { month, stationId: 'n-dongmen' }, { now: later })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(
      await far.call('event', 'pickStars', { month, userIds: [userIdOf('st-v0')], stationId: 'n-dongmen' }, { now: later }),
    ).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await staff.call('event', 'starRanking', { month: '2099-01' }, { now: later })).toMatchObject({
      ok: false,
      code: 'STAR_MONTH_INVALID',
    });
    expect(await staff.call('event', 'pickStars', { month, userIds: [userIdOf('st-v3')] }, { now: later })).toMatchObject({
      ok: false,
      code: 'STAR_NOT_ELIGIBLE',
    });
  });

  it('pays each star its bonus once per month, however often or by however many staff it is picked', async () => {
    await staffAt('st-staff2', 'n-chengguan');
    const staff2 = await cloud.as('st-staff2');
    const pick = { month, userIds: [userIdOf('st-v0'), userIdOf('st-v1')], stationId: 'n-chengguan' };
    const both = await Promise.all([staff, staff2].map((c) => c.call('event', 'pickStars', pick, { now: later })));
    expect(both.map((r) => r.ok)).toEqual([true, true]);
    expect(both.reduce((n, r) => n + (r.ok ? r.data.picked.length : 0), 0)).toBe(2);
    const again = await staff.ok('event', 'pickStars', pick, { now: later + 1000 });
    expect(again).toMatchObject({ picked: [], alreadyPicked: 2, bonusPoints: 30 });
    for (const id of ['st-v0', 'st-v1']) {
      expect((await entriesOf(id, 'star')).map((e) => [e.amount, e.sourceId])).toEqual([[30, `${month}:n-chengguan:${userIdOf(id)}`]]);
      expect(await inboxOf(id, 'attendance.volunteerStar')).toHaveLength(1);
    }
    // a star of another scope (the station) is another star
    await staff.ok('event', 'pickStars', { month, userIds: [userIdOf('st-v0')], stationId: 'n-dongmen' }, { now: later });
    expect((await entriesOf('st-v0', 'star')).length).toBe(2);
    const ranking = await staff.ok('event', 'starRanking', { month }, { now: later });
    expect(ranking).toMatchObject({ picked: 2 });
    expect(ranking.lines.filter((l: any) => l.picked).length).toBe(2);
  });

  it('lists this and past months publicly, names masked', async () => {
    const anyone = await cloud.as('st-anyone');
    const list = await anyone.ok('event', 'stars', { month });
    expect(list.items).toHaveLength(3);
    expect(list.items[0]).toMatchObject({ month, maskedName: expect.stringMatching(/^志\*+$/), bonusPoints: 30 });
    expect(list.items[0]).not.toHaveProperty('name');
    expect((await anyone.ok('event', 'stars', {})).items).toHaveLength(3);
  });

  it('takes at most 20 stars a month per scope', async () => {
    const past = '2025-06';
    const crowd = await confirmedCrowd('c', 21, past, 'st-att', (i) => 1 + i);
    const userIds = crowd.map(userIdOf);
    expect(await staff.call('event', 'pickStars', { month: past, userIds }, { now: later })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await staff.ok('event', 'pickStars', { month: past, userIds: userIds.slice(0, 20) }, { now: later })).toMatchObject({
      alreadyPicked: 0,
    });
    expect(await staff.call('event', 'pickStars', { month: past, userIds: userIds.slice(20) }, { now: later })).toMatchObject({
      ok: false,
      code: 'STAR_TOO_MANY',
    });
    expect(await entriesOf('st-c20', 'star')).toEqual([]);
  }, 120_000);

  it('never passes 20 when two staff pick at once: the stars each got stand and are paid, once', async () => {
    const past = '2025-07';
    const crowd = await confirmedCrowd('d', 22, past, 'st-att2', () => 2);
    const userIds = crowd.map(userIdOf);
    const staff2 = await cloud.as('st-staff2'); // staff of 城关镇 too (an earlier test)
    const answers = await Promise.all([
      staff.call('event', 'pickStars', { month: past, userIds: userIds.slice(0, 11) }, { now: later }),
      staff2.call('event', 'pickStars', { month: past, userIds: userIds.slice(11) }, { now: later }),
    ]);
    const picked = answers.reduce((n, r) => n + (r.ok ? r.data.picked.length : 0), 0);
    expect(picked).toBe(20);
    for (const r of answers) if (!r.ok) expect(r.code).toBe('STAR_TOO_MANY');
    const listed = await staff.ok('event', 'stars', { month: past, limit: 50 });
    expect(listed.items).toHaveLength(20);
    const paid = await Promise.all(crowd.map((o) => entriesOf(o, 'star')));
    expect(paid.filter((e) => e.length === 1)).toHaveLength(20);
    expect(paid.filter((e) => e.length > 1)).toHaveLength(0);
  }, 120_000);
});
