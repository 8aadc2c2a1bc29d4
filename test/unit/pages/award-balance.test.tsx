/** @jest-environment jsdom */
import { staffView } from '../../helpers/fixtures-views';
import { answerOk as ok, answerSignedIn, fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const gateway = fakeGateway();

describe('发放文明积分', () => {
  it('after an award the resident card shows the balance the award answered, not the one read before', async () => {
    const { render, screen, fireEvent, waitFor } = freshApp({ devLogin: false });
    const AwardPage = (require('@/packages/staff-points/award/index') as typeof import('@/packages/staff-points/award/index')).default;
    gateway.answers.push(answerSignedIn(staffView()));
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
