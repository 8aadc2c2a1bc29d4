/** @jest-environment jsdom */
import { staffView, wishView } from '../../helpers/fixtures-views';
import { answerOk as ok, answerSignedIn, fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const pending = wishView({
  status: 'pending_review',
  beneficiary: { name: '张桂兰', phone: '13912345678', address: '东门社区3栋' },
  viewer: 'staff',
  createdAt: Date.now() - 3600_000,
});
const gateway = fakeGateway();

describe('审核心愿 after a decision', () => {
  it.each([
    ['approve', { status: 'open', openedAt: Date.now() }],
    ['reject', { status: 'rejected', rejectReason: '请写清需要的物品' }],
  ] as const)('the card no longer says 待审核 after %s', async (how, after) => {
    const { render, fireEvent, waitFor } = freshApp({ devLogin: false });
    const Page = (require('@/packages/staff/review/index') as typeof import('@/packages/staff/review/index')).default;
    gateway.answers.push(answerSignedIn(staffView()), ok({ items: [pending], next: null }));
    const { container } = render(<Page />);
    const card = () => container.querySelector('#review-item-w-1')!;
    await waitFor(() => expect(card()?.textContent).toContain('待审核'));
    gateway.answers.push(ok({ ...pending, ...after }));
    if (how === 'approve') fireEvent.click(container.querySelector('#review-w-1-btn-approve')!);
    else {
      fireEvent.click(container.querySelector('#review-w-1-btn-reject')!);
      fireEvent.change(container.querySelector('#review-w-1-reason')!, { target: { value: '请写清需要的物品' } });
      fireEvent.click(container.querySelector('#review-w-1-btn-reject-confirm')!);
    }
    await waitFor(() => expect(container.querySelector('#review-result-w-1')).not.toBeNull());
    expect(card().getAttribute('data-status')).toBe(after.status);
    expect(card().textContent).not.toContain('待审核');
  });
});

describe('审核心愿: photos and preset reasons', () => {
  it('shows the wish photos and sends a preset reason tapped instead of typed', async () => {
    const { render, fireEvent, waitFor } = freshApp({ devLogin: false });
    const Page = (require('@/packages/staff/review/index') as typeof import('@/packages/staff/review/index')).default;
    const { WISH_REJECT_REASONS } = require('@/contracts/wish') as typeof import('@/contracts/wish');
    gateway.answers.push(answerSignedIn(staffView()), ok({ items: [{ ...pending, photos: ['cloud://env/wish/a.png'] }], next: null }));
    const { container } = render(<Page />);
    await waitFor(() => expect(container.querySelector('#review-w-1-btn-reject')).not.toBeNull());
    expect(container.querySelector('#review-box-w-1 img')).not.toBeNull();
    fireEvent.click(container.querySelector('#review-w-1-btn-reject')!);
    fireEvent.click(container.querySelector('#review-w-1-reason-0')!);
    gateway.answers.push(ok({ ...pending, status: 'rejected', rejectReason: WISH_REJECT_REASONS[0] }));
    fireEvent.click(container.querySelector('#review-w-1-btn-reject-confirm')!);
    await waitFor(() => expect(container.querySelector('#review-result-w-1')).not.toBeNull());
    expect(gateway.requests.at(-1)?.body).toEqual({
      action: 'review',
      data: { id: 'w-1', approve: false, reason: WISH_REJECT_REASONS[0] },
    });
  });
});
