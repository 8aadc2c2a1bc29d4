import Taro from '@tarojs/taro';
import type { HomeInput, HomeView } from '@/contracts/home';
import type { Result } from '@/contracts/result';
import { onCallAnswered } from './api';
import { locate } from './location';
import { userApi } from './user';
import { agreedBefore } from './privacy';

/**
 * Actions that only read (or touch nothing 首页 shows). Any other action that succeeds may have changed
 * what 首页 shows — a claim, a sign-up, an order, a read message, a new home station — and marks its answer
 * stale; 首页 reloads when it shows again. A read missing here costs one extra home read, nothing more.
 */
const READS =
  /^(home|login|profile|list|detail|pool|browse|balance|history|mine|my[A-Z]|managed|roster|\w+Queue|todoCounts|tree|node|\w+Stations|templates|unread|find|resolve|preview|allowance|settings|audit|producers|handovers|order[A-Z]|station[A-Z]|stars?|seal$|verify$|live|\w+Sheet|userHistory|optIn|wxa)/;

let stale = false;
onCallAnswered((_fn, action) => {
  if (!READS.test(action)) stale = true;
});

/** True after a write since the last home load (the page reloads on its next show). */
export const homeIsStale = (): boolean => stale;

/** How long 首页 waits for a location fix before it asks without one (the home station's wishes). */
const FIX_WAIT_MS = 3000;

/** The location permission given before (never asks). Promise chains, not async: smaller in the main package. */
function permitted(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    return Taro.getSetting().then(
      (s) => s.authSetting?.['scope.userLocation'] === true,
      () => false,
    );
  }
  const perms = typeof navigator !== 'undefined' ? navigator.permissions : undefined;
  return perms
    ? perms.query({ name: 'geolocation' }).then(
        (p) => p.state === 'granted',
        () => false,
      )
    : Promise.resolve(false);
}

/**
 * The phone's location, only when the user already agreed to share it (privacy consent and the location
 * permission given before): 首页 never asks. Nothing otherwise, or when no fix came in time.
 */
function knownLocation(): Promise<HomeInput> {
  return agreedBefore()
    .then((ok) => ok && permitted())
    .then((ok) => (ok ? Promise.race([locate(), new Promise<undefined>((r) => setTimeout(r, FIX_WAIT_MS))]) : undefined))
    .then((fix) => (fix?.ok ? { lat: fix.point.lat, lng: fix.point.lng } : {}));
}

/** 首页 in one call (user.home). */
export function loadHome(): Promise<Result<HomeView>> {
  stale = false;
  return knownLocation().then((where) => userApi.home(where));
}
