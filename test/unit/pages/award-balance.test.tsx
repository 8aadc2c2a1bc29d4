/** @jest-environment jsdom */
import type { UserView } from '@/contracts/user';
import { fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const staff: UserView = {
  id: 'u-staff',
  nickname: '刘芳',
  roles: [{ role: 'staff', nodeId: 'n-chengguan' }],
  staff: true,
  createdAt: 0,
  self: true,
};
const ok = (data: unknown) => ({ status: 200, body: { ok: true, data } });
const gateway = fakeGateway();

describe('发放文明积分', () => {
  it('after an award the resident card shows the balance the award answered, not the one read before', async () => {
    const { render, screen, fireEvent, waitFor } = freshApp({ devLogin: false });
    const AwardPage = (require('@/packages/staff-points/award/index') as typeof import('@/packages/staff-points/award/index')).default;
    gateway.answers.push(ok({ user: staff, isNew: false }));
    const { container } = render(<AwardPage />);
    await waitFor(() => expect(container.querySelector('#award-input-code')).not.toBeNull());

    gateway.answers.push(ok({ user: { id: 'u-wang', nickname: '王小红', balance: 3, earned: 3, spent: 0 }, items: [], next: null }));
    fireEvent.change(container.querySelector('#award-input-code')!, { target: { value: 'u-wang' } });
    fireEvent.click(container.querySelector('#award-btn-find')!);
    await waitFor(() => expect(container.querySelector('#award-resident')?.textContent).toContain('3 分'));

    fireEvent.click(container.querySelector('#award-category-0')!);
    fireEvent.click(container.querySelector('#award-amount-5')!);
    gateway.answers.push(ok({ entryId: 'e-1', balanceAfter: 8, duplicate: false }));
    fireEvent.click(container.querySelector('#award-btn-submit')!);
    await screen.findByText(/已给王小红发放 5 分/);
    const card = container.querySelector('#award-resident')!.textContent!;
    expect(card).toContain('8 分');
    expect(card).not.toContain('3 分');
  });
});
