import Taro from '@tarojs/taro';
import type { HomeInput, HomeView } from '@/contracts/home';
import type { Result } from '@/contracts/result';
import { call, onCallAnswered } from './api';
import { locate } from './location';
import { agreedBefore } from './privacy';

/**
 * Actions that only read (or touch nothing 首页 shows). Any other action that succeeds may have changed
 * what 首页 shows — a claim, a sign-up, an order, a read message, a new home station — and marks its answer
 * stale; 首页 reloads when it shows again. A read missing here costs one extra home read, nothing more.
 */
const READS =
  /^(home|login|profile|list|detail|pool|browse|balance|history|mine|my[A-Z]\w*|managed|roster|reviewQueue|volunteerQueue|todoCounts|tree|node|nearestStations|scopeStations|templates|unreadCount|findPeople|resolveCode|previewRegistration|allowance|settings|auditLog|producers|handovers|orderDetail|station[A-Z]\w*|stars|starRanking|seal|verify|liveCode|attendanceSheet|recordSheet|userHistory|optIn|wxaMediaCheck)$/;

let stale = false;
onCallAnswered((_fn, action) => {
  if (!READS.test(action)) stale = true;
});

/** True once after a write since the last home load (the page reloads on its next show). */
export function homeIsStale(): boolean {
  return stale;
}

/** How long 首页 waits for a location fix before it asks without one (the home station's wishes). */
const FIX_WAIT_MS = 3000;

/**
 * The phone's location, only when the user already agreed to share it (privacy consent and the location
 * permission given before): 首页 never asks. Undefined otherwise, or when no fix came in time.
 */
async function knownLocation(): Promise<HomeInput> {
  if (!(await agreedBefore())) return {};
  if (process.env.TARO_ENV === 'weapp') {
    const s = await Taro.getSetting().catch(() => undefined);
    if (s?.authSetting?.['scope.userLocation'] !== true) return {};
  } else {
    const perms = typeof navigator !== 'undefined' ? navigator.permissions : undefined;
    const state = await perms?.query({ name: 'geolocation' }).then(
      (p) => p.state,
      () => 'prompt',
    );
    if (state !== 'granted') return {};
  }
  const fix = await Promise.race([locate(), new Promise<undefined>((r) => setTimeout(r, FIX_WAIT_MS))]);
  return fix?.ok ? { lat: fix.point.lat, lng: fix.point.lng } : {};
}

/** 首页 in one call (user.home). */
export async function loadHome(): Promise<Result<HomeView>> {
  stale = false;
  return call<HomeView>('user', 'home', await knownLocation());
}
