import { useLocalCloud } from '../../helpers/local-cloud';
import { claimedWish, staffAt, volunteers, wishInput } from './fixtures';

const cloud = useLocalCloud();
jest.setTimeout(120_000);

describe('a proxy wish for a resident without a phone', () => {
  it('shows the claimer the station public contact and the grid worker who recorded it; the pool shows neither', async () => {
    await staffAt('np-grid', 'n-dongmen', true);
    await volunteers(['np-vol', 'np-other']);
    const [grid, vol, other] = await Promise.all([cloud.as('np-grid'), cloud.as('np-vol'), cloud.as('np-other')]);
    const input = wishInput({ proxy: true, workPhone: '0571-88001234', beneficiary: { name: '赵大爷', address: '东门社区老街5号' } });
    const claimed = await claimedWish(grid, grid, vol, input);
    expect(claimed.beneficiary.phone).toBeUndefined();
    expect(claimed.contacts).toEqual({
      station: { name: expect.any(String), phone: expect.stringMatching(/\d{7,}/) },
      proxy: { name: expect.any(String), phone: '0571-88001234' },
    });
    expect((await vol.ok('wish', 'detail', { id: claimed.id })).contacts).toEqual(claimed.contacts);
    // Anyone else (the public) sees no contact at all.
    expect((await other.ok('wish', 'detail', { id: claimed.id })).contacts).toBeUndefined();

    // A resident with a phone needs none of this.
    const withPhone = await grid.ok('wish', 'submit', wishInput({ proxy: true }));
    expect(withPhone.contacts).toBeUndefined();
    expect(await grid.call('wish', 'submit', { ...input, workPhone: '12' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
