import { WISH_RULES } from '@/core/wish';
import { useLocalCloud } from '../../helpers/local-cloud';
import { openWish, resident, staffAt, volunteers, wishInput } from './fixtures';

const cloud = useLocalCloud();
jest.setTimeout(120_000);

describe('caps are said before they refuse', () => {
  it('at the claim cap the detail offers no claim and says why; below it, claim is offered', async () => {
    await volunteers(['cap-vol']);
    await staffAt('cap-staff', 'n-dongmen');
    // Two residents: each may have only 3 unfinished wishes of their own.
    const [owner, owner2, staff, vol] = await Promise.all([
      resident(cloud, 'cap-owner'),
      resident(cloud, 'cap-owner-2'),
      cloud.as('cap-staff'),
      cloud.as('cap-vol'),
    ]);
    const cap = WISH_RULES.maxActiveClaimsVolunteer;
    const wishes = [];
    for (let i = 0; i <= cap; i++) wishes.push(await openWish(i % 2 ? owner2 : owner, staff, { title: `心愿${i}` }));
    for (const w of wishes.slice(0, cap - 1)) await vol.ok('wish', 'claim', { id: w.id });
    const below = await vol.ok('wish', 'detail', { id: wishes[cap].id });
    expect(below.actions).toContain('claim');
    expect(below.claimLimitReached).toBeUndefined();

    await vol.ok('wish', 'claim', { id: wishes[cap - 1].id });
    const at = await vol.ok('wish', 'detail', { id: wishes[cap].id });
    expect(at.actions).not.toContain('claim');
    expect(at.claimLimitReached).toBe(cap);
    // And the claim is indeed refused: the view and the action agree.
    expect(await vol.call('wish', 'claim', { id: wishes[cap].id })).toMatchObject({ ok: false, code: 'WISH_CLAIM_LIMIT_REACHED' });
  });

  it('allowance says how many more wishes a resident may post, before the form', async () => {
    const me = await resident(cloud, 'allow-owner');
    const cap = WISH_RULES.maxUnfinishedPerResident;
    expect(await me.ok('wish', 'allowance')).toEqual({ cap, unfinished: 0, remaining: cap });
    for (let i = 0; i < cap; i++) await me.ok('wish', 'submit', wishInput({ title: `第${i}个` }));
    expect(await me.ok('wish', 'allowance')).toEqual({ cap, unfinished: cap, remaining: 0 });
    expect(await me.call('wish', 'submit', wishInput())).toMatchObject({ ok: false, code: 'WISH_LIMIT_REACHED' });
  });
});
