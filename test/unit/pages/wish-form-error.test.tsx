/** @jest-environment jsdom */
import { residentView } from '../../helpers/fixtures-views';
import { answerRefused, fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const resident = residentView({ homeStationName: '东门社区站' });
const gateway = fakeGateway();

describe('the wish form after a failed submit', () => {
  it('shows the server message right next to the submit button, in the same block', async () => {
    const { render, fireEvent, waitFor } = freshApp({ devLogin: false });
    const WishForm = (require('@/components/wish-form') as typeof import('@/components/wish-form')).default;
    const { container } = render(<WishForm mode='self' user={resident} idPrefix='wf' />);
    const fill = (id: string, value: string) => fireEvent.change(container.querySelector(`#${id}`)!, { target: { value } });
    fill('wf-title', '想要一台收音机');
    fill('wf-story', '家里的收音机坏了，每天想听听新闻和戏曲。');
    fireEvent.click(container.querySelector('#wf-category-0')!);
    fill('wf-yuan', '80');
    fill('wf-name', '张桂兰');
    fill('wf-phone', '13912345678');
    fill('wf-address', '东门社区3栋2单元');
    gateway.answers.push(answerRefused('WISH_UNFINISHED_LIMIT', '您已有3个心愿还没有完成'));
    fireEvent.click(container.querySelector('#wf-btn-submit')!);
    const error = await waitFor(() => {
      const e = container.querySelector('#wf-error');
      expect(e?.textContent).toContain('您已有3个心愿还没有完成');
      return e!;
    });
    // The message and the button share the block the user is looking at; nothing stands between them.
    const block = error.parentElement!;
    expect(block.contains(container.querySelector('#wf-btn-submit'))).toBe(true);
    expect(error.nextElementSibling?.contains(container.querySelector('#wf-btn-submit'))).toBe(true);
  });
});
