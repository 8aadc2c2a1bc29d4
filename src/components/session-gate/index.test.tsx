/** @jest-environment jsdom */
import type { UserView } from '@/contracts/user';
import { fakeGateway, freshApp, type GatewayAnswer } from '../../../test/helpers/taro-jsdom/app';

const user: UserView = { id: 'u-1', nickname: '张桂兰', roles: [], staff: false, createdAt: 0, self: true };
const loginOk: GatewayAnswer = { status: 200, body: { ok: true, data: { user, isNew: false } } };
const gateway = fakeGateway();

/** The gate on a page, the app started afresh (the session is a module store). */
function page(env: Parameters<typeof freshApp>[0]) {
  const app = freshApp(env);
  const SessionGate = (require('.') as typeof import('.')).default;
  app.render(<SessionGate idPrefix='me'>{(u) => <span id='me-name'>{u.nickname}</span>}</SessionGate>);
  return app;
}

describe('SessionGate', () => {
  it('正在登录… until the user is known, then the page with that user', async () => {
    gateway.answers.push(loginOk);
    const { screen } = page({ devLogin: false });
    expect(screen.getByText('正在登录…')).toBeTruthy();
    expect(await screen.findByText('张桂兰')).toBeTruthy();
    expect(screen.queryByText('正在登录…')).toBeNull();
  });

  it('login failed: why, and 重试 signs in and shows the page', async () => {
    gateway.answers.push('offline', loginOk);
    const { screen, fireEvent } = page({ devLogin: false });
    expect(await screen.findByText('暂时连不上')).toBeTruthy();
    expect(screen.getByText('网络不好，请稍后再试')).toBeTruthy();
    expect(document.getElementById('me-name')).toBeNull();
    const retry = screen.getByRole('button', { name: '重试' });
    expect(retry.id).toBe('me-btn-retry');
    fireEvent.click(retry);
    expect(await screen.findByText('张桂兰')).toBeTruthy();
  });

  it('local H5 with nobody signed in: 请先选择身份… (the picker opens), never the page', async () => {
    const { screen, taro } = page({ devLogin: true, path: '/pages/me/index' });
    expect(await screen.findByText('请先选择身份…')).toBeTruthy();
    expect(taro.taroCalls.some((c) => c.api === 'reLaunch')).toBe(true);
    expect(screen.queryByText('张桂兰')).toBeNull();
    expect(gateway.requests).toEqual([]);
  });
});
