import type { Fail } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { setUnauthenticatedListener } from './api';
import { DEV_LOGIN } from './env';
import { listenerSet } from './listeners';
import { clearToken, getToken } from './token';
import { userApi } from './user';

/**
 * The signed-in user, kept in one tiny module store (read it with hooks/use-session).
 * - loading: user.login is running
 * - ready: `user` is the caller
 * - error: login failed (network, server); `error` says why, `start()` retries
 * - identity: local H5 only — nobody is signed in yet; the demo-identity picker must run first
 */
export type SessionStatus = 'idle' | 'loading' | 'ready' | 'error' | 'identity';
export type SessionState = { status: SessionStatus; user?: UserView; isNew?: boolean; error?: Fail };

let state: SessionState = { status: 'idle' };
const changes = listenerSet();
let inflight: Promise<SessionState> | undefined;

function set(next: SessionState): void {
  state = next;
  changes.notify();
}

export function getSession(): SessionState {
  return state;
}

export const subscribeSession = changes.subscribe;

/** Signs in (user.login) unless a sign-in is already running or done. */
export function ensureSession(): Promise<SessionState> {
  if (state.status === 'ready' || state.status === 'identity') return Promise.resolve(state);
  return inflight ?? startSession();
}

/** (Re)runs user.login; keeps the old user visible while it runs. */
export function startSession(): Promise<SessionState> {
  if (DEV_LOGIN && !getToken()) {
    set({ status: 'identity' });
    return Promise.resolve(state);
  }
  set({ ...state, status: 'loading', error: undefined });
  const p = userApi.login().then((r) => {
    if (r.ok) set({ status: 'ready', user: r.data.user, isNew: r.data.isNew });
    else if (DEV_LOGIN && r.code === 'UNAUTHENTICATED') {
      clearToken();
      set({ status: 'identity' });
    } else set({ status: 'error', user: state.user, error: r });
    return state;
  });
  inflight = p;
  void p.finally(() => {
    if (inflight === p) inflight = undefined;
  });
  return p;
}

/** After an action that answers the fresh UserView (setHomeStation, registerVolunteer, profile). */
export function updateSessionUser(user: UserView): void {
  set({ ...state, status: 'ready', user, error: undefined });
}

/** Local H5: forget the identity so the picker shows again. */
export function signOut(): void {
  clearToken();
  set({ status: 'identity' });
}

setUnauthenticatedListener(() => {
  if (DEV_LOGIN && state.status !== 'identity') {
    clearToken();
    set({ status: 'identity' });
  }
});
