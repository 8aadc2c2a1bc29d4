import Taro from '@tarojs/taro';
import { ROUTES } from './env';

/** `url?k=v&…`, each value encoded; undefined and empty values left out (no `?` when none is left). */
export function withQuery(url: string, params: Record<string, string | undefined>): string {
  const q = Object.entries(params)
    .filter((kv): kv is [string, string] => !!kv[1])
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return q ? `${url}?${q}` : url;
}

export type StationPickerMode = 'home' | 'pick';

/** mode "home": the choice becomes the user's home station; "pick": handed back to the opener (station-pick). */
export function openStationPicker(mode: StationPickerMode = 'home'): void {
  void Taro.navigateTo({ url: `${ROUTES.stationPicker}?mode=${mode}` });
}

export function openRegisterVolunteer(): void {
  void Taro.navigateTo({ url: ROUTES.registerVolunteer });
}

export function switchTab(url: (typeof ROUTES)['home' | 'wish' | 'event' | 'market' | 'me']): void {
  void Taro.switchTab({ url });
}

/** Back to the previous page; when opened directly (no history), to `fallback` (a tab page). */
export function goBack(fallback: string = ROUTES.home): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.reLaunch({ url: fallback });
}
