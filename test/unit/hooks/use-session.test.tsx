/** @jest-environment jsdom */
import type { UserView } from '@/contracts/user';
import { fakeGateway, freshApp, type GatewayAnswer } from '../../helpers/taro-jsdom/app';

// The session is a module store that reads the build switches when it loads: each test starts the app afresh.
const user: UserView = { id: 'u-1', nickname: '张桂兰', roles: [], staff: false, createdAt: 0, self: true };
const loginOk: GatewayAnswer = { status: 200, body: { ok: true, data: { user, isNew: false } } };
const unauthenticated: GatewayAnswer = { status: 200, body: { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' } };
const gateway = fakeGateway();

function start(env: Parameters<typeof freshApp>[0]) {
  const app = freshApp(env);
  const { useSession } = require('@/hooks/use-session') as typeof import('@/hooks/use-session');
  return { ...app, useSession };
}

describe('useSession', () => {
  it('signs in on first use, once for every page part that asks, and answers the user', async () => {
    const { renderHook, waitFor, useSession } = start({ devLogin: false });
    gateway.answers.push(loginOk);
    const a = renderHook(() => useSession());
    const b = renderHook(() => useSession());
    expect(a.result.current.status).toBe('loading');
    await waitFor(() => expect(a.result.current.status).toBe('ready'));
    expect(a.result.current.user).toEqual(user);
    expect(b.result.current.user).toEqual(user);
    expect(gateway.requests).toEqual([{ url: '/api/fn/user', body: { action: 'login', data: {} }, auth: undefined }]);
  });

  it('login fails (offline): status error with the reason; retry() signs in', async () => {
    const { renderHook, waitFor, act, useSession } = start({ devLogin: false });
    gateway.answers.push('offline', loginOk);
    const { result } = renderHook(() => useSession());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'NETWORK', message: '网络不好，请稍后再试' });
    expect(result.current.user).toBeUndefined();
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.user).toEqual(user);
  });

  it('local H5 with nobody signed in: asks for an identity and opens the picker, back to this page after', async () => {
    const { renderHook, waitFor, taro, useSession } = start({ devLogin: true, path: '/packages/wish/detail/index' });
    const { result } = renderHook(() => useSession());
    await waitFor(() => expect(result.current.status).toBe('identity'));
    expect(gateway.requests).toEqual([]);
    expect(taro.taroCalls.filter((c) => c.api === 'reLaunch')).toEqual([
      { api: 'reLaunch', arg: { url: `/packages/dev/identities/index?redirect=${encodeURIComponent('/packages/wish/detail/index')}` } },
    ]);
  });

  it('local H5 on the picker itself: back to the home page after', async () => {
    const { renderHook, waitFor, taro, useSession } = start({ devLogin: true, path: '/packages/dev/identities/index' });
    renderHook(() => useSession());
    await waitFor(() => expect(taro.taroCalls.some((c) => c.api === 'reLaunch')).toBe(true));
    expect(taro.taroCalls.find((c) => c.api === 'reLaunch')?.arg).toEqual({
      url: `/packages/dev/identities/index?redirect=${encodeURIComponent('/pages/index/index')}`,
    });
  });

  it('local H5 with a token the server no longer knows: forgets it and asks for an identity', async () => {
    const { renderHook, waitFor, storage, taro, useSession } = start({ devLogin: true, token: 'old-token', path: '/pages/me/index' });
    gateway.answers.push(unauthenticated);
    const { result } = renderHook(() => useSession());
    await waitFor(() => expect(result.current.status).toBe('identity'));
    expect(gateway.requests[0].auth).toBe('Bearer old-token');
    expect(storage.get('session-token')).toBe('');
    expect(taro.taroCalls.filter((c) => c.api === 'reLaunch')).toHaveLength(1);
  });

  it('local H5 with a valid token: signs in with it, no picker', async () => {
    const { renderHook, waitFor, taro, useSession } = start({ devLogin: true, token: 'good-token' });
    gateway.answers.push(loginOk);
    const { result } = renderHook(() => useSession());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(gateway.requests.map((r) => r.auth)).toEqual(['Bearer good-token']);
    expect(taro.taroCalls.filter((c) => c.api === 'reLaunch')).toEqual([]);
  });
});
