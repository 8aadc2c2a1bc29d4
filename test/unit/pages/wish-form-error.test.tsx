/** @jest-environment jsdom */
import { residentView } from '../../helpers/fixtures-views';
import { answerRefused, fakeGateway, formDriver, freshApp } from '../../helpers/taro-jsdom/app';

const resident = residentView({ homeStationName: '东门社区站' });
const gateway = fakeGateway();

describe('the wish form after a failed submit', () => {
  it('shows the server message right next to the submit button, in the same block', async () => {
    const app = freshApp({ devLogin: false });
    const WishForm = (require('@/components/wish-form') as typeof import('@/components/wish-form')).default;
    const { container } = app.render(<WishForm mode='self' user={resident} idPrefix='wf' />);
    const { fill, tap, shown } = formDriver(app, container);
    fill({ 'wf-title': '想要一台收音机', 'wf-story': '家里的收音机坏了，每天想听听新闻和戏曲。' });
    tap('wf-category-0');
    fill({ 'wf-yuan': '80', 'wf-name': '张桂兰', 'wf-phone': '13912345678', 'wf-address': '东门社区3栋2单元' });
    gateway.answers.push(answerRefused('WISH_UNFINISHED_LIMIT', '您已有3个心愿还没有完成'));
    tap('wf-btn-submit');
    const error = await shown('wf-error', '您已有3个心愿还没有完成');
    // The message and the button share the block the user is looking at; nothing stands between them.
    const block = error.parentElement!;
    expect(block.contains(container.querySelector('#wf-btn-submit'))).toBe(true);
    expect(error.nextElementSibling?.contains(container.querySelector('#wf-btn-submit'))).toBe(true);
  });
});
