import Taro from '@tarojs/taro';
import type { GeoPoint } from '@/contracts/geo';
import { wgs84ToGcj02 } from './gcj02';
import { ensurePrivacyConsent } from './privacy';

export type LocateFailure = 'no-consent' | 'denied' | 'unavailable';
export type LocateResult = { ok: true; point: GeoPoint } | { ok: false; reason: LocateFailure; message: string };

const MESSAGES: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，可以按乡镇（街道）查找站点',
  denied: '没有获得定位权限，可以按乡镇（街道）查找站点',
  unavailable: '暂时无法定位，请打开手机定位后再试，或按乡镇（街道）查找站点',
};

function fail(reason: LocateFailure): LocateResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The user's GCJ-02 position, after the privacy consent step. Never throws. */
export async function locate(): Promise<LocateResult> {
  const agreed = await ensurePrivacyConsent();
  if (!agreed) return fail('no-consent');
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const r = await Taro.getLocation({ type: 'gcj02' });
      return { ok: true, point: { lat: r.latitude, lng: r.longitude } };
    } catch (e) {
      const msg = String((e as { errMsg?: string })?.errMsg ?? '');
      if (/privacy/i.test(msg)) return fail('no-consent');
      if (/auth/i.test(msg)) return fail('denied');
      return fail('unavailable');
    }
  }
  return locateBrowser();
}

function locateBrowser(): Promise<LocateResult> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) return Promise.resolve(fail('unavailable'));
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => resolve({ ok: true, point: wgs84ToGcj02({ lat: pos.coords.latitude, lng: pos.coords.longitude }) }),
      (err) => resolve(fail(err.code === 1 ? 'denied' : 'unavailable')),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  });
}
