import { useEffect, useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import { DEV_LOGIN, ROUTES } from '@/services/env';
import { ensureSession, getSession, startSession, subscribeSession, type SessionState } from '@/services/session';

let redirecting = false;

/** Local H5: send the user to the demo-identity picker, then back to where they were. */
export function goIdentityPicker(from?: string): void {
  if (process.env.TARO_ENV !== 'h5' || !DEV_LOGIN || redirecting) return;
  redirecting = true;
  const here = from ?? `/${Taro.getCurrentInstance().router?.path?.replace(/^\//, '').split('?')[0] ?? ''}`;
  const back = here && here !== '/' && !here.startsWith(ROUTES.identities) ? here : ROUTES.home;
  void Taro.reLaunch({ url: `${ROUTES.identities}?redirect=${encodeURIComponent(back)}` }).finally(() => {
    redirecting = false;
  });
}

/**
 * The signed-in user for a page: starts user.login on first use; on local H5 with nobody signed in,
 * opens the demo-identity picker.
 */
export function useSession(): SessionState & { retry: () => void } {
  const s = useSyncExternalStore(subscribeSession, getSession, getSession);
  useEffect(() => {
    void ensureSession();
  }, []);
  useEffect(() => {
    if (s.status === 'identity') goIdentityPicker();
  }, [s.status]);
  return { ...s, retry: () => void startSession() };
}
