/** @jest-environment jsdom */
import { residentView } from '../../helpers/fixtures-views';
import { answerRefused, fakeGateway, formDriver, freshApp } from '../../helpers/taro-jsdom/app';

// A team leader (not staff): the form starts on the team's own station, so no picker is needed.
const leader = residentView({
  id: 'u-li',
  nickname: '李队长',
  homeStationName: '东门社区站',
  roles: [{ role: 'leader', nodeId: 'n-dongmen', nodeName: '东门社区站', teamId: 't-dongmen' }],
});
const gateway = fakeGateway();

describe('the event publish form after a failed submit', () => {
  it('shows the server message right next to the publish button, in the same block', async () => {
    const app = freshApp({ devLogin: false });
    const { render, waitFor } = app;
    const { EventForm } = require('@/packages/event/publish') as typeof import('@/packages/event/publish');
    // The station read on mount (its address and location), then the publish the test is about.
    gateway.answers.push(answerRefused('NOT_FOUND', '站点不存在'));
    const { container } = render(<EventForm user={leader} />);
    await waitFor(() => expect(gateway.requests).toHaveLength(1));
    const { fill, tap, shown } = formDriver(app, container);
    fill({ 'event-form-title': '社区义诊' });
    tap('event-form-category-0');
    fill({ 'event-form-description': '请医生为老人量血压、讲解用药。', 'event-form-address': '东门社区活动室' });
    gateway.answers.push(answerRefused('EVENT_SLOT_TOO_SOON', '场次开始时间太近了'));
    tap('event-form-btn-submit');
    const error = await shown('event-form-failure', '场次开始时间太近了');
    expect(gateway.requests[1]).toEqual(expect.objectContaining({ body: expect.objectContaining({ action: 'publish' }) }));
    // The message and the button share the block the user is looking at; nothing stands between them.
    expect(error.parentElement!.classList.contains('submit-bar')).toBe(true);
    expect(error.nextElementSibling?.contains(container.querySelector('#event-form-btn-submit'))).toBe(true);
    expect(container.querySelector('.page__banner')).toBeNull();
  });
});
