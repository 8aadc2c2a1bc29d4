/**
 * Views carry the viewer's actions: wish.detail (and every action on one wish) answers what this caller
 * may do now, worked out on the server from the state machine and the access rules; lists leave it out.
 */
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { resident, volunteers, wishInput } from './fixtures';

const cloud = useLocalCloud();
let staff: Caller;
let owner: Caller;
let claimer: Caller;
let other: Caller;
let bystander: Caller;
beforeAll(async () => {
  staff = await cloud.as('demo-staff');
  owner = await resident(cloud, 'ac-owner');
  await volunteers(['ac-claimer', 'ac-other']);
  [claimer, other] = await Promise.all([cloud.as('ac-claimer'), cloud.as('ac-other')]);
  bystander = await resident(cloud, 'ac-bystander');
});

const actionsOf = async (c: Caller, id: string) => (await c.ok('wish', 'detail', { id })).actions;

describe('wish.detail actions', () => {
  it('offers each person only what they may do, at every step of the journey', async () => {
    const w = await owner.ok('wish', 'submit', wishInput());
    expect(w.actions).toEqual(['cancel']);
    expect(await actionsOf(owner, w.id)).toEqual(['cancel']);
    expect(await actionsOf(staff, w.id)).toEqual(['review']);
    expect(await claimer.call('wish', 'detail', { id: w.id })).toMatchObject({ ok: false, code: 'WISH_NOT_FOUND' });

    const opened = await staff.ok('wish', 'review', { id: w.id, approve: true });
    expect(opened.actions).toEqual([]);
    expect(await actionsOf(owner, w.id)).toEqual(['cancel']);
    expect(await actionsOf(claimer, w.id)).toEqual(['claim']);
    expect(await actionsOf(bystander, w.id)).toEqual(['registerToClaim']);
    expect(await actionsOf(staff, w.id)).toEqual([]);

    const claimed = await claimer.ok('wish', 'claim', { id: w.id });
    expect(claimed.actions).toEqual(['fulfil', 'release']);
    expect(await actionsOf(owner, w.id)).toEqual([]);
    expect(await actionsOf(other, w.id)).toEqual([]);
    expect(await actionsOf(staff, w.id)).toEqual([]);

    const fulfilled = await claimer.ok('wish', 'fulfil', { id: w.id, note: '已把米送到王奶奶家' });
    expect(fulfilled.actions).toEqual([]);
    expect(await actionsOf(owner, w.id)).toEqual(['confirm']);
    expect(await actionsOf(staff, w.id)).toEqual(['confirm']);

    const confirmed = await owner.ok('wish', 'confirm', { id: w.id, rating: 5 });
    expect(confirmed.actions).toEqual([]);
    for (const c of [owner, claimer, staff, bystander]) expect(await actionsOf(c, w.id)).toEqual([]);
  });

  it('offers the owner a new wish once one ended unfulfilled (withdrawn, rejected)', async () => {
    const w = await owner.ok('wish', 'submit', wishInput({ title: '想要一副老花镜' }));
    expect((await owner.ok('wish', 'cancel', { id: w.id })).actions).toEqual(['resubmit']);
    expect(await actionsOf(owner, w.id)).toEqual(['resubmit']);
    expect(await actionsOf(staff, w.id)).toEqual([]);

    const r = await owner.ok('wish', 'submit', wishInput({ title: '想要一台收音机' }));
    expect((await staff.ok('wish', 'review', { id: r.id, approve: false, reason: '请写清楚需要的型号' })).actions).toEqual([]);
    expect(await actionsOf(owner, r.id)).toEqual(['resubmit']);
  });

  it('leaves actions out of lists', async () => {
    const mine = await owner.ok('wish', 'mine', {});
    expect(mine.items.length).toBeGreaterThan(0);
    for (const item of mine.items) expect(item).not.toHaveProperty('actions');
  });
});
