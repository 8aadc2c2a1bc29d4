/** @jest-environment jsdom */
import { residentView } from '../../helpers/fixtures-views';
import { answerOk as ok, answerSignedIn, fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const gateway = fakeGateway();

describe('许个心愿 with 3 unfinished wishes', () => {
  it('says so before the form, instead of refusing after it was filled in', async () => {
    const { render, waitFor } = freshApp({ devLogin: false });
    const Page = (require('@/packages/wish/submit/index') as typeof import('@/packages/wish/submit/index')).default;
    gateway.answers.push(answerSignedIn(residentView()), ok({ cap: 3, unfinished: 3, remaining: 0 }));
    const { container } = render(<Page />);
    await waitFor(() => expect(container.querySelector('#wish-submit-cap')?.textContent).toContain('您已有 3 个心愿还没完成'));
    expect(container.querySelector('#wish-form-title')).toBeNull();
  });
});
